#!/usr/bin/env bash
# A longer run of the content fuzz test than ./test.sh makes: random damage to every kind of content file, built in
# one process, checked for exceptions (exit code 3), hangs, published scripts and a touched previous site.
#   tools/fuzz.sh [cases] [seed]     e.g. tools/fuzz.sh 5000 42     (defaults: 3000 cases, seed from the clock)
# A failing case's damaged content is kept in test-results/fuzz/seed-<seed>-case-<n>/content; docs/fuzzing.md says
# how to replay it and turn it into a fixture.
set -euo pipefail
cd "$(dirname "$0")/.."

source tools/ensure-tools.sh
ensure_dotnet || exit 2

cases="${1:-3000}"
seed="${2:-$(date +%s)}"
echo "Fuzzing the content with $cases cases, seed $seed (WEIHAI_FUZZ_SEED=$seed replays them)."
WEIHAI_FUZZ_CASES="$cases" WEIHAI_FUZZ_SEED="$seed" dotnet test tests/Site.Tests -c Release --nologo \
  --filter "FullyQualifiedName~Weihai.Tests.Fuzz.ContentFuzzTests" --logger "console;verbosity=detailed"
