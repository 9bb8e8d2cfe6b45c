#!/bin/bash
# `pln cohort` against the pandas/openpyxl/NetworkX reference pipeline, one after the other, on /tmp/c1000 and
# /tmp/c5000 (made by bench-cohort.sh). Needs python3-pandas, python3-openpyxl, python3-networkx.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
J=$here/pln-cli/target/pln-cli-0.1.0-SNAPSHOT-cli.jar
P="-Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"
for n in 1000 5000; do
  echo "== $n, load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "python wall %e s, peak RSS %M KB, CPU %P" /usr/bin/python3 $here/benchmarks/cohort/reference_pipeline.py /tmp/c$n/cohort.xlsx /tmp/ref$n.xlsx 2>&1 | grep -E "total|wall|median"
  echo "   load $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf /tmp/cmp$n
  /usr/bin/time -f "pln cohort wall %e s, peak RSS %M KB, CPU %P" java -Xmx1g $P -jar $J cohort /tmp/c$n/cohort.xlsx --out /tmp/cmp$n 2>&1 | grep -E "wall|median"
  echo "   load $(cut -d' ' -f1-3 /proc/loadavg)"
done
