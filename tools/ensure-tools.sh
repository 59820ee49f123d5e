# Installs what the build and the tests run besides .NET, only when it is missing; sourced by build.sh and test.sh.
# Nothing is downloaded from outside the package registries: npm for Pagefind and the HTML checker, Debian's apt
# for Chromium, the Chinese fonts it draws pages with, and Java for the HTML checker.

# The .NET SDK cannot be installed from here: say which one to install.
ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 && return 0
  echo "The .NET SDK is missing: install .NET SDK 10 (see global.json), then run this again." >&2
  return 2
}

# Pagefind, vnu-jar and the schema check's ajv and yaml, pinned in package-lock.json; installed again when the lock file changed.
ensure_npm_packages() {
  if [[ -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]; then return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: install Node.js 20 with npm (it installs Pagefind for the search index, the HTML checker and the schema check)." >&2
    return 2
  fi
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
}

# apt-get as root, or through sudo when that works without a password.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

# Debian packages, where apt-get is there and we may run it; fails quietly otherwise (callers say what to install).
apt_install() {
  command -v apt-get >/dev/null 2>&1 && as_root true || return 1
  echo "Installing $* with apt-get..."
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Debian's Chromium for the browser tests (never a downloaded browser), and CJK fonts so Chinese pages render.
ensure_chromium() {
  local chromium=${WEIHAI_CHROMIUM:-/usr/bin/chromium}
  local need=()
  [[ -x $chromium ]] || need+=(chromium)
  if ! command -v fc-list >/dev/null 2>&1 || [[ -z $(fc-list :lang=zh 2>/dev/null) ]]; then need+=(fonts-noto-cjk); fi
  [[ ${#need[@]} -eq 0 ]] && return 0
  apt_install "${need[@]}" || true
  # Without the fonts Chinese text shows as boxes in screenshots, but every test still means what it says.
  [[ -x $chromium ]] && return 0
  echo "The browser tests need Chromium at $chromium and CJK fonts: install them (Debian: apt-get install -y chromium fonts-noto-cjk)," >&2
  echo "or set WEIHAI_CHROMIUM to a Chromium binary." >&2
  return 2
}

# Java runs the Nu HTML Checker (vnu.jar) in the tests.
ensure_java() {
  command -v java >/dev/null 2>&1 && return 0
  apt_install default-jre-headless && command -v java >/dev/null 2>&1 && return 0
  echo "The HTML checks need Java 17 or later: install it (Debian: apt-get install -y default-jre-headless)." >&2
  return 2
}

# The native (ahead-of-time compiled) generator is linked by clang against zlib: Debian's clang and zlib1g-dev.
ensure_native_toolchain() {
  native_toolchain_works && return 0
  local need=()
  command -v clang >/dev/null 2>&1 || need+=(clang)
  [[ -f /usr/include/zlib.h ]] || need+=(zlib1g-dev)
  [[ ${#need[@]} -gt 0 ]] && apt_install "${need[@]}" && native_toolchain_works && return 0
  echo "The native build of the generator needs clang and zlib's development files: install them" >&2
  echo "(Debian: apt-get install -y clang zlib1g-dev), then run this again." >&2
  return 2
}

# Links a tiny C program against zlib, which is what the native build's last step does.
native_toolchain_works() {
  command -v clang >/dev/null 2>&1 || return 1
  local probe
  probe=$(mktemp)
  echo 'int main(void) { return 0; }' | clang -x c - -lz -o "$probe" >/dev/null 2>&1
  local status=$?
  rm -f "$probe"
  return "$status"
}

# Debian's exiftool, for the tests only: an independent reader that finds no GPS or camera metadata in any built image.
ensure_exiftool() {
  command -v exiftool >/dev/null 2>&1 && return 0
  apt_install libimage-exiftool-perl && command -v exiftool >/dev/null 2>&1 && return 0
  echo "The image tests need exiftool: install it (Debian: apt-get install -y libimage-exiftool-perl)." >&2
  return 2
}
