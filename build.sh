#!/usr/bin/env bash
# Builds the site into output/ (both languages) with the native generator, compiled on the first run and again only
# when generator/ or theme/ change (tools/native-generator.sh). Extra arguments go to the generator's build command,
# e.g. ./build.sh --base-url https://www.example.gov.cn/
set -euo pipefail
cd "$(dirname "$0")"

source tools/ensure-tools.sh
ensure_dotnet || exit 2
# Pagefind (the search index) comes from npm; not needed with --no-search.
if [[ " $* " != *" --no-search "* ]]; then ensure_npm_packages || exit 2; fi

generator=$(tools/native-generator.sh)
"$generator" build "$@"
