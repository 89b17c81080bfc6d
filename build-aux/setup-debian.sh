#!/usr/bin/env bash
# Installs the Debian 12 packages AW Chart needs to build, run and test.
# Idempotent and non-interactive; works as root, or as a user with sudo.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libgtk-4-bin libsoup-3.0-dev glib-networking libjson-glib-dev
  libcairo2-dev libpango1.0-dev libsecret-1-dev zlib1g-dev
  desktop-file-utils appstream libxml2-utils
  xvfb xauth dbus at-spi2-core gnome-keyring
  python3 librsvg2-bin clang libclang-rt-14-dev valgrind
)
if [ "${AWC_SETUP_EXTRA:-}" = screenshots ]; then
  packages+=(imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup-debian: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=600 "${missing[@]}"
