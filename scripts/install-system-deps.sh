#!/usr/bin/env bash
# Installs the system programs the test suite drives: Debian's Chromium (end-to-end tests),
# LibreOffice Writer (proves a real word processor opens our .docx) and poppler's pdftotext.
# Does nothing when they are already there; needs root (or sudo) the first time.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Liberation Serif' || missing+=(fonts-liberation)

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: chromium, soffice and pdftotext are installed."
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root to install: ${missing[*]}" >&2; exit 1; }
  sudo='sudo'
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "System packages installed."
