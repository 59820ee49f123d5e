#!/usr/bin/env bash
# Runs every test: unit tests, fixture sites, the real content with its search index, and the browser tests.
# Installs what is missing first: npm packages (Pagefind, the HTML checker), Debian's Chromium with CJK fonts, Java,
# clang with zlib for the native generator, and exiftool, which reads the built images' metadata.
set -euo pipefail
cd "$(dirname "$0")"

source tools/ensure-tools.sh
ensure_dotnet || exit 2
ensure_npm_packages || exit 2
ensure_chromium || exit 2
ensure_java || exit 2
ensure_native_toolchain || exit 2
ensure_exiftool || exit 2

# The native generator (what build.sh runs) is compiled here, before the tests start, so its minute or two of
# compiling does not compete with the timed tests. If it cannot be built, NativeBuildTests fails and says why.
tools/native-generator.sh >/dev/null || echo "The native generator could not be built (above); NativeBuildTests will fail." >&2

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test site.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain "N passed, N failed" form, for CI logs.
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ total += $NF } END { print total + 0 }'; }
echo "$(sum Passed) passed, $(sum Failed) failed"
exit "$status"
