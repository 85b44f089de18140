#!/usr/bin/env bash
# README command (2): the whole test suite (installs missing system packages first).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
swift build --build-tests 2>&1 | grep -E "error|warning: unre|Compiling|Build complete" | grep -v Compiling || true
swift test --skip-build "$@"
