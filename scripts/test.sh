#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit + integration + fuzz tests (vitest), then the
# browser tests (Playwright driving Debian's chromium; nothing downloads a browser).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "== chromium not found: installing Debian's package (apt-get)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi

echo "== typecheck"
npx tsc --noEmit -p tsconfig.json
echo "== lint"
npx eslint . --max-warnings 0
echo "== unit, integration and fuzz tests (vitest)"
npx vitest run
echo "== build the app for the browser tests"
npx vite build --logLevel warn
echo "== browser tests (playwright + $(command -v chromium))"
CHROMIUM_PATH="$(command -v chromium)" npx playwright test
