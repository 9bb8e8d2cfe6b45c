# Shared by the benchmark scripts (sourced, not run): where the jars and gen-cohort are, the JVM properties every
# measured run uses, and the line that says which machine and when. Source it from a script under benchmarks/:
#   . "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# It sets: here (the repository root), cli (the command-line jar), bench (benchmarks.jar), gen (gen-cohort,
# GEN_COHORT overrides it), props (an array of -D options); and the functions machine, load and fresh_jars.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$here/pln-cli/target/pln-cli-0.1.0-SNAPSHOT-cli.jar"
bench="$here/benchmarks/target/benchmarks.jar"
gen="${GEN_COHORT:-$here/../shared/tools/gen-cohort}"
[ -x "$gen" ] || gen=/work/shared/tools/gen-cohort
props=(-Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory
       -Dorg.apache.logging.log4j.simplelog.level=OFF)

# The machine, the JVM and the time, for the head of a benchmark's output.
machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1);" \
       "$(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The 1-, 5- and 15-minute load averages (other work on the machine slows every figure).
load() {
  cut -d' ' -f1-3 /proc/loadavg
}

# Builds the command-line jar and benchmarks.jar when either is missing or older than the sources, as the launcher
# does for its jar: a benchmark of a stale jar measures code that is no longer there.
fresh_jars() {
  local newer=
  if [ -f "$cli" ] && [ -f "$bench" ]; then
    newer="$(find "$here/pom.xml" "$here"/pln-core "$here"/pln-analysis "$here"/pln-report "$here"/pln-cli \
        "$here"/benchmarks \( -name target -prune \) -o \( -path '*/src/test' -prune \) -o \( -type f \( -name '*.java' -o -name pom.xml \
        -o -path '*/src/main/resources/*' \) \( -newer "$cli" -o -newer "$bench" \) -print \) | head -n 1 || true)"
    # (|| true: with pipefail, find stopped by head's early exit failed the assignment, and set -e ended the
    # calling script silently exactly when the jars needed building)
    [ -z "$newer" ] && return 0
  fi
  echo "benchmarks: building the command-line jar and benchmarks.jar (missing or older than the sources)..." >&2
  (cd "$here" && mvn -B -ntp -q -Dmaven.javadoc.skip=true -DskipTests -pl pln-cli,benchmarks -am package) >&2
  # Maven leaves a jar as it was when none of its classes changed; the next script would build again.
  touch "$cli" "$bench"
}
