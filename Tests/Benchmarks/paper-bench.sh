#!/usr/bin/env bash
# Benchmark (not a test): a committee paper of about 14,000 words to a Word document, by
# `csa paper --format docx` (reading site.yml, the paper, its layout and the edition its four
# directives draw on, drafting the paper and writing the .docx) and by Debian's pandoc converting
# the same Markdown (without the front matter) to .docx, side by side in one run. pandoc runs with
# --no-highlight: it keeps each directive as a code block, and would otherwise load its syntax
# highlighters for them (about 0.2 s, doubling its time), work that has nothing to do with the paper. Several runs of
# each; prints the medians and the ratio of csa's to pandoc's (the aim: at most 0.1), and, for
# scale, csa's start-up alone (`csa --version`) and `csa check` of the whole content folder. Run it
# with `make bench-paper` (which builds csa in release mode and installs pandoc).
#
# usage: Tests/Benchmarks/paper-bench.sh [CSA_BINARY] [RUNS] [WORDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
csa=${1:-.build/release/csa}
runs=${2:-7}
words=${3:-14000}
[ -x "$csa" ] || { echo "error: $csa is not built; run make bench-paper, or swift build -c release --product csa" >&2; exit 1; }
command -v pandoc >/dev/null || { echo "error: pandoc is not installed (Debian package: pandoc); make bench-paper installs it" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/csa-paper-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "paper: $(python3 Tests/Benchmarks/make-paper.py Content "$work/content" bench-paper "$words")"
"$csa" paper bench-paper --content "$work/content" --format docx --output "$work/csa" >/dev/null
pandoc --no-highlight -f markdown -t docx -o "$work/pandoc.docx" "$work/bench-paper.pandoc.md"

seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    awk "BEGIN { printf \"%.4f\n\", ($end - $start) / 1e9 }"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

seconds "$csa" --version > /dev/null   # warm the page cache
: > "$work/csa.txt"; : > "$work/pandoc.txt"; : > "$work/check.txt"; : > "$work/start.txt"
for _ in $(seq "$runs"); do
    seconds "$csa" --version >> "$work/start.txt"
    seconds "$csa" check --content "$work/content" >> "$work/check.txt"
    seconds "$csa" paper bench-paper --content "$work/content" --format docx --output "$work/csa" >> "$work/csa.txt"
    seconds pandoc --no-highlight -f markdown -t docx -o "$work/pandoc.docx" "$work/bench-paper.pandoc.md" >> "$work/pandoc.txt"
done

csa_time=$(median < "$work/csa.txt")
pandoc_time=$(median < "$work/pandoc.txt")
check_time=$(median < "$work/check.txt")
start_time=$(median < "$work/start.txt")
echo "runs: $runs each"
echo "csa paper --format docx: median ${csa_time}s ($(stat -c %s "$work/csa/bench-paper.docx") bytes)"
echo "  for scale: csa --version (start-up alone) median ${start_time}s; csa check (the whole content folder) median ${check_time}s"
echo "pandoc -t docx:          median ${pandoc_time}s ($(stat -c %s "$work/pandoc.docx") bytes)"
python3 -c "print(f'ratio csa / pandoc: {float($csa_time) / max(float($pandoc_time), 0.005):.3f} (aim: at most 0.1)')"
