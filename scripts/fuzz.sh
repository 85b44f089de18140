#!/bin/sh
# Usage: scripts/fuzz.sh [SECONDS] — fuzz the whole pipeline (Fuzz/, libFuzzer + AddressSanitizer) for SECONDS (default 600) on one core; crashers go to Fuzz/.build/artifacts/.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-600}"
# Optimized build: coverage and AddressSanitizer checks both stay in (checked: an out-of-bounds read
# is caught the same as in a debug build), at about five times the executions per second.
flags="-c release --package-path Fuzz --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address"
swift build $flags
binary="$(swift build $flags --show-bin-path)/WartaFuzz"
# Seeds: the project's own releases and pages, and every input that once crashed the pipeline.
seeds=Fuzz/.build/seeds corpus=Fuzz/.build/corpus artifacts=Fuzz/.build/artifacts/
mkdir -p "$seeds" "$corpus" "$artifacts"
cp Corpus/documents/*.txt Corpus/html/*.html "$seeds"/
cp Tests/WartaExtractTests/Fuzz/* "$seeds"/ 2>/dev/null || true
SWIFT_BACKTRACE=enable=no exec "$binary" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -dict=Fuzz/warta.dict -artifact_prefix="$artifacts" -print_final_stats=1 "$corpus" "$seeds"
