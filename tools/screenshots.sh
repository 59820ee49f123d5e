#!/usr/bin/env bash
# Saves a screenshot of every page kind, both languages, 375 and 1280 px wide (and with the largest text and high
# contrast), plus the preview and its problem overlay, into test-results/screenshots/ for a person to look at.
# It runs the browser tests that visit those pages with screenshots turned on; ./test.sh runs the same tests without them.
set -euo pipefail
cd "$(dirname "$0")/.."

source tools/ensure-tools.sh
ensure_dotnet || exit 2
ensure_npm_packages || exit 2
ensure_chromium || exit 2

rm -rf test-results/screenshots
WEIHAI_SCREENSHOTS=1 dotnet test site.sln -c Release --nologo \
  --filter "FullyQualifiedName~Weihai.Tests.Browser.PageKindTests|FullyQualifiedName~Weihai.Tests.Browser.LiveReloadTests"
echo "Screenshots: $(find test-results/screenshots -name '*.png' | wc -l) in test-results/screenshots/"
