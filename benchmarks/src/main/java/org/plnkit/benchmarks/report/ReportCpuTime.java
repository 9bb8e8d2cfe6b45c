package org.plnkit.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.benchmarks.map.SyntheticPln;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.workbook.AssessmentWorkbook;

/**
 * The CPU time one thread spends per workbook (the map picture drawn once beforehand), for a synthetic PLN of 15, 40
 * and 400 connections: a cross-check of {@link ReportBenchmark} on a shared machine, where wall-clock throughput
 * drops when other processes take the cores and thread CPU time much less.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.report.ReportCpuTime
 * }</pre>
 */
public final class ReportCpuTime {
    private ReportCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int n : new int[] {15, 40, 400}) {
            Pln pln = SyntheticPln.of(n, 42);
            ParticipantReport r = ParticipantReport.of(pln, AssessmentOptions.asOf(SyntheticPln.AS_OF), false);
            byte[] png = PlnMap.render(r.pln(), r.mapOptions(), Format.PNG);
            AssessmentWorkbook w = new AssessmentWorkbook(r.taxonomy());
            Supplier<byte[]> withMap = () -> w.bytes(r.pln(), r.assessment(), Optional.of(png));
            Supplier<byte[]> withoutMap = () -> w.bytes(r.pln(), r.assessment(), Optional.empty());
            run(withMap, 5_000_000_000L); // warm up
            for (int round = 1; round <= 3; round++) {
                for (boolean map : new boolean[] {true, false}) {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    int count = run(map ? withMap : withoutMap, 2_000_000_000L);
                    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / count;
                    double wall = (System.nanoTime() - wall0) / 1e6 / count;
                    System.out.printf(Locale.ROOT, "%3d connections, %-11s round %d: %6.1f ms CPU, %6.1f ms wall per"
                            + " workbook (%d workbooks)%n", n, map ? "with map," : "without map,", round, cpu, wall,
                            count);
                }
            }
        }
    }

    private static int run(Supplier<byte[]> workbook, long nanos) {
        int count = 0;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            if (workbook.get().length == 0) {
                throw new AssertionError();
            }
            count++;
        }
        return count;
    }
}
