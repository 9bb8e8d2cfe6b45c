package org.plnkit.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.reflection.ReflectionDraft;
import org.plnkit.report.workbook.AssessmentWorkbook;

/**
 * Where the time of one participant's report goes in {@code pln cohort --per-participant}: the CPU time one thread
 * spends per participant on each part (assessment with the peer recommendations, PNG map, SVG map, workbook with
 * the picture, reflection draft, JSON), over the cohort's first participants, after a warm-up pass. The workbook
 * is also made without the picture, to show what the picture costs (not counted in the total).
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.report.ParticipantReportParts \
 *      /tmp/c1000/cohort.xlsx [participants]</pre>
 */
public final class ParticipantReportParts {
    private ParticipantReportParts() {
    }

    public static void main(String[] args) throws Exception {
        CohortSample sample = CohortSample.read(args, 100);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CohortAnalysis a = sample.analysis();
        List<Pln> plns = sample.plns();
        int n = plns.size();
        for (int round = 0; round < 3; round++) {
            Map<String, Long> cpu = new LinkedHashMap<>();
            long bytesPng = 0;
            for (Pln pln : plns) {
                long t = mx.getCurrentThreadCpuTime();
                ParticipantReport r = ParticipantReport.of(pln, a.participantOptions(pln), false);
                t = add(cpu, "assess (with peers)", t, mx);
                byte[] png = PlnMap.render(r.pln(), r.mapOptions(), Format.PNG);
                bytesPng += png.length;
                t = add(cpu, "map PNG", t, mx);
                PlnMap.render(r.pln(), r.mapOptions(), Format.SVG);
                t = add(cpu, "map SVG", t, mx);
                new AssessmentWorkbook(r.taxonomy()).bytes(r.pln(), r.assessment(), Optional.of(png));
                t = add(cpu, "workbook (with the PNG)", t, mx);
                new AssessmentWorkbook(r.taxonomy()).bytes(r.pln(), r.assessment(), Optional.empty());
                t = add(cpu, "(workbook without it)", t, mx);
                new ReflectionDraft(r.taxonomy()).markdown(r.pln(), r.assessment(),
                        new ReflectionDraft.MapFigure(Optional.of("map.png"), PlnMap.altText(r.pln(), r.mapOptions()),
                                Optional.of("workbook.xlsx")));
                t = add(cpu, "reflection + alt text", t, mx);
                AssessmentJson.toJson(r.assessment()).getBytes(StandardCharsets.UTF_8);
                add(cpu, "json", t, mx);
            }
            if (round == 0) {
                continue;   // warm-up
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "round %d, %d participants, PNG %.0f kB"
                    + " on average; CPU ms per participant:", round, n, bytesPng / 1024.0 / n));
            long total = 0;
            for (Map.Entry<String, Long> e : cpu.entrySet()) {
                b.append(String.format(Locale.ROOT, "%n  %-26s %7.1f", e.getKey(), e.getValue() / 1e6 / n));
                total += e.getKey().startsWith("(") ? 0 : e.getValue();
            }
            b.append(String.format(Locale.ROOT, "%n  %-26s %7.1f", "total", total / 1e6 / n));
            System.out.println(b);
        }
    }

    private static long add(Map<String, Long> cpu, String part, long since, ThreadMXBean mx) {
        long now = mx.getCurrentThreadCpuTime();
        cpu.merge(part, now - since, Long::sum);
        return now;
    }
}
