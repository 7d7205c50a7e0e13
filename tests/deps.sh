#!/bin/sh
# Install the Debian packages lichang needs to build and test, when missing.
# As root with apt-get this installs them; otherwise it prints the command.
need=""
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for p in build-essential pkg-config libcmark-dev libunistring-dev libutf8proc-dev \
         libjansson-dev jq python3 time; do
  have_pkg "$p" || need="$need $p"
done
if [ -z "$need" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "lichang: installing:$need" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need; } >/dev/null 2>&1 ||
    { echo "lichang: apt-get failed; run: apt-get install$need" >&2; exit 1; }
else
  echo "lichang: missing packages; run as root: apt-get install$need" >&2
  exit 1
fi
