#!/usr/bin/env bash
# Installs what a fresh clone needs before the app can run (and, with --test, before its tests
# can run): the npm dependencies, and for tests the Debian packages Chromium, poppler-utils and
# xvfb. Safe to run again: it only installs what is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=false
[ "${1:-}" = "--test" ] && for_tests=true

node_major=$(node -p 'Number(process.versions.node.split(".")[0])')
if [ "$node_major" -lt 20 ]; then
  echo "Value Stream Workshop needs Node.js 20 or newer; this machine has $(node -v)." >&2
  exit 1
fi

if $for_tests; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages for the tests: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
      sudo_cmd=()
    elif command -v sudo >/dev/null 2>&1; then
      sudo_cmd=(sudo)
    else
      echo "Please install these Debian packages first (as root): apt-get install ${missing[*]}" >&2
      exit 1
    fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# npm ci whenever node_modules does not match the lockfile (a fresh clone, or a changed lockfile).
stamp=node_modules/.vsw-lockfile-hash
want=$(node -e "process.stdout.write(require('crypto').createHash('sha256').update(require('fs').readFileSync('package-lock.json')).digest('hex'))")
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing npm dependencies (better-sqlite3 builds from source, about a minute)…"
  # Errors only: the packaging tools (electron-builder, @electron/rebuild) ask for Node.js 22 in
  # EBADENGINE warnings that say nothing about running the app, and would bury its start-up line.
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# better-sqlite3 is native: make sure it loads in this Node.js, rebuilding it if not.
if ! node -e "new (require('better-sqlite3'))(':memory:').close()" >/dev/null 2>&1; then
  echo "Building better-sqlite3 for Node.js $(node -v)…"
  npm rebuild better-sqlite3 --loglevel=error
fi
