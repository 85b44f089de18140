#!/usr/bin/env python3
"""Compare Warta's stemmer with PySastrawi on the word types of the dev corpus.

Usage:
    python3 scripts/eval-stemmer.py [--raw DIR] [--warta PATH] [--sample N] [--keep-venv DIR]

- Reads every `*.txt` under --raw (default: ../shared/corpus/dev/raw relative to the repo root)
  and collects its word types (letters with inner hyphens, lower-cased).
- Creates a temporary virtual environment, installs PySastrawi there (nothing is installed into
  the system Python) and stems the words with it, timing the uncached stemming.
- Runs `<warta> stem -` with the same words on stdin, one per line, expecting `word<TAB>root`
  lines back (default binary: .build/release/warta, then .build/debug/warta).
- Prints the agreement rate and a sample of disagreements.

Exit status: 0 when both stemmers ran, 2 when the warta binary is missing or failed (the
PySastrawi side still runs and prints its numbers).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

SASTRAWI_RUNNER = r"""
import sys, time
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from Sastrawi.Stemmer.Stemmer import Stemmer
factory = StemmerFactory()
cached = factory.create_stemmer()
# The factory's stemmer wraps a cache; time the uncached stemmer underneath it.
stemmer = getattr(cached, "delegatedStemmer", cached)
words = [line.rstrip("\n") for line in sys.stdin if line.strip()]
start = time.perf_counter()
roots = [stemmer.stem(word) for word in words]
elapsed = time.perf_counter() - start
for word, root in zip(words, roots):
    print(word + "\t" + root)
print("%d words in %.3f s = %.0f words/s (uncached)" % (len(words), elapsed, len(words) / elapsed if elapsed else 0), file=sys.stderr)
"""


def word_types(raw: Path) -> list[str]:
    words = set()
    for path in sorted(raw.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in WORD.finditer(text):
            words.add(match.group(0).lower())
    return sorted(words)


def run_sastrawi(words: list[str], keep: str | None) -> dict[str, str]:
    base = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="warta-sastrawi-"))
    try:
        env_dir = base / "venv"
        python = env_dir / "bin" / "python"
        if not python.exists():
            print(f"creating a virtual environment in {env_dir} …", file=sys.stderr)
            venv.EnvBuilder(with_pip=True).create(env_dir)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", "PySastrawi"], check=True)
        result = subprocess.run(
            [str(python), "-c", SASTRAWI_RUNNER], input="\n".join(words) + "\n",
            capture_output=True, text=True, check=True,
        )
        sys.stderr.write("PySastrawi: " + result.stderr)
        return dict(line.split("\t", 1) for line in result.stdout.splitlines() if "\t" in line)
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def run_warta(binary: Path, words: list[str]) -> dict[str, str] | None:
    if not binary.exists():
        print(f"warta binary not found at {binary}: build it with `swift build -c release` "
              "or pass --warta PATH", file=sys.stderr)
        return None
    start = time.perf_counter()
    result = subprocess.run([str(binary), "stem", "-"], input="\n".join(words) + "\n",
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        print(f"`{binary} stem -` failed ({result.returncode}): {result.stderr.strip()}", file=sys.stderr)
        return None
    print(f"Warta: {len(words)} words in {elapsed:.3f} s including process start-up", file=sys.stderr)
    return dict(line.split("\t", 1) for line in result.stdout.splitlines() if "\t" in line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, default=REPO / ".." / "shared" / "corpus" / "dev" / "raw")
    parser.add_argument("--warta", type=Path, default=None, help="path of the warta binary")
    parser.add_argument("--sample", type=int, default=40, help="how many disagreements to show")
    parser.add_argument("--keep-venv", default=None, help="reuse/keep the venv in this folder")
    args = parser.parse_args()

    binary = args.warta
    if binary is None:
        candidates = [REPO / ".build" / "release" / "warta", REPO / ".build" / "debug" / "warta"]
        binary = next((path for path in candidates if path.exists()), candidates[0])

    words = word_types(args.raw.resolve())
    if not words:
        print(f"no words found under {args.raw}", file=sys.stderr)
        return 1
    print(f"{len(words)} word types from {args.raw.resolve()}", flush=True)

    sastrawi = run_sastrawi(words, args.keep_venv)
    warta = run_warta(binary, words)
    if warta is None:
        return 2

    compared = [word for word in words if word in sastrawi and word in warta]
    agree = [word for word in compared if sastrawi[word] == warta[word]]
    differ = [word for word in compared if sastrawi[word] != warta[word]]
    print(f"agreement with PySastrawi: {len(agree)}/{len(compared)} = {100.0 * len(agree) / max(len(compared), 1):.1f}%")
    changed = [word for word in compared if warta[word] != word]
    print(f"words Warta changed: {len(changed)}; PySastrawi changed: {sum(1 for w in compared if sastrawi[w] != w)}")
    if differ:
        print(f"\nsample of disagreements (word, PySastrawi, Warta):")
        step = max(len(differ) // args.sample, 1)
        for word in differ[::step][: args.sample]:
            print(f"  {word:<24} {sastrawi[word]:<16} {warta[word]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
