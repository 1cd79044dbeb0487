#!/bin/sh
# The bench's peers: installs them from the npm registry into
# bench/peers/node_modules (ignored, never committed), then measures speed on
# the corpus and accuracy on EWT test and TempEval-3 platinum.
# usage: sh bench/peers/run.sh CORPUS SHARED RUNS [SLOW_STORIES]
# (SLOW_STORIES: how many stories the slow compromise reads; default 2000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$1 shared=$2 runs=$3 slow=${4:-2000}
[ -d "$here/node_modules/wink-nlp" ] || (cd "$here" && npm install --no-audit --no-fund --loglevel=error >&2)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case "$corpus" in
*.zst) zstdcat "$corpus" > "$tmp/corpus.jsonl" ;;
*) cp "$corpus" "$tmp/corpus.jsonl" ;;
esac
zstdcat "$shared/data/corpora/UD_English-EWT/en_ewt-ud-test.conllu.zst" > "$tmp/ewt-test.conllu"
tar --zstd -xf "$shared/data/corpora/TempEval-3/TempEval3_TBAQ-cleaned_te3-platinum.tar.zst" -C "$tmp"
platinum=$(find "$tmp" -type d -name 'te3-platinum' | head -1)
speed=$(node "$here/speed.js" "$tmp/corpus.jsonl" "$runs" "$slow")
accuracy=$(node "$here/accuracy.js" "$tmp/ewt-test.conllu" "$platinum")
printf '{"speed":%s,"accuracy":%s}\n' "$speed" "$accuracy"
