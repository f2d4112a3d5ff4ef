#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, unit/content/flow/component tests,
# then the built app in headless Chromium with documents read back through LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh
[ -d node_modules ] || npm ci

echo "== Type check and lint"
npx tsc --noEmit -p .
npx eslint .

echo "== Unit, content, flow and component tests"
npx vitest run --project unit

echo "== Build"
npx vite build --logLevel warn

echo "== End-to-end tests in Chromium"
npx vitest run --project e2e
