#!/usr/bin/env bash
# Cohorts at the speed of the parse (#17): ONE run that measures, side by side on the same generated workbooks,
#   - `pln cohort` end to end in a fresh JVM (district workbook, map, JSON) with its phases (--timings),
#   - the cohort reader alone with the model built (ReadCohort mode=model, first read of a fresh JVM),
#   - fastexcel-reader's bare iteration of every cell (ReadCohort mode=fastexcel, first read of a fresh JVM),
#   - openpyxl's bare read-only iteration (values only) of the same file,
#   - the pandas/openpyxl/NetworkX reference pipeline (reference_pipeline.py) on the same file,
# then checks every phase against the checked-in baseline (baseline.tsv beside this script) and exits 1, loudly,
# when one is more than 2x slower than recorded there.
#
#   benchmarks/cohort/bench-all.sh [sizes...]         # default: 2000 5000
#   RECORD=1 benchmarks/cohort/bench-all.sh 2000      # write the figures as the new baseline (on purpose only)
#   SKIP_REFERENCE=1 ...                              # leave out the reference pipeline (slow)
#
# Needs: the CLI jar and benchmarks.jar (mvn -B -ntp -pl pln-cli,benchmarks -am package -DskipTests),
# /usr/bin/time, Debian's python3-openpyxl, python3-pandas, python3-networkx, and gen-cohort (shared tools);
# cohorts are made with --seed 4242 in /tmp/pln-bench/cN when missing. Every figure is wall-clock seconds; the
# machine's load is printed next to each, since other work on the machine slows every figure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$here/pln-cli/target/pln-cli-0.1.0-SNAPSHOT-cli.jar"
bench="$here/benchmarks/target/benchmarks.jar"
baseline="$here/benchmarks/cohort/baseline.tsv"
gen="${GEN_COHORT:-$here/../shared/tools/gen-cohort}"
[ -x "$gen" ] || gen=/work/shared/tools/gen-cohort
work="${BENCH_DIR:-/tmp/pln-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 5000)
for f in "$cli" "$bench"; do
  [ -f "$f" ] || { echo "bench-all: $f is missing; build it first (see the header of this script)" >&2; exit 3; }
done
props=(-Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory
       -Dorg.apache.logging.log4j.simplelog.level=OFF)
mkdir -p "$work"
results="$work/results.tsv"
: > "$results"
load() { cut -d' ' -f1 /proc/loadavg; }
record() { # size phase seconds
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(load)" >> "$results"
  printf '  %-34s %8s s   (load %s)\n' "$2" "$3" "$(load)"
}
secs() { python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e9:.2f}')" "$1" "$2"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  dir="$work/c$n"
  [ -f "$dir/cohort.xlsx" ] || "$gen" --participants "$n" --seed 4242 --out "$dir" >/dev/null
  heap=1g
  [ "$n" -gt 5000 ] && heap=3g
  echo
  echo "== $n participants ($(du -h "$dir/cohort.xlsx" | cut -f1) xlsx), -Xmx$heap"

  out="$work/out$n"
  rm -rf "$out"
  t0=$(date +%s%N)
  java "-Xmx$heap" "${props[@]}" -jar "$cli" cohort "$dir/cohort.xlsx" --out "$out" --timings >/dev/null 2>"$out.err" || true
  t1=$(date +%s%N)
  record "$n" "pln cohort (wall, JVM start included)" "$(secs "$t0" "$t1")"
  while read -r phase value; do
    record "$n" "pln cohort: $phase" "$value"
  done < <(awk '/^(read|analyse|write) / {print $1, $2} /^total/ {print "total", $(NF-1)}' "$out.err")

  for mode in model fastexcel; do
    line="$(java "-Xmx$heap" "${props[@]}" -Dmode=$mode -Dcohort="$dir/cohort.xlsx" -Druns=1 -DmaxFileMb=256 \
        -cp "$bench" org.plnkit.benchmarks.ReadCohort 2>&1 | grep 'mode=' || true)"
    ms="$(sed -n 's/.*first=\([0-9]*\) ms.*/\1/p' <<<"$line")"
    [ -n "$ms" ] || { echo "bench-all: ReadCohort mode=$mode failed: $line" >&2; exit 3; }
    record "$n" "read $mode (fresh JVM)" "$(python3 -c "print(f'{$ms / 1000:.2f}')")"
  done

  t0=$(date +%s%N)
  /usr/bin/python3 - "$dir/cohort.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        cells += sum(1 for v in row if v is not None)
print(cells, file=sys.stderr)
PY
  t1=$(date +%s%N)
  record "$n" "openpyxl read-only iteration" "$(secs "$t0" "$t1")"

  if [ -z "${SKIP_REFERENCE:-}" ]; then
    t0=$(date +%s%N)
    /usr/bin/python3 "$here/benchmarks/cohort/reference_pipeline.py" "$dir/cohort.xlsx" "$work/ref$n.xlsx" >/dev/null
    t1=$(date +%s%N)
    record "$n" "reference pipeline (python)" "$(secs "$t0" "$t1")"
  fi
done

echo
if [ -n "${RECORD:-}" ]; then
  { echo -e "# participants\tphase\tseconds\tload (recorded $(date -u '+%Y-%m-%d') on $(nproc) cores)"; cat "$results"; } > "$baseline"
  echo "baseline written: $baseline"
  exit 0
fi
[ -f "$baseline" ] || { echo "bench-all: no baseline ($baseline); run with RECORD=1 once" >&2; exit 3; }
python3 - "$baseline" "$results" <<'PY'
import sys
def load(p):
    d = {}
    for line in open(p, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        n, phase, s = line.rstrip("\n").split("\t")[:3]
        d[(n, phase)] = float(s)
    return d
base, now = load(sys.argv[1]), load(sys.argv[2])
worse = []
for key, s in sorted(now.items()):
    if key in base and base[key] >= 0.5 and s > 2 * base[key]:
        worse.append(f"{key[0]} participants, {key[1]}: {s:.2f} s against {base[key]:.2f} s recorded")
ours = [k for k in worse if "openpyxl" not in k and "reference" not in k and "fastexcel" not in k]
if ours:
    print("REGRESSION: more than 2x slower than the baseline:\n  " + "\n  ".join(worse), file=sys.stderr)
    sys.exit(1)
print("regression check: no phase of ours is 2x slower than the baseline"
      + (f" (the yardsticks moved: {'; '.join(worse)})" if worse else ""))
PY
