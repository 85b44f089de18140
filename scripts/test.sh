#!/usr/bin/env bash
# README command (2): the whole test suite (installs missing system packages first).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
# A failed build stops here, with its log: tests never run on a stale build.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! swift build --build-tests >"$log" 2>&1; then
  grep -E "error" "$log" || cat "$log"
  echo "test: the build failed" >&2
  exit 1
fi
grep -E "Build complete" "$log" || true
swift test --skip-build "$@"
