#!/usr/bin/env bash
# End-to-end timing of `pln cohort WAVE2 --before WAVE1` against the single-wave run `pln cohort WAVE2` (JVM start
# included), with peak memory, on a gen-cohort cohort and its second wave (gen-wave2.py). Target: < 1.5x.
#
#   benchmarks/growth/bench-waves.sh [participants]      # default: 5000
#
# Needs: the CLI jar (mvn -B -ntp -pl pln-cli -am package -DskipTests), /usr/bin/time, /usr/bin/python3,
# ../shared/tools/gen-cohort (waves are made in /tmp/wN-1 and /tmp/wN-2 when missing). RUNS (default 2) each.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
runs="${RUNS:-2}"
n="${1:-5000}"
w1="/tmp/w$n-1"
w2="/tmp/w$n-2"
[ -f "$w1/connections.csv" ] || "$gen" --participants "$n" --formats csv --out "$w1" >/dev/null
[ -f "$w2/connections.csv" ] || /usr/bin/python3 "$here/benchmarks/growth/gen-wave2.py" --in "$w1" --out "$w2"
machine
for r in $(seq 1 "$runs"); do
  for mode in single before; do
    out="/tmp/pln-waves-bench-$n-$mode"
    rm -rf "$out"
    extra=()
    [ "$mode" = before ] && extra=(--before "$w1")
    echo "== $n participants, $mode, load $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f "wall %e s, user %U s, peak RSS %M KB" java -Xmx2g "${props[@]}" -jar "$cli" cohort "$w2" \
        "${extra[@]}" --out "$out" --timings >"$out.out" 2>"$out.err" || true
    grep -E '^(read|read wave 1|analyse|growth|write|total|wall)' "$out.err" | sed 's/  */ /g' | tr '\n' ';'
    echo
    grep -E '^growth since' "$out.out" || true
  done
done
