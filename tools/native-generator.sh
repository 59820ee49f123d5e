#!/usr/bin/env bash
# Compiles the generator ahead of time into one native program and prints its path; build.sh and the tests run it.
# It compiles only when a file the program is made from changed since the last compile: every file of generator/ and
# theme/ (not bin/, obj/), the shared MSBuild and SDK settings, lock files, this script and the SDK's version, hashed
# into .aot/sources.sha256. Content is not among them: editing content/ never recompiles.
# Exit codes: 0 the path is printed, 2 a tool is missing (said what to install), 4 the compile failed (its output shown).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/ensure-tools.sh
ensure_dotnet || exit 2
ensure_native_toolchain || exit 2

# The program runs only on the machine that compiled it (.aot/ is not committed), so on x86-64 it may use every
# instruction this processor has (AVX2 and the like): the vectorized searches of reading and checking content run
# several times faster than on the x86-64 baseline the compiler targets otherwise (Load at 10,000 members: 1.7 s -> 1.4 s).
instruction_set=()
case $(uname -m) in
  x86_64) rid=linux-x64; instruction_set=(-p:IlcInstructionSet=native) ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "The native build supports Linux on x86-64 and ARM64, not $(uname -m)." >&2; exit 2 ;;
esac
# A folder of its own (git ignores it), with its own obj/: the publish restores for a runtime, and must not
# touch what `dotnet build` and `dotnet test` use in generator/obj and theme/obj.
artifacts=.aot/artifacts
binary=$artifacts/publish/Generator/release_$rid/weihai-site
stamp=.aot/sources.sha256
mkdir -p .aot

sources_hash() {
  {
    dotnet --version
    # Another processor may lack an instruction the last compile used.
    grep -m1 '^flags' /proc/cpuinfo || true
    find generator theme \( -name bin -o -name obj \) -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    for file in Directory.Build.props Directory.Build.targets Directory.Packages.props global.json NuGet.config nuget.config tools/native-generator.sh; do
      [[ -f $file ]] && sha256sum "$file"
    done
    find generator theme -name packages.lock.json -not -path '*/obj/*' -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
  } | sha256sum | cut -d' ' -f1
}

# One compile at a time: build.sh and a test may ask at once.
exec 9>.aot/lock
flock 9
hash=$(sources_hash)
if [[ -x $binary && -f $stamp && $(<"$stamp") == "$hash" ]]; then
  echo "$binary"
  exit 0
fi

echo "Compiling the native generator (once, until generator/ or theme/ change)..." >&2
rm -f "$stamp"
log=.aot/publish.log
# Microsoft.AspNetCore.Components (the HtmlRenderer's framework code, not ours) reports its own trim analysis as one
# IL2104 warning: it finds component properties by reflection on GetType(). It stays a printed warning, not an error,
# because ThemeRenderer.RenderAsync keeps every component's members (DynamicallyAccessedMembers) and the native
# build's output is held byte for byte to the JIT build's (NativeBuildTests). Every other warning fails the compile
# (TreatWarningsAsErrors reaches the native compiler), and any other IL2104 fails below.
if ! dotnet publish generator -c Release -r "$rid" -p:PublishAot=true -p:WarningsNotAsErrors=IL2104 "${instruction_set[@]}" \
    --artifacts-path "$artifacts" --nologo -v quiet -clp:NoSummary >"$log" 2>&1; then
  cat "$log" >&2
  echo "The native generator could not be compiled (the output above is in $log). Where only the native compile fails," >&2
  echo "the JIT build makes the same site:" >&2
  echo "  dotnet run --project generator -- build" >&2
  exit 4
fi
unexpected=$(grep -E ': warning ' "$log" | grep -v "warning IL2104: Assembly 'Microsoft.AspNetCore.Components' produced trim warnings" | sort -u || true)
if [[ -n $unexpected ]]; then
  echo "$unexpected" >&2
  echo "The native compile printed the warnings above; each must be fixed, not suppressed (the log is $log)." >&2
  exit 4
fi
grep -E ': warning ' "$log" | sort -u | sed 's/^/  /' >&2 || true
echo "$hash" >"$stamp"
echo "$binary"
