#!/usr/bin/env bash
# Builds the site into output/ (both languages). Extra arguments go to the generator's build command,
# e.g. ./build.sh --base-url https://www.example.gov.cn/
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is missing: install .NET SDK 10 (see global.json), then run this again." >&2
  exit 2
fi

# Pagefind (the search index) comes from npm, pinned in package-lock.json; installed again when the lock file changed.
# Not needed with --no-search.
if [[ " $* " != *" --no-search "* && ( ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ) ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: install Node.js 20 with npm (it installs Pagefind for the search index), or run ./build.sh --no-search." >&2
    exit 2
  fi
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

dotnet build generator -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet generator/bin/Release/net10.0/weihai-site.dll build "$@"
