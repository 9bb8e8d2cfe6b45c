#!/usr/bin/env bash
# End-to-end timing of `pln cohort` (JVM start included) on generated cohorts, with peak memory, by phase
# (--timings), next to the raw streaming parse of the same workbook (the reader alone, no model).
#
#   benchmarks/cohort/bench-cohort.sh [sizes...]        # default: 1000 5000 20000
#
# Needs: Maven (it builds the CLI jar and benchmarks.jar when they are missing or older than the sources),
# /usr/bin/time, ../shared/tools/gen-cohort (cohorts are made in /tmp/cN when missing).
# Heap: 1 GB up to 5,000 participants, 3 GB above. RUNS (default 3) fresh JVMs per size.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
fresh_jars
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000 20000)

machine
for n in "${sizes[@]}"; do
  dir="/tmp/c$n"
  [ -f "$dir/cohort.xlsx" ] || "$gen" --participants "$n" --out "$dir" >/dev/null
  heap=1g
  [ "$n" -gt 5000 ] && heap=3g
  echo
  echo "== $n participants ($(du -h "$dir/cohort.xlsx" | cut -f1) xlsx), -Xmx$heap, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for r in $(seq 1 "$runs"); do
    out="/tmp/pln-cohort-bench-$n"
    rm -rf "$out"
    /usr/bin/time -f "wall %e s, peak RSS %M KB, CPU %P" java "-Xmx$heap" "${props[@]}" -jar "$cli" cohort \
        "$dir/cohort.xlsx" --out "$out" --timings >/dev/null 2>"$out.err" || true
    grep -E '^(read|analyse|write|total|wall)' "$out.err" | tr '\n' ';' | sed 's/  */ /g'
    echo
  done
  echo "raw streaming parse alone (XSSFReader + SAX, no model), fresh JVM:"
  java "-Xmx$heap" "${props[@]}" -Dmode=raw -Dcohort="$dir/cohort.xlsx" -Druns=2 -DmaxFileMb=256 \
      -cp "$bench" org.plnkit.benchmarks.ReadCohort 2>&1 | grep -iE 'first|best|raw' | head -3
done
