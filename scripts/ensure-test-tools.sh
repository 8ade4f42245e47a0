#!/usr/bin/env bash
# Makes sure what the tests need is on the machine: a Chromium for the browser tests (Debian's
# `chromium`; browser downloads are impossible here). Installs it when missing and we may.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi

echo "Chromium not found at $chromium: installing Debian's chromium for the browser tests…" >&2
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Cannot install chromium without root: run 'apt-get install chromium' as root, or set CHROMIUM_PATH." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get on this machine: install Chromium yourself and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$chromium" --version >&2
