#!/usr/bin/env bash
# Installs Debian's Chromium (and CJK fonts so Chinese renders in screenshots) when it is
# missing. The E2E tests drive /usr/bin/chromium through playwright-core; never run
# `npx playwright install` (it downloads a browser build, which this network does not allow).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing: run 'apt-get install -y chromium fonts-noto-cjk' as root" >&2
  exit 1
fi
echo "Installing chromium and fonts-noto-cjk with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
