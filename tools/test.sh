#!/usr/bin/env bash
# The README's test command (and .ci/run's). The browser tests of `kb serve` drive Debian's Chromium through
# Playwright (Playwright's own browser download cannot work here), so it is installed first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
fi
dotnet test PolicyKB.sln
