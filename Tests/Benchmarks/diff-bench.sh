#!/usr/bin/env bash
# Benchmark (not a test): csa diff --format json against git diff --no-index --word-diff on the same
# two editions of about 100,000 words each, with about 4% of the words changed. Several runs of each,
# taken in turn; prints the median wall time, the median CPU time (user + system, which other work on
# the machine disturbs less than wall time), the peak memory (maximum resident set size) and the ratio
# of csa's median wall time to git's. Run it with `make bench-diff` (which builds csa in release mode).
# Both write their output to a file (csa with --output, git with --output=), so that both pay for
# writing it; git's to /dev/null is printed too, for comparison.
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

# Each run: wall time from a monotonic clock; CPU time from the kernel's accounting of the child (wait4,
# to the microsecond; it includes /usr/bin/time's own, a fraction of a millisecond, for both commands);
# peak memory from /usr/bin/time (the child's own figure would count the benchmark's Python, which it
# starts as a copy of).
python3 - "$runs" "$work" "$csa" "$old" "$new" <<'PY'
import json, os, statistics, subprocess, sys, time
runs, work, csa, old, new = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
commands = {
    "check": [csa, "check", "--content", f"{work}/content"],
    "csa": [csa, "diff", "2023-24", "2024-25", "--content", f"{work}/content", "--format", "json", "--output", f"{work}/diff.json"],
    "git": ["git", "diff", "--no-index", "--word-diff", f"--output={work}/diff.txt", old, new],
    "git-null": ["git", "diff", "--no-index", "--word-diff", old, new],
}
results = {name: [] for name in commands}
for _ in range(runs):
    for name, command in commands.items():
        start = time.perf_counter()
        child = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", f"{work}/time"] + command,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in ((0, 1) if name.startswith("git") else (0,)):   # git diff exits 1 when the files differ
            sys.exit(f"error: {' '.join(command)} exited with status {code}")
        peak = int(open(f"{work}/time").read().split()[-1])
        results[name].append((wall, usage.ru_utime + usage.ru_stime, peak))
def median(name, k): return statistics.median(r[k] for r in results[name])
def peak(name): return max(r[2] for r in results[name]) // 1024
summary = json.load(open(f"{work}/diff.json"))["summary"]["chapters"]
print(f"runs: {runs} each")
print(f"csa diff --format json: median {median('csa', 0):.4f}s wall, {median('csa', 1):.4f}s CPU, peak memory {peak('csa')} MB; "
      f"{summary['wordsDeleted']} deleted, {summary['wordsInserted']} inserted; blocks: {summary['blocks']}")
print(f"  of which reading and checking the content folder (csa check alone): median {median('check', 0):.4f}s wall, {median('check', 1):.4f}s CPU")
print(f"git diff --word-diff:   median {median('git', 0):.4f}s wall, {median('git', 1):.4f}s CPU, peak memory {peak('git')} MB (to a file; {median('git-null', 0):.4f}s wall to /dev/null)")
print(f"ratio csa / git: {median('csa', 0) / max(median('git', 0), 0.005):.2f} (wall), {median('csa', 1) / max(median('git', 1), 0.005):.2f} (CPU)")
PY
