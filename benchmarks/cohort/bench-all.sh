#!/usr/bin/env bash
# Cohorts at the speed of the parse (#17): ONE run that measures, side by side on the same generated workbooks,
#   - `pln cohort` end to end in a fresh JVM (district workbook, map, JSON) with its phases (--timings), through the
#     launcher `pln` (its JVM options), and the same run as a bare `java -jar` beside it,
#   - the cohort reader alone with the model built (ReadCohort mode=model, first read of a fresh JVM),
#   - fastexcel-reader's bare iteration of every cell (ReadCohort mode=fastexcel, first read of a fresh JVM),
#     both with the JVM's defaults and with the launcher's options for a cohort (C1 alone, serial GC),
#   - openpyxl's bare read-only iteration (values only) of the same file,
#   - the pandas/openpyxl/NetworkX reference pipeline (reference_pipeline.py) on the same file,
# then checks every phase against the checked-in baseline (baseline.tsv beside this script) and exits 1, loudly,
# when one is more than 2x slower than recorded there.
#
#   benchmarks/cohort/bench-all.sh [sizes...]         # default: 2000 5000
#   benchmarks/cohort/bench-all.sh 20000 50000 100000 # the scale run: sizes over 10,000 are CSV folders (one
#                                                     # sheet stops at 1,048,576 rows), -Xmx4g, pln cohort only
#   RECORD=1 benchmarks/cohort/bench-all.sh 2000      # write these sizes' figures into the baseline (on purpose)
#   SKIP_REFERENCE=1 ...                              # leave out the reference pipeline (slow)
#   benchmarks/cohort/bench-all.sh --check RESULTS    # only the regression check, of a results file made before
#
# Needs: Maven (it builds the CLI jar and benchmarks.jar when they are missing or older than the sources),
# /usr/bin/time, Debian's python3-openpyxl, python3-pandas, python3-networkx, and gen-cohort (shared tools);
# cohorts are made with --seed 4242 in /tmp/pln-bench/cN (csvN for CSV folders) when missing. Every figure is
# wall-clock seconds (peak RSS in MB); the machine's load is printed next to each, since other work on the machine
# slows every figure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
baseline="$here/benchmarks/cohort/baseline.tsv"
work="${BENCH_DIR:-/tmp/pln-bench}"
results="$work/results.tsv"
check_only=
if [ "${1:-}" = --check ]; then
  check_only=1
  results="${2:?bench-all: --check takes a results file}"
  shift 2
fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 5000)
[ -n "$check_only" ] && sizes=()
if [ -z "$check_only" ]; then
  # the Python side (openpyxl's iteration, and the reference pipeline unless SKIP_REFERENCE) needs Debian's packages
  # in /usr/bin/python3; say so before minutes of measuring, not in a traceback at the end of the first size
  modules=openpyxl
  [ -z "${SKIP_REFERENCE:-}" ] && modules="openpyxl, pandas, networkx"
  if ! /usr/bin/python3 -c "import $modules" 2>/dev/null; then
    echo "bench-all: /usr/bin/python3 cannot import $modules; install Debian's python3-openpyxl python3-pandas" \
         "python3-networkx (apt-get install -y python3-openpyxl python3-pandas python3-networkx)" >&2
    exit 2
  fi
  fresh_jars
  mkdir -p "$work"
  : > "$results"
  machine
  # the launcher makes its class-data archives on the first run after a build that needs each (the one-participant
  # commands' small one, the cohort's full one): both here, outside the timings
  "$here/pln" --version >/dev/null 2>&1 || true
  warm="$(mktemp -d)"
  "$here/pln" cohort "$here/samples/lakeside-district.xlsx" --out "$warm/out" >/dev/null 2>&1 || true
  rm -rf "$warm"
fi
load1() { cut -d' ' -f1 /proc/loadavg; }
record() { # size phase value [unit]
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(load1)" >> "$results"
  printf '  %-34s %8s %s   (load %s)\n' "$2" "$3" "${4:-s}" "$(load1)"
}
secs() { python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e9:.2f}')" "$1" "$2"; }

