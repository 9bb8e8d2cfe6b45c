#!/usr/bin/env bash
# End-to-end wall time of `pln assess` for one sample participant, JVM start included, as a user runs it:
#   benchmarks/assess-wall-time.sh [RUNS]        (from the repository root; builds the jar if missing)
# Uses hyperfine when installed (apt-get install hyperfine), else a loop timed with date +%s%N.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
jar=pln-cli/target/pln-cli-0.1.0-SNAPSHOT-cli.jar
[ -f "$jar" ] || mvn -B -ntp -q -DskipTests -pl pln-cli -am package
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java_cmd="java -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -jar $jar"
sample=samples/maria-lopez-librarian.yaml
# the launcher as users run it: its class-data-sharing archive (made once after a build) and the quick JIT alone
./pln --version >/dev/null 2>&1
declare -a names=("./pln assess (launcher: CDS archive, C1)" "assess (text on the screen)" "assess --out (all six files)" "assess --out --formats xlsx" "pln --help (JVM start only)")
declare -a cmds=(
  "./pln assess $sample"
  "$java_cmd assess $sample"
  "$java_cmd assess $sample --out $out --force"
  "$java_cmd assess $sample --out $out/x --formats xlsx --force"
  "$java_cmd --help"
)
if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!cmds[@]}"; do args+=(--command-name="${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$out/wall.md" "${args[@]}" >/dev/null
  cat "$out/wall.md"
else
  for i in "${!cmds[@]}"; do
    ${cmds[$i]} >/dev/null
    total=0
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N); ${cmds[$i]} >/dev/null; t1=$(date +%s%N)
      total=$((total + (t1 - t0) / 1000000))
    done
    echo "${names[$i]}: mean $((total / runs)) ms over $runs runs"
  done
fi
