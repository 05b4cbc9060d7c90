# Sourced by scripts/app and scripts/test: makes .venv ready to run raiassess.
# Usage: . scripts/setup.sh [runtime|test]
#
# The virtual environment holds exactly what the lock names: requirements/app.txt and
# build.txt for the app, requirements/test.txt (which holds both) for the test suite,
# all exported from uv.lock by scripts/lock, every file pinned by its hash. When the lock changes, .venv is built
# again from nothing, so no package from an earlier lock stays behind. A second run
# with an unchanged lock installs nothing and takes a second.
#
# RAI_VENV names another environment; RAI_UNLOCKED=1 installs the newest releases that
# pyproject.toml allows instead of the lock (scripts/test --latest does both).
set -euo pipefail

RAI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RAI_VENV="${RAI_VENV:-$RAI_ROOT/.venv}"
rai_profile="${1:-runtime}"

rai_say() { printf 'raiassess setup: %s\n' "$*" >&2; }

# Qt's offscreen and xcb platforms need these shared libraries; Debian images often lack them.
RAI_DEBIAN_QT_LIBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6
 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 fonts-dejavu-core"
RAI_DEBIAN_TEST_PACKAGES="postgresql xvfb xauth poppler-utils"

rai_apt_install() {
    # $@: Debian packages that must be present. Installs only the missing ones.
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            rai_say "missing Debian packages: ${missing[*]}"
            rai_say "install them with: sudo apt-get install ${missing[*]}"
            return 0
        fi
    fi
    rai_say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
        $sudo apt-get update -qq >/dev/null
        $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

if [ -f /etc/debian_version ] && command -v dpkg-query >/dev/null; then
    # shellcheck disable=SC2086
    rai_apt_install $RAI_DEBIAN_QT_LIBS python3-venv
    if [ "$rai_profile" = test ]; then
        # shellcheck disable=SC2086
        rai_apt_install $RAI_DEBIAN_TEST_PACKAGES
    fi
fi

rai_python=""
for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null &&
        "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        rai_python="$candidate"
        break
    fi
done
if [ -z "$rai_python" ]; then
    rai_say "raiassess needs Python 3.11 or newer; none was found on PATH."
    exit 1
fi

rai_pip() {
    "$RAI_VENV/bin/python" -m pip --disable-pip-version-check --no-input "$@"
}

rai_new_venv() {
    if [ -e "$RAI_VENV" ]; then
        rai_say "the lock changed: building .venv again from nothing"
        rm -rf "$RAI_VENV"
    else
        rai_say "creating the virtual environment in .venv"
    fi
    "$rai_python" -m venv "$RAI_VENV"
}

rai_install_lock() {
    # $1: the lock's profile (app or test). Every file is checked against its hash; the
    # lock names every dependency, so pip resolves nothing of its own (--no-deps), and
    # the project is built with the locked hatchling (--no-build-isolation).
    local locks=(-r "$RAI_ROOT/requirements/$1.txt")
    [ "$1" = test ] || locks+=(-r "$RAI_ROOT/requirements/build.txt")
    rai_say "installing the locked dependencies ($1) into .venv"
    rai_pip install --quiet --require-hashes --no-deps "${locks[@]}" || {
        rai_say "installing requirements/$1.txt failed (see above)"
        exit 1
    }
    rai_pip install --quiet --no-deps --no-build-isolation --editable "$RAI_ROOT" || {
        rai_say "installing raiassess itself failed (see above)"
        exit 1
    }
    rai_pip check >/dev/null || {
        rai_pip check >&2
        rai_say "the lock in requirements/$1.txt is incomplete: run scripts/lock"
        exit 1
    }
}

rai_lock_profile="$([ "$rai_profile" = test ] && echo test || echo app)"
if [ "${RAI_UNLOCKED:-}" = 1 ]; then
    # The newest releases pyproject.toml allows, resolved by pip as a user's would be.
    if [ ! -x "$RAI_VENV/bin/python" ]; then
        rai_say "creating an unlocked environment in $RAI_VENV"
        "$rai_python" -m venv "$RAI_VENV"
        rai_pip install --quiet --upgrade pip
        rai_pip install --quiet --upgrade --editable "$RAI_ROOT[test,postgres]" --group "$RAI_ROOT/pyproject.toml:build"
    fi
else
    # The stamp says which lock .venv was built from: "<hash of the locks> <profile>".
    rai_stamp="$RAI_VENV/.raiassess-lock"
    rai_want="$(cat "$RAI_ROOT"/requirements/*.txt "$RAI_ROOT/pyproject.toml" |
        sha256sum | cut -d' ' -f1)"
    rai_have="$(cat "$rai_stamp" 2>/dev/null || true)"
    if [ "$rai_have" = "$rai_want test" ] ||
        { [ "$rai_lock_profile" = app ] && [ "$rai_have" = "$rai_want app" ]; }; then
        :  # built from this lock already (the test profile holds the app's too)
    else
        # The test lock is the app's plus the test tools, at the same versions: a .venv
        # built for the app only needs them added. Anything else starts from nothing.
        [ "$rai_have" = "$rai_want app" ] || rai_new_venv
        rai_install_lock "$rai_lock_profile"
        echo "$rai_want $rai_lock_profile" > "$rai_stamp"
    fi
fi
export PATH="$RAI_VENV/bin:$PATH"
