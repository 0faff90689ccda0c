#!/usr/bin/env bash
# Install what reading a scanned referat (a PDF without text) needs, idempotently: Debian's
# Tesseract and its Danish model (tesseract-ocr, tesseract-ocr-dan), via apt-get.
# Without root, a missing Tesseract is only reported: scanned PDFs are then refused with a
# Danish message, and the tests that need Tesseract skip (or fail in CI, with CI set).
set -euo pipefail

if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx dan; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-ocr: installing Debian's tesseract-ocr and tesseract-ocr-dan"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends tesseract-ocr tesseract-ocr-dan
else
    echo "install-ocr: Tesseract with Danish is missing and we are not root; scanned PDFs are" \
        "refused until it is installed with: apt-get install --no-install-recommends" \
        "tesseract-ocr tesseract-ocr-dan" >&2
fi
