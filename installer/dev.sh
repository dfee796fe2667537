#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One command from a fresh Debian 12 machine to a running app or a tested tree:
#   installer/dev.sh run [files...]   install packages, build (Release), launch docket
#   installer/dev.sh test             install packages, build with warnings as errors, run ctest
#   installer/dev.sh bench            install packages, build, run every benchmark
# Packages come from installer/debian-packages.txt. Not root? sudo is used for apt-get only.
# Environment: DOCKET_BUILD_DIR (default <repo>/build), DOCKET_BUILD_TYPE (default Release),
# DOCKET_SKIP_PACKAGES=1 to skip apt-get on a machine that is set up another way.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${DOCKET_BUILD_DIR:-$ROOT/build}
BUILD_TYPE=${DOCKET_BUILD_TYPE:-Release}
JOBS=$(nproc 2>/dev/null || echo 2)

# Bold headings on a terminal; plain ones in CI logs.
if [ -t 1 ]; then
    say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
else
    say() { printf '==> %s\n' "$*"; }
fi
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '5,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "not root and sudo is missing: run as root or install sudo"
    fi
}

apt_install() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

# Only missing packages trigger apt-get, so a second run costs a few dpkg-query calls.
install_packages() {
    if [ "${DOCKET_SKIP_PACKAGES:-0}" = 1 ]; then
        say "Skipping Debian packages (DOCKET_SKIP_PACKAGES=1)"
        return
    fi
    command -v apt-get >/dev/null && command -v dpkg-query >/dev/null ||
        die "apt-get not found: install the equivalents of installer/debian-packages.txt and set DOCKET_SKIP_PACKAGES=1"
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$ROOT/installer/debian-packages.txt" | grep -v '^$')
    for pkg in $wanted; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "Debian packages: all $(wc -w <<<"$wanted") installed"
        return
    fi
    say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_install "${missing[@]}"
}

# A NodeSource node ships its own npm and conflicts with Debian's, so only install npm when absent.
ensure_npm() {
    command -v npm >/dev/null && return
    say "Installing Debian's npm"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_install npm
}

configure_and_build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    say "Configuring $BUILD_DIR ($BUILD_TYPE)"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${launcher[@]}" "$@"
    say "Building with $JOBS jobs"
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

cmd_run() {
    install_packages
    configure_and_build
    say "Launching docket"
    exec "$BUILD_DIR/app/desktop/docket" "$@"
}

cmd_test() {
    install_packages
    configure_and_build -DDOCKET_WARNINGS_AS_ERRORS=ON -DDOCKET_BUILD_TESTS=ON
    # Prism for the contract tests; the official LlamaCloud SDK that tst_engine_sdk drives.
    local npm_dir
    for npm_dir in tests/contract tests/engine/sdk; do
        [ -f "$ROOT/$npm_dir/package-lock.json" ] || continue
        ensure_npm
        say "Installing the npm packages of $npm_dir"
        npm ci --prefix "$ROOT/$npm_dir" --no-audit --no-fund --loglevel=error
    done
    say "Running the test suite"
    local log="$BUILD_DIR/ctest-last.log" status
    # QtKeychain needs a real secret service: a private session bus with an unlocked keyring.
    set +e
    QT_QPA_PLATFORM=offscreen dbus-run-session -- bash -c '
        echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        cd "$1" && ctest --output-on-failure --parallel "$2"' _ "$BUILD_DIR" "$JOBS" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    echo
    grep -E '^[0-9]+% tests passed' "$log" || echo "dev.sh: ctest printed no summary"
    return "$status"
}

cmd_bench() {
    install_packages
    configure_and_build -DDOCKET_BUILD_BENCHMARKS=ON
    local found=0 bench
    while IFS= read -r bench; do
        found=1
        say "$(basename "$bench")"
        QT_QPA_PLATFORM=offscreen "$bench"
    done < <(find "$BUILD_DIR/tests/bench" -type f -name 'bench_*' -perm -u+x 2>/dev/null | sort)
    [ "$found" = 1 ] || echo "dev.sh: no benchmarks built (tests/bench/<area>/bench_*.cpp)"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test ;;
    bench) shift; cmd_bench ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
esac
