# Shared by the benchmark scripts (sourced, not run): where the jars and gen-cohort are, the JVM properties every
# measured run uses, and the line that says which machine and when. Source it from a script under benchmarks/:
#   . "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# It sets: here (the repository root), cli (the command-line jar), bench (benchmarks.jar), gen (gen-cohort,
# GEN_COHORT overrides it), props (an array of -D options); and the functions machine and load.
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
