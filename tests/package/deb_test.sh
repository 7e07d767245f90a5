#!/usr/bin/env bash
# The Debian package, built and installed (README, "Installing"):
#   deb_test.sh BUILD_DIR VERSION MAN(ON|OFF) COMPLETION(ON|OFF)
# (whether sopctl has the commands that print the man page and the
# completions; a catalogue the build compiled, locale/*/LC_MESSAGES/sopctl.mo,
# must be in the package too).
# Builds build/'s package with cpack into a scratch directory, unpacks it
# with dpkg-deb -x, checks where each file went and the declared
# dependencies, and runs the unpacked sopctl. With SOPCTL_REQUIRE_TOOLS=1 (CI,
# root on a throwaway machine) it also installs the package for real with
# apt-get, runs /usr/bin/sopctl, and removes the package again.
set -euo pipefail
build=$1 version=$2 has_man=$3 has_completion=$4

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install cmake dpkg-dev file"
done

scratch=$(mktemp -d)
installed_for_real=no
cleanup() {
  if [ "$installed_for_real" = yes ]; then
    apt-get -o DPkg::Lock::Timeout=300 remove -y -qq sopctl >/dev/null 2>&1 || dpkg -r sopctl >/dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
# English, whatever the caller's language; no office repository around.
export LANGUAGE= LC_ALL=C.UTF-8

# cpack installs build/ into its own staging directory: it builds nothing, so
# the whole build must be done (ctest runs after `cmake --build build`).
(cd "$scratch" && cpack -G DEB -B "$scratch/out" --config "$build/CPackConfig.cmake" >cpack.log 2>&1) ||
  fail "cpack -G DEB failed: $(cat "$scratch/cpack.log")"
arch=$(dpkg --print-architecture)
deb=$scratch/out/sopctl_${version}_${arch}.deb
[ -f "$deb" ] || fail "no $deb; cpack wrote: $(ls "$scratch/out")"

# The package's fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = sopctl ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Section)" = utils ] || fail "Section: $(field Section)"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
# Each library sopctl links, found by dpkg-shlibdeps, and git, which it runs.
for package in git libc6 'libstdc\+\+6' libyaml-0-2 libical3 'libfmt[0-9]' 'libxlsxwriter[0-9]' 'libcpp-httplib[0-9.]+' zlib1g; do
  echo "$depends" | tr ',' '\n' | grep -Eq "^ *${package}( |$)" ||
    fail "Depends lacks $package: $depends"
done
echo "$(field Recommends)" | grep -q chromium || fail "Recommends lacks chromium: $(field Recommends)"
echo "$(field Suggests)" | grep -q libreoffice-writer-nogui ||
  fail "Suggests lacks libreoffice-writer-nogui: $(field Suggests)"
dpkg-deb -I "$deb" >/dev/null || fail "dpkg-deb -I cannot read $deb"

# The layout: every file where Debian's tools look, nothing else.
root=$scratch/root
dpkg-deb -x "$deb" "$root"
expected=(./usr/bin/sopctl)
if [ "$has_man" = ON ]; then expected+=(./usr/share/man/man1/sopctl.1.gz); fi
if [ "$has_completion" = ON ]; then
  expected+=(./usr/share/bash-completion/completions/sopctl
    ./usr/share/zsh/vendor-completions/_sopctl
    ./usr/share/fish/vendor_completions.d/sopctl.fish)
fi
catalogues=()
for mo in "$build"/locale/*/LC_MESSAGES/sopctl.mo; do
  if [ -f "$mo" ]; then catalogues+=("./usr/share/${mo#"$build"/}"); fi
done
expected+=("${catalogues[@]}")
listed=$(cd "$root" && find . -type f | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
[ "$listed" = "$wanted" ] || fail "the package holds
$listed
instead of
$wanted"
[ -x "$root/usr/bin/sopctl" ] || fail "usr/bin/sopctl is not executable"

# The files themselves.
if [ "$has_man" = ON ]; then
  gzip -dc "$root/usr/share/man/man1/sopctl.1.gz" | grep -Eiq '^\.TH +"?sopctl"? +"?1' ||
    fail "sopctl.1.gz is not a man page of section 1"
  if command -v man >/dev/null; then
    MANPATH=$root/usr/share/man man -w sopctl >/dev/null || fail "man does not find sopctl(1)"
  fi
fi
if [ "$has_completion" = ON ]; then
  bash -n "$root/usr/share/bash-completion/completions/sopctl" || fail "the bash completion does not parse"
  if command -v zsh >/dev/null; then
    zsh -n "$root/usr/share/zsh/vendor-completions/_sopctl" || fail "the zsh completion does not parse"
  fi
  if command -v fish >/dev/null; then
    fish -n "$root/usr/share/fish/vendor_completions.d/sopctl.fish" || fail "the fish completion does not parse"
  fi
fi
if command -v msgunfmt >/dev/null; then
  for mo in "${catalogues[@]}"; do
    msgunfmt "$root/$mo" >/dev/null || fail "$mo is not a message catalogue"
  done
fi

# The program runs: its version, and the README's first drafting commands.
run_sopctl() {
  local sopctl=$1 work
  [ "$("$sopctl" --version)" = "sopctl $version" ] || fail "$sopctl --version: $("$sopctl" --version 2>&1)"
  work=$(mktemp -d -p "$scratch")
  [ "$("$sopctl" -C "$work" start "Pelayanan Akta Kelahiran" --by Rina)" = pelayanan-akta-kelahiran ] ||
    fail "$sopctl start did not start pelayanan-akta-kelahiran"
  "$sopctl" -C "$work" status | grep -Eq '^pelayanan-akta-kelahiran +Pelayanan Akta Kelahiran +1/10 .* in[ _]progress$' ||
    fail "$sopctl status: $("$sopctl" -C "$work" status 2>&1)"
}
run_sopctl "$root/usr/bin/sopctl"
echo "unpacked: $deb (Depends: $depends)"

# For real, in CI only: the office's `apt install ./sopctl_*.deb`.
if [ "${SOPCTL_REQUIRE_TOOLS:-}" != 1 ]; then
  echo "not installed with apt-get: SOPCTL_REQUIRE_TOOLS=1 (CI) does that"
  exit 0
fi
[ "$(id -u)" = 0 ] || fail "SOPCTL_REQUIRE_TOOLS=1: installing the package needs root"
if dpkg-query -W -f='${Status}' sopctl 2>/dev/null | grep -q 'install ok installed'; then
  fail "a sopctl package is installed already; this test would replace and remove it"
fi
[ ! -e /usr/bin/sopctl ] || fail "/usr/bin/sopctl exists already; this test would replace it"
installed_for_real=yes
# apt waits up to 5 minutes for another apt or dpkg to let go of its lock
# instead of failing at once.
apt=(apt-get -o DPkg::Lock::Timeout=300)
DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "$deb" \
  >"$scratch/apt.log" 2>&1 || fail "apt-get install failed: $(cat "$scratch/apt.log")"
[ "$(command -v sopctl)" = /usr/bin/sopctl ] || fail "sopctl on PATH is $(command -v sopctl), not /usr/bin/sopctl"
run_sopctl /usr/bin/sopctl
if [ "$has_man" = ON ] && command -v man >/dev/null; then
  [ "$(man -w sopctl)" = /usr/share/man/man1/sopctl.1.gz ] || fail "man -w sopctl: $(man -w sopctl 2>&1)"
fi
DEBIAN_FRONTEND=noninteractive "${apt[@]}" remove -y -qq sopctl >"$scratch/apt.log" 2>&1 ||
  fail "apt-get remove failed: $(cat "$scratch/apt.log")"
installed_for_real=no
[ ! -e /usr/bin/sopctl ] || fail "apt-get remove left /usr/bin/sopctl"
echo "installed with apt-get, ran /usr/bin/sopctl, removed"
