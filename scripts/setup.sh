#!/usr/bin/env bash
# Installs what the kit needs on a fresh machine: pnpm (pinned in package.json) and every
# dependency from the frozen lockfile. Safe to run again: it skips what is already there.
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
