#!/bin/sh
# Fuzzes the content readers with libFuzzer for a fixed time: Tests/Fuzz/run.sh [seconds] (default 300).
#
# Builds the `csa-fuzz` product with Swift's libFuzzer and AddressSanitizer into .build/fuzz, apart from the
# normal build (the C code built from source, libyaml inside Yams, is instrumented too; libcmark is the
# system's library and is not). Seeds it with every file of Content/, the kept corpus and the regressions, and
# feeds each input to the chapter reader and to every YAML reader (Sources/csa-fuzz/FuzzTarget.swift).
# A crash, trap, hang (over 10 s) or memory blow-up stops the run and leaves the input in Tests/Fuzz/crashes/;
# the exit status is then non-zero.
# Fix the bug, move the input to Tests/Fuzz/regressions/ (replayed by `swift test`), and run again.
# At the end, the inputs found are merged into Tests/Fuzz/corpus/, minimised with -merge=1 (only inputs that
# add coverage are kept), so the corpus stays small and is committed.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-300}
fuzz=Tests/Fuzz
work=.build/fuzz-run
binary=.build/fuzz/release/csa-fuzz

swift build -c release --scratch-path .build/fuzz --product csa-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
  -Xcc -fsanitize=fuzzer-no-link,address \
  2>&1 | grep -v "Cannot export local symbol" || true
[ -x "$binary" ] || { echo "run.sh: building csa-fuzz failed" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/seed" "$work/found" "$work/merged" "$fuzz/corpus" "$fuzz/crashes"
# One seed per content file, named after its path.
find Content -type f \( -name '*.yml' -o -name '*.md' \) | while read -r file; do
  cp "$file" "$work/seed/$(echo "$file" | tr / _)"
done
cp "$fuzz/regressions/"* "$work/seed/" 2>/dev/null || true

# Foundation leaks a buffer when it reads an empty file, which is not ours to fix: leak checks are off.
# The temporary files the readers read go to /dev/shm when there is one.
[ -d /dev/shm ] && export TMPDIR=/dev/shm
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
status=0
"$binary" -max_total_time="$seconds" -max_len=2048 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
  -dict="$fuzz/csa.dict" -artifact_prefix="$fuzz/crashes/" -print_final_stats=1 \
  "$work/found" "$fuzz/corpus" "$work/seed" >"$work/log" 2>&1 || status=$?
grep -v "^#[0-9]*[[:space:]]*\(NEW\|REDUCE\|pulse\)" "$work/log" | tail -n 40
ls "$fuzz/crashes/"* >/dev/null 2>&1 && { echo "run.sh: crash inputs in $fuzz/crashes/" >&2; status=1; }

# Keep only what adds coverage; the seeds from Content/ are not copied, they are in the repository already.
"$binary" -merge=1 -max_len=2048 -timeout=10 -detect_leaks=0 "$work/merged" "$fuzz/corpus" "$work/found" >/dev/null 2>&1
rm -rf "$fuzz/corpus" && mv "$work/merged" "$fuzz/corpus"
echo "run.sh: corpus $(ls "$fuzz/corpus" | wc -l) files, $(du -sh --apparent-size "$fuzz/corpus" | cut -f1)"
exit $status
