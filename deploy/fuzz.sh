#!/bin/sh
# Fuzzes the dispatch parser and the key decoder with Update (libFuzzer, which the Swift
# toolchain on Linux ships), for a bounded time each; a crashing input is written to
# Tests/FuzzTargetsTests/Regressions/<target>/ so that `swift test` replays it from then on.
#
#   deploy/fuzz.sh [SECONDS_PER_TARGET]      (default 60)
#
# Exit status 1 when an input crashed a target (its file is named on standard error).
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scratch=.build-fuzz
swift build --product theodoi-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
binary="$(swift build --product theodoi-fuzz --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING --show-bin-path)/theodoi-fuzz"
status=0
for target in parser keys; do
    corpus="$scratch/corpus-$target"
    mkdir -p "$corpus"
    regressions="Tests/FuzzTargetsTests/Regressions/$target"
    echo "fuzzing $target for ${seconds}s"
    if ! THEODOI_FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -max_len=65536 \
            -artifact_prefix="$regressions/crash-" "$corpus" "$regressions" >"$scratch/fuzz-$target.log" 2>&1; then
        echo "fuzz: $target crashed; the input is in $regressions/ (log: $scratch/fuzz-$target.log)" >&2
        tail -20 "$scratch/fuzz-$target.log" >&2
        status=1
    else
        grep -E "^(#[0-9]+|Done)" "$scratch/fuzz-$target.log" | tail -1
    fi
done
exit "$status"
