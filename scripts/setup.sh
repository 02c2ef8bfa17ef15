#!/usr/bin/env bash
# Installs what the kit needs on a fresh machine: pnpm (pinned in package.json), every
# dependency from the frozen lockfile, and Debian chromium for browser tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(node -p "require('./package.json').packageManager.split('@')[1]")

if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "Installing pnpm $want..."
  # corepack on Node 20 cannot verify the registry's signatures here; the lockfile still pins
  # every package's integrity.
  export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_INTEGRITY_KEYS=0
  if ! { corepack enable && corepack install && [ "$(pnpm --version 2>/dev/null)" = "$want" ]; }; then
    echo "corepack could not provide pnpm $want; installing it with npm instead."
    npm install --global "pnpm@$want"
  fi
fi

pnpm install --frozen-lockfile

# Browser tests and benchmarks drive Debian's Chromium through playwright-core; no browser is
# downloaded from anywhere else.
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  $apt_get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium >/dev/null
fi
