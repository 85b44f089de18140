#!/usr/bin/env bash
# The article-extraction benchmark (Scrapinghub/Zyte, 181 pages): unpack the pages, run
# `warta extract --format html` over them, and score each record's "body" against the ground truth.
#
#   scripts/bench-articles.sh [--min-f1 0.93]     # arguments go to score_article.py
#
# WARTA: the warta binary (default .build/release/warta); SHARED: the shared folder (default ../shared).
# Relative defaults are taken from the project's root, so the script runs from anywhere.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
warta=${WARTA:-$root/.build/release/warta}
shared=${SHARED:-$root/../shared}
bench=$shared/benchmarks/article-extraction

[ -x "$warta" ] || { echo "bench-articles: no warta binary at $warta (run swift build -c release, or set WARTA)" >&2; exit 2; }
[ -f "$bench/score_article.py" ] || { echo "bench-articles: no benchmark at $bench (set SHARED)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/pages"
for page in "$bench"/html/*.html.gz; do
  gunzip -c "$page" > "$work/pages/$(basename "$page" .gz)"
done
pages=$(find "$work/pages" -name '*.html' | wc -l)

start=$(date +%s%N)
status=0
"$warta" extract --quiet --format html "$work/pages" > "$work/records.jsonl" || status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$status" -eq 0 ] || echo "bench-articles: warta extract exited with status $status; scoring what it wrote" >&2
awk -v n="$pages" -v ms="$elapsed_ms" 'BEGIN { printf "extracted %d pages in %.2f s (%.1f pages/s)\n", n, ms / 1000, (ms > 0 ? n * 1000 / ms : 0) }'

python3 "$bench/score_article.py" --records "$work/records.jsonl" --field body "$@"
