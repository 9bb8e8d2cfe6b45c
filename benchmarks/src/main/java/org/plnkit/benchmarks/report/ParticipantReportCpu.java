package org.plnkit.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.ReportFormat;

/**
 * The CPU time one thread spends on a participant's whole report ({@link ReportBundle#render}, every format, the maps
 * drawn on the same thread as {@code pln cohort --per-participant} does), per participant, round after round in one
 * JVM: the first round is the warm-up. Compare two builds one right after the other; the load is printed.
 *
 * <pre>java -Xmx1g -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar \
 *      org.plnkit.benchmarks.report.ParticipantReportCpu /tmp/pln-bench/200/cohort.xlsx 60 4</pre>
 */
public final class ParticipantReportCpu {
    private ParticipantReportCpu() {
    }

    public static void main(String[] args) throws Exception {
        CohortSample sample = CohortSample.read(args, 60);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CohortAnalysis a = sample.analysis();
        List<Pln> plns = sample.plns();
        int n = plns.size();
        long bytes = 0;   // what the reports weigh, so that a change that drops a file shows
        for (int r = 0; r < rounds; r++) {
            long t = mx.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            for (Pln p : plns) {
                if (p.connections().isEmpty()) {
                    continue;   // no report, as in the bulk run
                }
                for (ReportBundle.ReportFile f : ReportBundle.render(ParticipantReport.of(p, a.participantOptions(p),
                        false), EnumSet.allOf(ReportFormat.class), Runnable::run)) {
                    bytes += f.bytes().length;
                }
            }
            System.out.printf(Locale.ROOT, "round %d: %.1f ms CPU per report (%.1f ms wall), %d kB; load %s%n", r,
                    (mx.getCurrentThreadCpuTime() - t) / 1e6 / n, (System.nanoTime() - w) / 1e6 / n, bytes / 1024 / n,
                    load());
            bytes = 0;
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
