#!/usr/bin/env bash
# Installs the Debian packages Warta builds and tests against, when they are missing:
# ICU, libxml2 and SQLite headers, pkg-config, and Unicode's test files.
set -euo pipefail
packages=(libicu-dev libxml2-dev libsqlite3-dev pkg-config unicode-data python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
