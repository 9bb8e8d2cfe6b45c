#!/usr/bin/env bash
# End-to-end timing of `pln cohort --per-participant` (JVM start included): the district outputs and every
# participant's report (workbook, map PNG + SVG + alt text, reflection draft, JSON), with peak memory, for each
# thread count given, on a generated cohort.
#
#   benchmarks/cohort/bench-per-participant.sh [participants] [threads...]   # default: 1000, 1 2
#
# Needs: /usr/bin/time, ../shared/tools/gen-cohort (the cohort is made in /tmp/cN when missing); the CLI jar is
# built when it is missing or older than the sources (fresh_jars). RUNS (default 1) fresh JVMs each.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
fresh_jars
runs="${RUNS:-1}"
n="${1:-1000}"
shift || true
threads=("$@")
[ ${#threads[@]} -gt 0 ] || threads=(1 2)
dir="/tmp/c$n"
[ -f "$dir/cohort.xlsx" ] || "$gen" --participants "$n" --out "$dir" >/dev/null

# The JIT the launcher (./pln) gives `cohort --per-participant`: C1 alone. BENCH_JVM='' measures the JVM's default
# (tiered C1 + C2), BENCH_JVM='-XX:+UseParallelGC' adds other options.
jvm=(${BENCH_JVM--XX:TieredStopAtLevel=1})

machine
echo "jvm options: -Xmx1g ${jvm[*]}"
for t in "${threads[@]}"; do
  for r in $(seq 1 "$runs"); do
    out="/tmp/pln-per-participant-bench-$n"
    rm -rf "$out"
    echo "== $n participants, --threads $t, load $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f "wall %e s, peak RSS %M KB, CPU %P (user %U s, system %S s)" java -Xmx1g "${jvm[@]}" "${props[@]}" -jar "$cli" cohort \
        "$dir/cohort.xlsx" --out "$out" --per-participant --threads "$t" --as-of 2026-11-01 --timings \
        >"$out.out" 2>"$out.err" || true
    grep -E '^(read|analyse|write|participant reports  |total|wall)' "$out.err" | sed 's/  */ /g'
    grep -E '^participant reports:' "$out.out"
    echo "output: $(du -sh "$out/participants" | cut -f1) in $(find "$out/participants" -type f | wc -l) files"
  done
done
