#!/usr/bin/env bash
# Fuzzes a copy of a harness's seed corpus for a short while (ctest label fuzz), so that the
# repository is never changed. A finding fails the test, prints the input (base64) and keeps
# it in ARTIFACTS: add it to the corpus once the bug is fixed.
# Usage: run_fuzzer.sh HARNESS CORPUS SECONDS ARTIFACTS [DICT]
set -euo pipefail
harness=$1 corpus=$2 seconds=$3 artifacts=$4 dict=${5:-}
name=$(basename "$harness")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$artifacts"
cp -r "$corpus/." "$work/corpus/"
args=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$artifacts/$name-")
[[ -n "$dict" ]] && args+=(-dict="$dict")
rm -f "$artifacts/$name-"*
if "$harness" "${args[@]}" "$work/corpus" 2>"$work/log"; then
    grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|Done )' "$work/log" || true
    exit 0
fi
tail -n 80 "$work/log"
for f in "$artifacts/$name-"*; do
    [[ -f "$f" ]] || continue
    echo "--- $f (base64):"
    base64 -w 100 "$f" | head -n 40
done
exit 1
