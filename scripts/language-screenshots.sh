#!/usr/bin/env bash
# Makes the README's screenshots of the languages again (docs/screenshots): the Acme Stamping map,
# its comparison and the PDF report's first pages, in German and in English at 1366×768, taken by
# tests/e2e/german.spec.ts as it checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
out="docs/screenshots"
mkdir -p "$out"
rm -f "$out"/de-*.png "$out"/en-*.png
npm run build
VSW_LANGUAGE_SCREENSHOTS="$out" bash scripts/with-display.sh npx playwright test tests/e2e/german.spec.ts
ls -l "$out"
