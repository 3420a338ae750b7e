#!/usr/bin/env bash
# Runs a command with a display: the real one if there is one, else a virtual one from Xvfb,
# so that tests which open a headed window (Electron) work on a headless CI machine too.
set -euo pipefail
if [ -n "${DISPLAY:-}" ] || ! command -v xvfb-run >/dev/null 2>&1; then
  exec "$@"
fi
exec xvfb-run -a --server-args="-screen 0 1920x1080x24" "$@"
