#!/usr/bin/env bash
# Peak memory (and wall time, JVM start included) of `pln validate` and `pln cohort` on the largest inputs the
# default limits accept: a participant file just under the 8 MB cap with 2,000 connections (the connection cap), a
# CSV cohort just under the 64 MB file limit, and a workbook just under Excel's (and the reader's) 1,048,576 rows.
#
#   benchmarks/limits/largest-inputs.sh [heap]          # default heap 1g; RUNS (default 2) fresh JVMs each
#
# Needs the CLI jar (mvn -B -ntp -o -q -pl pln-cli -am package -DskipTests), /usr/bin/time,
# /usr/bin/python3 and ../shared/tools/gen-cohort. Inputs are made once under /tmp/pln-largest (about 130 MB).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
heap="${1:-1g}"
runs="${RUNS:-2}"
tmp=/tmp/pln-largest
mkdir -p "$tmp/ego"
[ -f "$tmp/ego/big-ego.yaml" ] || /usr/bin/python3 "$here/benchmarks/limits/gen-big-participant.py" "$tmp/ego/big-ego.yaml"
[ -f "$tmp/csv64/connections.csv" ] || "$gen" --participants 10850 --formats csv --out "$tmp/csv64" >/dev/null
[ -f "$tmp/xlsx/cohort.xlsx" ] || "$gen" --participants 26000 --formats xlsx --out "$tmp/xlsx" >/dev/null

echo "$(machine); -Xmx$heap"
run() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" java "-Xmx$heap" "${props[@]}" -jar "$cli" "$@" >"$tmp/out" 2>"$tmp/err" \
      && rc=0 || rc=$?
  read -r wall rss <"$tmp/time"
  printf '%-16s exit %s  wall %6.1f s  peak RSS %5d MB  (load %s)\n' "$label" "$rc" "$wall" $((rss / 1024)) \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
}
for r in $(seq 1 "$runs"); do
  run "yaml validate" validate "$tmp/ego/big-ego.yaml"
  run "yaml cohort" cohort "$tmp/ego" --out "$tmp/out-ego" --force --as-of 2026-11-01
  run "csv validate" validate "$tmp/csv64"
  run "csv cohort" cohort "$tmp/csv64" --out "$tmp/out-csv" --force --as-of 2026-11-01
  run "xlsx validate" validate "$tmp/xlsx/cohort.xlsx"
  run "xlsx cohort" cohort "$tmp/xlsx/cohort.xlsx" --out "$tmp/out-xlsx" --force --as-of 2026-11-01
done
