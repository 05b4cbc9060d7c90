# Sourced by scripts/app and scripts/test: makes .venv ready to run raiassess.
# Usage: . scripts/setup.sh [runtime|test]
# Installs what is missing and nothing else, so a second run takes a second.
set -euo pipefail

RAI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RAI_VENV="$RAI_ROOT/.venv"
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

if [ ! -x "$RAI_VENV/bin/python" ]; then
    rai_say "creating the virtual environment in .venv"
    "$rai_python" -m venv "$RAI_VENV"
fi

# Reinstall only when the project's declared dependencies change.
rai_extras="$([ "$rai_profile" = test ] && echo '[test]' || echo '')"
rai_stamp="$RAI_VENV/.raiassess-installed$([ "$rai_profile" = test ] && echo -test || echo '')"
rai_want="$(sha256sum "$RAI_ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$rai_stamp" ] || [ "$(cat "$rai_stamp")" != "$rai_want" ]; then
    rai_say "installing raiassess and its dependencies into .venv"
    "$RAI_VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$RAI_VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$RAI_ROOT$rai_extras"
    echo "$rai_want" > "$rai_stamp"
fi
export PATH="$RAI_VENV/bin:$PATH"
