#!/usr/bin/env bash
# Benchmark (not a test): `csa build` and `csa check` against Debian's `hugo` and `cmark` on the same
# generated chapters (Tests/Benchmarks/make-content.py), in one run, RUNS times each, for each size
# EDITIONSxCHAPTERS. Prints the median wall time, CPU time (user + system) and peak memory (maximum
# resident set size) from /usr/bin/time, the ratios to cmark and Hugo, a no-op rebuild, a rebuild
# after one chapter changed, and the output's size beside Hugo's. Run it with `make bench`, which
# installs hugo and builds csa in release mode first.
#
# usage: Tests/Benchmarks/site-bench.sh [CSA_BINARY] [RUNS] [SIZES...]
#   e.g. Tests/Benchmarks/site-bench.sh .build/release/csa 3 20x50 125x80
set -euo pipefail
cd "$(dirname "$0")/../.."
csa=$(realpath "${1:-.build/release/csa}")
runs=${2:-3}
shift 2 || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(20x50 125x80)
for tool in "$csa" /usr/bin/time; do [ -x "$tool" ] || { echo "error: $tool is missing; run make bench" >&2; exit 1; }; done
for tool in hugo cmark; do command -v $tool >/dev/null || { echo "error: $tool is not installed; run make bench" >&2; exit 1; }; done

work=$(mktemp -d "${TMPDIR:-/tmp}/csa-site-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
templates=$(realpath Templates)

# One timed run of a command: appends "wall cpu peak_kib" to FILE (wall from the shell's nanosecond
# clock; CPU and peak memory from /usr/bin/time).
measure() {
    local file=$1 start end; shift
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    end=$(date +%s%N)
    tail -n 1 "$work/time" | awk -v ns=$((end - start)) '{ printf "%.3f %.2f %d\n", ns / 1e9, $1 + $2, $3 }' >> "$file"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { cut -d' ' -f"$2" "$1" | median; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0.001 ? b : 0.001) }'; }
row() {   # name file
    printf "| %-34s | %8ss | %8ss | %7s MiB |" "$1" "$(col "$2" 1)" "$(col "$2" 2)" "$(( $(col "$2" 3) / 1024 ))"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "csa: $("$csa" --version 2>/dev/null || echo '?'), $(hugo version | cut -d' ' -f1-2), cmark $(cmark --version | head -1 | cut -d' ' -f2); pagefind: $([ -x .venv/bin/pagefind ] && .venv/bin/pagefind --version || echo 'not installed')"
echo "runs: $runs of each; medians"
declare -A full
for size in "${sizes[@]}"; do
    editions=${size%x*} chapters=${size#*x}
    dir="$work/$size"
    python3 Tests/Benchmarks/make-content.py "$dir" "$editions" "$chapters"
    content="$dir/content" out="$dir/site" hout="$dir/hugo-out"
    mapfile -t md < <(find "$dir/markdown" -name '*.md' | sort)
    n=${#md[@]}
    for f in build nosearch check hugo cmark noop one; do : > "$dir/$f.txt"; done
    for _ in $(seq "$runs"); do
        rm -rf "$out" "$hout" "$dir/hugo/resources" "$dir/site-nosearch"
        measure "$dir/nosearch.txt" env CSA_PAGEFIND=/nonexistent "$csa" build --content "$content" --templates "$templates" --output "$dir/site-nosearch" --quiet
        measure "$dir/build.txt" "$csa" build --content "$content" --templates "$templates" --output "$out" --quiet
        measure "$dir/noop.txt" "$csa" build --content "$content" --templates "$templates" --output "$out" --quiet
        chapter=$(find "$content/editions" -name '*.md' | sort | sed -n "$(( n / 2 ))p")
        cp "$chapter" "$dir/saved.md"
        printf '\nOne more paragraph, added to see what a rebuild after one change costs.\n' >> "$chapter"
        measure "$dir/one.txt" "$csa" build --content "$content" --templates "$templates" --output "$out" --quiet
        cp "$dir/saved.md" "$chapter"
        measure "$dir/check.txt" "$csa" check --content "$content"
        measure "$dir/hugo.txt" hugo --quiet -s "$dir/hugo" -d "$hout"
        measure "$dir/cmark.txt" cmark "${md[@]}"
    done
    "$csa" build --content "$content" --templates "$templates" --output "$out" --quiet
    csa_bytes=$(du -sb "$out" | cut -f1); hugo_bytes=$(du -sb "$hout" | cut -f1)
    csa_files=$(find "$out" -type f | wc -l); hugo_files=$(find "$hout" -type f | wc -l)
    md_bytes=$(cat "${md[@]}" | wc -c)
    build=$(col "$dir/build.txt" 1) cmark=$(col "$dir/cmark.txt" 1) hugo=$(col "$dir/hugo.txt" 1)
    full[$size]=$build
    echo
    echo "## $n chapters ($editions editions × $chapters), $(mb "$md_bytes") MB of Markdown"
    echo
    echo "| work                               |     wall  |      CPU  |  peak memory | wall ÷ cmark | wall ÷ hugo |"
    echo "|------------------------------------|-----------|-----------|--------------|--------------|-------------|"
    for pair in "csa build (clean):build" "csa build, no search index:nosearch" "csa build, nothing changed:noop" "csa build, one chapter changed:one" \
                "csa check:check" "hugo:hugo" "cmark (one process, every file):cmark"; do
        name=${pair%:*} file="$dir/${pair##*:}.txt"
        w=$(col "$file" 1)
        echo "$(row "$name" "$file") $(printf '%12s' "$(ratio "$w" "$cmark")") | $(printf '%11s' "$(ratio "$w" "$hugo")") |"
    done
    echo
    echo "- memory: csa build ÷ hugo = $(ratio "$(col "$dir/build.txt" 3)" "$(col "$dir/hugo.txt" 3)")"
    echo "- rebuilds: nothing changed ÷ clean = $(ratio "$(col "$dir/noop.txt" 1)" "$build"), one chapter changed ÷ clean = $(ratio "$(col "$dir/one.txt" 1)" "$build")"
    echo "- output: csa $(mb "$csa_bytes") MB in $csa_files files, hugo $(mb "$hugo_bytes") MB in $hugo_files files; csa ÷ hugo = $(ratio "$csa_bytes" "$hugo_bytes")"
done
if [ ${#sizes[@]} -ge 2 ]; then
    echo
    echo "- growth: csa build from ${sizes[0]} to ${sizes[-1]} = $(ratio "${full[${sizes[-1]}]}" "${full[${sizes[0]}]}")×"
fi
