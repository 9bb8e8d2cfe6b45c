package org.plnkit.benchmarks.cohort;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortJson;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;
import org.plnkit.report.district.DistrictInput;
import org.plnkit.report.district.DistrictWorkbook;
import org.plnkit.report.map.CohortMap;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.map.Format;

/**
 * The phases of {@code pln cohort} in one JVM, several times: the first run is what the command line sees (cold
 * JIT, class loading), the later ones show the steady cost. Outputs go to a null stream; phases run one after the
 * other (the command line draws the map beside the workbook).
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.cohort.CohortPhases \
 *      /tmp/c5000/cohort.xlsx [runs] [threads]</pre>
 */
public final class CohortPhases {
    private CohortPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        for (int run = 1; run <= runs; run++) {
            Map<String, Double> t = new LinkedHashMap<>();
            long s = System.nanoTime();
            CohortReading r = CohortReader.readDetailed(input, Taxonomy.defaults(), Limits.DEFAULT, false);
            Cohort c = r.result().value().orElseThrow();
            t.put("read", lap(s));
            s = System.nanoTime();
            CohortAnalysis a = new CohortAnalyzer(CohortOptions.defaults().withThreads(threads)
                    .withFallbackAsOf(LocalDate.of(2026, 11, 28))).analyze(c, (step, nanos) ->
                    t.put("  " + step, nanos / 1e9));
            t.put("analyse", lap(s));
            CohortLabels labels = CohortLabels.anonymous(a);
            s = System.nanoTime();
            new DistrictWorkbook().write(a, labels, new DistrictInput(input.toString(), "2026-11-28",
                    r.result().problems(), r.counts(), x -> x), OutputStream.nullOutputStream());
            t.put("workbook", lap(s));
            s = System.nanoTime();
            CohortMapOptions mo = CohortMapOptions.defaults("bench", "2026-11-28");
            CohortMap.render(a, labels, mo, Format.PNG, OutputStream.nullOutputStream());
            CohortMap.render(a, labels, mo, Format.SVG, OutputStream.nullOutputStream());
            t.put("map (png + svg)", lap(s));
            s = System.nanoTime();
            CohortJson.write(a, labels, OutputStream.nullOutputStream());
            t.put("json", lap(s));
            StringBuilder b = new StringBuilder("run " + run + ":");
            t.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%n  %-22s %6.2f s", k, v)));
            System.out.println(b);
        }
    }

    private static double lap(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
