#!/usr/bin/env bash
# README command (1): install what is missing, build in release mode, and run the main job on the
# bundled Corpus/: records as JSON Lines in out/corpus.jsonl and the searchable store out/warta.db.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
swift build -c release 2>&1 | tail -n 1
warta=.build/release/warta
mkdir -p out
status=0
"$warta" extract Corpus/documents Corpus/search --quiet -o out/corpus.jsonl --errors out/errors.jsonl || status=$?
if "$warta" help index >/dev/null 2>&1; then
  # A store made by an earlier build whose lexicon differs is rebuilt, as `index` asks.
  "$warta" index Corpus/documents Corpus/search --db out/warta.db --quiet 2>out/index.log \
    || { grep -q -- '--rebuild' out/index.log && "$warta" index Corpus/documents Corpus/search --db out/warta.db --rebuild --quiet; } \
    || { cat out/index.log >&2; status=1; }
fi
python3 - out/corpus.jsonl <<'PY'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
total = {k: sum(len(r[k]) for r in records) for k in ("entities", "figures", "percentages", "dates", "actions")}
print(f"{len(records)} releases -> out/corpus.jsonl: " + ", ".join(f"{v} {k}" for k, v in total.items()))
PY
[ -f out/warta.db ] && echo "store: out/warta.db (try: $warta search 'kurikulum merdeka' --db out/warta.db)"
exit $status
