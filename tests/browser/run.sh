#!/bin/sh
# The browser tests' CTest entry point (tests/CMakeLists.txt).
#   run.sh install SOURCE_DIR INSTALL_DIR
#     puts puppeteer-core, as package-lock.json pins it, in
#     INSTALL_DIR/node_modules with `npm ci` (again only when the lock file
#     changed);
#   run.sh test TEST_FILE
#     runs one test file under node's test runner.
# A missing node, npm or chromium skips (exit 77, CTest's SKIP_RETURN_CODE)
# with a message naming the packages; with SOPCTL_REQUIRE_TOOLS=1, as
# .ci/run sets it, it fails instead: CI must not go green on tests that
# never ran.
set -u

need() {
  missing=""
  for program in "$@"; do
    command -v "$program" >/dev/null 2>&1 || missing="$missing${missing:+, }$program"
  done
  [ -z "$missing" ] && return 0
  if [ "${SOPCTL_REQUIRE_TOOLS:-}" = 1 ]; then
    echo "SOPCTL_REQUIRE_TOOLS=1, and not on PATH: $missing (apt-get install nodejs npm chromium)"
    exit 1
  fi
  echo "skipped: the browser tests need node, npm and chromium on PATH (apt-get install nodejs npm chromium)"
  exit 77
}

case "${1:-}" in
install)
  need node npm
  source_dir=$2
  install_dir=$3
  mkdir -p "$install_dir" || exit 1
  if [ -d "$install_dir/node_modules/puppeteer-core" ] &&
    cmp -s "$source_dir/package-lock.json" "$install_dir/package-lock.json"; then
    echo "puppeteer-core already installed in $install_dir/node_modules"
    exit 0
  fi
  cp "$source_dir/package.json" "$source_dir/package-lock.json" "$install_dir/" || exit 1
  cd "$install_dir" && npm ci --no-audit --no-fund --loglevel=error
  ;;
test)
  need node chromium
  if [ ! -d "${SOPCTL_BROWSER_MODULES:-.}/node_modules/puppeteer-core" ]; then
    echo "puppeteer-core is not installed in ${SOPCTL_BROWSER_MODULES:-.}/node_modules: run ctest -R browser (its browser:npm-ci test installs it)"
    exit 1
  fi
  exec node --test --test-reporter=spec "$2"
  ;;
*)
  echo "usage: run.sh install SOURCE_DIR INSTALL_DIR | run.sh test TEST_FILE" >&2
  exit 2
  ;;
esac
