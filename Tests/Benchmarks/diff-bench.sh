#!/usr/bin/env bash
# Benchmark (not a test): csa diff --format json against git diff --no-index --word-diff on the same
# two editions of about 100,000 words each, with about 4% of the words changed. Several runs of each;
# prints the median wall time, the peak memory (maximum resident set size from /usr/bin/time -v) and
# the ratio of csa's median to git's. Run it with `make bench-diff` (which builds csa in release mode).
#
# usage: Tests/Benchmarks/diff-bench.sh [CSA_BINARY] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
csa=${1:-.build/release/csa}
runs=${2:-7}
[ -x "$csa" ] || { echo "error: $csa is not built; run make bench-diff, or swift build -c release --product csa --static-swift-stdlib" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is not installed (Debian package: time)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/csa-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 Tests/Benchmarks/make-editions.py Content "$work/content" 100000 4
"$csa" check --content "$work/content" >/dev/null

old="$work/content/editions/2023-24/chapters"
new="$work/content/editions/2024-25/chapters"

# One timed run: prints "seconds peak_kilobytes" (wall time from the shell's nanosecond clock, peak
# memory from /usr/bin/time, whose own clock only counts hundredths of a second).
measure() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1 || [ $? -eq 1 ]   # git diff exits 1 when files differ
    end=$(date +%s%N)
    echo "$(awk "BEGIN { printf \"%.4f\", ($end - $start) / 1e9 }") $(tail -n 1 "$work/time")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/csa.txt"; : > "$work/git.txt"; : > "$work/check.txt"
for _ in $(seq "$runs"); do
    measure "$csa" check --content "$work/content" >> "$work/check.txt"
    measure "$csa" diff 2023-24 2024-25 --content "$work/content" --format json --output "$work/diff.json" >> "$work/csa.txt"
    measure git diff --no-index --word-diff "$old" "$new" >> "$work/git.txt"
done

csa_time=$(cut -d' ' -f1 "$work/csa.txt" | median)
git_time=$(cut -d' ' -f1 "$work/git.txt" | median)
check_time=$(cut -d' ' -f1 "$work/check.txt" | median)
csa_mem=$(cut -d' ' -f2 "$work/csa.txt" | sort -n | tail -1)
git_mem=$(cut -d' ' -f2 "$work/git.txt" | sort -n | tail -1)
words=$(python3 -c "import json; s = json.load(open('$work/diff.json'))['summary']['chapters']; print(s['wordsDeleted'], 'deleted,', s['wordsInserted'], 'inserted; blocks:', s['blocks'])")

echo "runs: $runs each"
echo "csa diff --format json: median ${csa_time}s, peak memory $((csa_mem / 1024)) MB; $words"
echo "  of which reading and checking the content folder (csa check alone): median ${check_time}s"
echo "git diff --word-diff:   median ${git_time}s, peak memory $((git_mem / 1024)) MB"
python3 -c "print(f'ratio csa / git: {float($csa_time) / max(float($git_time), 0.005):.2f}')"
