#!/bin/sh
# Parsing speed of `theodoi parse` (issue 10, item 13): builds texts of 0.25, 0.5 and 1 MB from
# the test corpus (Tests/DispatchParserTests/Fixtures/corpus, one dispatch after another) and
# times the release binary on each, printing MB, seconds and MB/s (linear: the same MB/s at every
# size); then a 10 MB text, which is refused in one line (the limit is 1 MB) — its time too.
#
#   swift build -c release --product theodoi
#   deploy/bench-parse.sh [path/to/theodoi]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-"$here/.build/release/theodoi"}
corpus="$here/Tests/DispatchParserTests/Fixtures/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat "$corpus"/*.txt "$here/Tests/DispatchParserTests/Fixtures/239-UBND-NN.TN.txt" > "$work/one.txt"
for kb in 250 500 1000 10240; do
    target=$((kb * 1024))
    mb=$kb
    : > "$work/$mb.txt"
    while [ "$(wc -c < "$work/$mb.txt")" -lt "$target" ]; do cat "$work/one.txt" >> "$work/$mb.txt"; done
    head -c "$target" "$work/$mb.txt" > "$work/cut.txt" && mv "$work/cut.txt" "$work/$mb.txt"
    start=$(date +%s.%N)
    "$bin" parse "$work/$mb.txt" --format json > /dev/null || true
    end=$(date +%s.%N)
    awk -v b="$(wc -c < "$work/$mb.txt")" -v s="$start" -v e="$end" \
        'BEGIN { t = e - s; printf "%5.1f MB  %6.2f s  %6.1f MB/s\n", b / 1048576, t, b / 1048576 / t }'
done
