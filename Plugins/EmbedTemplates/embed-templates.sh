#!/bin/sh
# embed-templates.sh TEMPLATES OUTPUT_DIR: writes OUTPUT_DIR/BuiltInTemplateFiles.swift, every
# file below TEMPLATES (hidden ones left out) by its relative path, base64-encoded: exact bytes
# of any file, text or not (the Word template is a zip), in a literal the compiler reads fast.
# Run by the EmbedTemplates plugin when templates/ changes; the file is replaced only when its text
# changes, so an unchanged set recompiles nothing.
set -eu
root=$1
out=$2/BuiltInTemplateFiles.swift
tmp=$out.tmp.$$
trap 'rm -f "$tmp"' EXIT
{
  echo "// Generated at build time by Plugins/EmbedTemplates from templates/; not in git."
  echo
  echo "let builtInTemplateFiles: [(path: String, base64: String)] = ["
  (cd "$root" && find . -type f ! -path '*/.*' | LC_ALL=C sort) | while IFS= read -r file; do
    path=$(printf '%s' "${file#./}" | sed 's/\\/\\\\/g; s/"/\\"/g')
    printf '  ("%s", "%s"),\n' "$path" "$(base64 <"$root/$file" | tr -d '\n')"
  done
  echo "]"
} >"$tmp"
if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv "$tmp" "$out"; fi
