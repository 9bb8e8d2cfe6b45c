package org.plnkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.core.model.Pln;

/**
 * The CPU time one thread spends per assessment, for 40 and 400 connections (the PLNs of
 * {@link AssessmentBenchmark}). A cross-check of the JMH throughput on a shared machine: wall-clock throughput drops
 * when other processes take the cores, thread CPU time much less.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.AssessmentCpuTime
 * }</pre>
 */
public final class AssessmentCpuTime {
    private AssessmentCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assessor assessor = new Assessor(AssessmentOptions.asOf(LocalDate.of(2026, 11, 1)));
        for (int n : new int[] {40, 400}) {
            Pln pln = AssessmentBenchmark.syntheticPln(n, 42L);
            run(assessor, pln, 3_000_000_000L); // warm up
            for (int round = 1; round <= 3; round++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                int count = run(assessor, pln, 2_000_000_000L);
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / count;
                double wall = (System.nanoTime() - wall0) / 1000.0 / count;
                System.out.printf(Locale.ROOT, "%3d connections, round %d: %8.1f us CPU, %8.1f us wall per assessment"
                        + " (%d assessments)%n", n, round, cpu, wall, count);
            }
        }
    }

    private static int run(Assessor assessor, Pln pln, long nanos) {
        int count = 0;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            if (assessor.assess(pln).connectionCount() < 0) {
                throw new AssertionError();
            }
            count++;
        }
        return count;
    }
}
