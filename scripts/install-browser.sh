#!/usr/bin/env bash
# Install what the real-browser tests need, idempotently:
#   - Debian's Chromium (/usr/bin/chromium) and a font for readable screenshots, via apt-get;
#   - poppler-utils (pdftoppm), with which a test renders the status overview's PDF to images;
#   - axe-core, and oidc-provider for the single sign-on tests (tests/oidc/), in node_modules/,
#     pinned in package-lock.json, via npm ci (again whenever package-lock.json is newer).
# Never downloads a browser build of its own (no `playwright install`).
# Without root, a missing Chromium is only reported: the browser tests then skip (or fail in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || ! command -v pdftoppm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "install-browser: installing Debian's chromium and poppler-utils"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core poppler-utils
    else
        echo "install-browser: chromium or pdftoppm is missing and we are not root; install them" \
            "with: apt-get install --no-install-recommends chromium fonts-dejavu-core poppler-utils" >&2
    fi
fi

if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/oidc-provider/package.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    if command -v npm >/dev/null 2>&1; then
        echo "install-browser: installing axe-core and oidc-provider (npm ci)"
        npm ci --no-audit --no-fund
    else
        echo "install-browser: npm is missing; node_modules/ cannot be installed" >&2
        exit 1
    fi
fi
