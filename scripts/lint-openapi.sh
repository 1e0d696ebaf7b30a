#!/usr/bin/env bash
# Lints the committed OpenAPI document (openapi/openapi.yaml) with Spectral's spectral:oas ruleset
# (.spectral.yaml). Fails on any error; warnings are printed. Spectral comes from npm, pinned in
# tools/spectral/package-lock.json, and is installed into tools/spectral/node_modules (not
# committed) on first use. Needs Node.js 18+ and npm.
#
#   scripts/lint-openapi.sh [FILE]        # default openapi/openapi.yaml
set -euo pipefail
cd "$(dirname "$0")/.."

document=${1:-openapi/openapi.yaml}
spectral=tools/spectral/node_modules/.bin/spectral

if [ ! -x "$spectral" ]; then
  echo "[lint-openapi] installing Spectral (tools/spectral, npm ci)" >&2
  npm ci --prefix tools/spectral --no-audit --no-fund --loglevel=error >&2
fi

"$spectral" lint "$document" --ruleset .spectral.yaml --fail-severity error --format text
echo
echo "[lint-openapi] $document: no errors (spectral:oas)"
