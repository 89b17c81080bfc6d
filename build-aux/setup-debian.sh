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
  libglib2.0-data locales
)
if [ "${AWC_SETUP_EXTRA:-}" = screenshots ]; then
  packages+=(imagemagick)
  # Chinese screenshots (AWC_SHOT_LANGUAGE=zh_CN build-aux/screenshots.sh)
  packages+=(fonts-wqy-microhei)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi
need_root () {
  if [ ${#sudo[@]} -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "setup-debian: need root or sudo to $*" >&2
    exit 1
  fi
}

if [ ${#missing[@]} -ne 0 ]; then
  need_root "install: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}"
fi

# The zh_CN.UTF-8 locale for the 'po' suite's Chinese CLI test (GLib's own
# strings come from libglib2.0-data's catalogue, ours from build/po).
if ! locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8'; then
  need_root "generate the zh_CN.UTF-8 locale"
  "${sudo[@]}" sed -i -E 's/^# *(zh_CN\.UTF-8 UTF-8)/\1/' /etc/locale.gen
  grep -qx 'zh_CN.UTF-8 UTF-8' /etc/locale.gen \
    || echo 'zh_CN.UTF-8 UTF-8' | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo[@]}" locale-gen
fi
