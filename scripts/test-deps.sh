#!/usr/bin/env bash
# What the tests need from Debian, installed only when missing (a minute or two on a fresh machine):
#   chromium                 the browser tests (Playwright drives Debian's Chromium; it cannot download its own here)
#   libreoffice-calc-nogui   a second, independent reader of the .xlsx files thidua writes
#   libreoffice-writer-nogui reads the drafted dossier (.docx) back as text and PDF
#   poppler-utils            pdftotext / pdftoppm for that PDF
#   python3-openpyxl         a third reader of the flagged copies (Debian's python3, /usr/bin/python3)
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
lo=/usr/lib/libreoffice/program
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e "$lo/libsclo.so" ] || missing+=(libreoffice-calc-nogui)
[ -e "$lo/libswlo.so" ] || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing from Debian: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
