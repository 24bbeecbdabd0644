#!/usr/bin/env bash
# Debian packages the project needs beyond Python: ICU headers for PyICU, gettext
# for the catalogs, Noto fonts and Chromium for the browser tests and screenshots.
# Installs only what is missing; needs root (or sudo) the first time.
set -euo pipefail

need=()
command -v pkg-config >/dev/null || need+=(pkg-config)
dpkg -s libicu-dev >/dev/null 2>&1 || need+=(libicu-dev)
command -v msgfmt >/dev/null || need+=(gettext)
command -v chromium >/dev/null || need+=(chromium)
command -v unzip >/dev/null || need+=(unzip)
command -v curl >/dev/null || need+=(curl)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
# pdftoppm renders generated PDFs to PNG to look at their shaping.
command -v pdftoppm >/dev/null || need+=(poppler-utils)
# The production topology (scripts/prod.sh): nginx, Redis, and Debian's own Python
# to run the app servers as an unprivileged user who may not reach the venv's.
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v redis-server >/dev/null || need+=(redis-server)
[ -x /usr/bin/python3 ] || need+=(python3)

if [ "${#need[@]}" -eq 0 ]; then exit 0; fi
echo "installing Debian packages: ${need[*]}" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
