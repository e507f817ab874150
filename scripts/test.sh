#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit + integration + fuzz tests (vitest), then the
# browser tests (Playwright driving Debian's chromium; nothing downloads a browser).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's packages for what the tests run for real: chromium (Playwright) and the PostgreSQL
# server (tests/support/postgres.ts starts private clusters of it). Nothing else downloads a binary.
MISSING=""
command -v chromium >/dev/null 2>&1 || MISSING="$MISSING chromium"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || MISSING="$MISSING postgresql"
if [ -n "$MISSING" ]; then
  echo "== not found:$MISSING: installing Debian's packages (apt-get)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y $MISSING
fi

echo "== typecheck"
npx tsc --noEmit -p tsconfig.json
echo "== lint"
npx eslint . --max-warnings 0
REPORTS="test-results/reports"
mkdir -p "$REPORTS"
echo "== unit, integration and fuzz tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
echo "== build the app and the relay (what npm start runs) for the browser tests"
npx vite build --logLevel warn
npx vite build -c vite.relay.config.ts --logLevel warn
echo "== browser tests (playwright + $(command -v chromium))"
CHROMIUM_PATH="$(command -v chromium)" PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" npx playwright test --reporter=list,json
node --import tsx scripts/test-summary.ts "$REPORTS/vitest.json" "$REPORTS/playwright.json"
