#!/usr/bin/env bash
# Idempotent set-up on Debian: system packages, the virtualenv at .venv, the project in it.
# Safe to run again: it only installs what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-osd  # OCR, with Spanish for names
  tesseract-ocr-vie tesseract-ocr-pol tesseract-ocr-ces tesseract-ocr-hrv tesseract-ocr-por tesseract-ocr-fra  # accents of foreign names
  poppler-utils          # pdftoppm/pdftotext: report checks in tests
  chromium               # the browser the web tests drive (no browser download)
  fonts-dejavu-core      # fonts for generated samples and reports
  postgresql             # initdb/pg_ctl for a private test cluster where none runs
  qpdf ghostscript       # hostile-PDF fixtures
  wamerican              # word list that extractors/data/common_words.txt is rebuilt from
  ca-certificates
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then missing+=(python3-venv python3-pip); fi
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-$(command -v python3.11 || command -v python3)}
if ! "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "setup: requestdesk needs Python 3.11; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv

stamp=.venv/.setup-stamp
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages into .venv (first time takes a few minutes)"
  log=.venv/setup.log
  if ! { .venv/bin/python -m pip install --upgrade pip setuptools wheel &&
         .venv/bin/python -m pip install -e '.[dev]'; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "setup: installing Python packages failed; the full log is $log" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