for n in "${sizes[@]}"; do
  heap=1g
  [ "$n" -gt 5000 ] && heap=3g
  if [ "$n" -gt 10000 ]; then
    # the scale run: a CSV folder, a 4 GB heap, limits raised to the cohort's size (4 million rows at 100,000)
    dir="$work/csv$n"
    [ -f "$dir/connections.csv" ] || "$gen" --participants "$n" --seed 4242 --formats csv --out "$dir" >/dev/null
    input="$dir"
    heap=4g
    limits=(--max-file-mb 4000 --max-rows 20000000)
    echo
    echo "== $n participants ($(du -sh "$dir" | cut -f1) CSV folder), -Xmx$heap"
  else
    dir="$work/c$n"
    [ -f "$dir/cohort.xlsx" ] || "$gen" --participants "$n" --seed 4242 --out "$dir" >/dev/null
    input="$dir/cohort.xlsx"
    limits=()
    echo
    echo "== $n participants ($(du -h "$dir/cohort.xlsx" | cut -f1) xlsx), -Xmx$heap"
  fi

  out="$work/out$n"
  rm -rf "$out"
  # `pln cohort` as a user runs it: through the launcher, with the JVM options it picks for the run (its class-data
  # archive, the JIT and collector for the cohort's size; made before the loop, not timed here)
  t0=$(date +%s%N)
  JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "%M" -o "$out.rss" "$here/pln" cohort "$input" --out "$out" \
      "${limits[@]}" --timings >/dev/null 2>"$out.err" || true
  t1=$(date +%s%N)
  [ -d "$out" ] || { echo "bench-all: pln cohort wrote nothing for $n participants:" >&2; tail -5 "$out.err" >&2; exit 3; }
  record "$n" "pln cohort (wall, JVM start included)" "$(secs "$t0" "$t1")"
  while read -r phase value; do
    record "$n" "pln cohort: $phase" "$value"
  done < <(awk '/^(read|analyse|write) / {print $1, $2} /^  [a-z]/ && $NF == "s" {print $1, $(NF-1)}
                /^total/ {print "total", $(NF-1)}' "$out.err")
  record "$n" "pln cohort peak RSS (MB)" "$(( $(tail -1 "$out.rss") / 1024 ))" MB
  # the launcher's class-data archive must not make the run slower: one made with the JIT on once left Aalto's
  # hottest methods never compiled (read 4.0-4.8 s instead of 2.2-2.4 s at 2,000; docs/performance.md, ninth
  # session). The read phase without any archive, beside it; checked below.
  rm -rf "$out.nocds"
  PLN_CDS=off JAVA_OPTS="-Xmx$heap" "$here/pln" cohort "$input" --out "$out.nocds" "${limits[@]}" --timings \
      >/dev/null 2>"$out.nocds.err" || true
  record "$n" "pln cohort without class-data archive: read" "$(awk '/^read / {print $(NF-1)}' "$out.nocds.err")"
  rm -rf "$out.nocds"
  [ "$n" -gt 10000 ] && continue # the yardsticks read workbooks; a cohort this size is no workbook
  # the same run as a bare `java -jar` (the JVM's defaults), for comparison (not in the
  # regression check; not at the scale sizes, where it would double the run)
  rm -rf "$out.jar"
  t0=$(date +%s%N)
  java "-Xmx$heap" "${props[@]}" -jar "$cli" cohort "$input" --out "$out.jar" "${limits[@]}" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  record "$n" "pln cohort, plain java -jar (wall)" "$(secs "$t0" "$t1")"
  rm -rf "$out.jar"

  # the reader and fastexcel's bare iteration, each with the JVM's defaults and with the JIT and collector the
  # launcher picks for a cohort of this size (C1 alone, serial GC), so that each can be compared at its best
  for jvm in default c1; do
    opts=()
    label=
    [ "$jvm" = c1 ] && { opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC); label=", C1 + serial GC"; }
    for mode in model fastexcel; do
      line="$(java "-Xmx$heap" "${opts[@]}" "${props[@]}" -Dmode=$mode -Dcohort="$dir/cohort.xlsx" -Druns=1 \
          -DmaxFileMb=256 -cp "$bench" org.plnkit.benchmarks.ReadCohort 2>&1 | grep 'mode=' || true)"
      ms="$(sed -n 's/.*first=\([0-9]*\) ms.*/\1/p' <<<"$line")"
      [ -n "$ms" ] || { echo "bench-all: ReadCohort mode=$mode failed: $line" >&2; exit 3; }
      record "$n" "read $mode (fresh JVM$label)" "$(python3 -c "print(f'{$ms / 1000:.2f}')")"
    done
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
  # the sizes run replace their rows of the baseline; the other sizes' rows stay
  python3 - "$baseline" "$results" "$(date -u '+%Y-%m-%d') on $(nproc) cores" <<'PY'
import os, sys
path, new, when = sys.argv[1], sys.argv[2], sys.argv[3]
fresh = [l for l in open(new, encoding="utf-8") if l.strip()]
sizes = {l.split("\t")[0] for l in fresh}
kept = []
if os.path.exists(path):
    kept = [l for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")
            and l.split("\t")[0] not in sizes]
rows = sorted(kept + fresh, key=lambda l: int(l.split("\t")[0]))
with open(path + ".tmp", "w", encoding="utf-8") as f:
    f.write(f"# participants\tphase\tseconds (MB for peak RSS)\tload (recorded {when})\n")
    f.writelines(rows)
os.replace(path + ".tmp", path)
PY
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
ours = [k for k in worse if "openpyxl" not in k and "reference" not in k and "fastexcel" not in k
        and "RSS" not in k and "plain java" not in k and "without class-data" not in k]
# the class-data archive the launcher made must not slow the read down (a bad one made it 1.8x slower)
for (n, phase), s in sorted(now.items()):
    if phase == "pln cohort without class-data archive: read":
        with_archive = now.get((n, "pln cohort: read"))
        if with_archive is not None and with_archive > 1.5 * s:
            ours.append(f"{n} participants: the read took {with_archive:.2f} s with the launcher's class-data "
                        f"archive and {s:.2f} s without one; delete pln-cli/target/*.jsa and run again "
                        "(the launcher makes a new one), and report it")
if ours:
    print("REGRESSION:\n  " + "\n  ".join(ours + [w for w in worse if w not in ours]), file=sys.stderr)
    sys.exit(1)
print("regression check: no phase of ours is 2x slower than the baseline"
      + (f" (the yardsticks moved: {'; '.join(worse)})" if worse else ""))
PY
