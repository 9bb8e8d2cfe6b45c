package org.plnkit.benchmarks.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Kind;
import org.plnkit.core.read.CohortReader;
import org.plnkit.report.map.CohortMap;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.map.Format;

/**
 * The cohort map at 500 and 5,000 participants (or any cohorts given), compared in the same run with Graphviz
 * ({@code neato -Tpng}, a new process, layout included) drawing the same graph from DOT: every participant, the 25
 * most shared organizations and resources, and an edge from each participant to each of those they name. Prints a
 * Markdown table for docs/performance.md.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.map.CohortMapVsGraphviz \
 *      /tmp/c500/cohort.xlsx /tmp/c5000/cohort.xlsx [runs] [neato timeout in s]</pre>
 */
public final class CohortMapVsGraphviz {
    private CohortMapVsGraphviz() {
    }

    public static void main(String[] args) throws Exception {
        List<String> cohorts = Arrays.stream(args).filter(a -> a.endsWith(".xlsx") || Files.isDirectory(Path.of(a)))
                .toList();
        List<String> numbers = Arrays.stream(args).filter(a -> a.matches("\\d+")).toList();
        int runs = numbers.isEmpty() ? 5 : Integer.parseInt(numbers.get(0));
        int timeout = numbers.size() < 2 ? 600 : Integer.parseInt(numbers.get(1));
        Path dir = Files.createTempDirectory("pln-cohort-map-bench");
        System.out.println("| participants | first PNG (fresh JVM) | PNG | SVG | neato -Tpng (same graph) |"
                + " PNG size (ours / neato) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (String c : cohorts) {
            Cohort cohort = CohortReader.read(Path.of(c)).value().orElseThrow();
            CohortAnalysis a = CohortAnalyzer.analyze(cohort, CohortOptions.defaults().withThreads(2)
                    .withFallbackAsOf(LocalDate.of(2026, 11, 28)));
            CohortLabels labels = CohortLabels.anonymous(a);
            CohortMapOptions o = CohortMapOptions.defaults("bench", "2026-11-28");
            long t0 = System.nanoTime();
            byte[] png = CohortMap.render(a, labels, o, Format.PNG);
            double first = (System.nanoTime() - t0) / 1e6;
            for (int i = 0; i < 2; i++) {
                CohortMap.render(a, labels, o, Format.PNG);
                CohortMap.render(a, labels, o, Format.SVG);
            }
            double[] pngMs = new double[runs];
            double[] svgMs = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                png = CohortMap.render(a, labels, o, Format.PNG);
                pngMs[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                CohortMap.render(a, labels, o, Format.SVG);
                svgMs[i] = (System.nanoTime() - s) / 1e6;
            }
            Path dot = dir.resolve("cohort-" + a.size() + ".dot");
            Files.writeString(dot, dot(a), StandardCharsets.UTF_8);
            Path out = dir.resolve("cohort-" + a.size() + ".png");
            double gv = Timing.neato(dot, "-Tpng", out, timeout);
            System.out.printf(Locale.ROOT, "| %,d | %.0f ms | %s | %s | %s | %d kB / %s |%n", a.size(), first,
                    median(pngMs), median(svgMs), gv < 0 ? "stopped after " + timeout + " s"
                            : String.format(Locale.ROOT, "%.1f s", gv / 1000), png.length / 1024,
                    gv < 0 ? "-" : Files.size(out) / 1024 + " kB");
        }
        System.out.printf(Locale.ROOT, "%nPNG and SVG: median of %d renders in a warm JVM (after 3), in ms; the "
                + "analysis is not included.%n", runs);
    }

    /** The graph the map stands for: participants, the 25 most shared, who names which. */
    static String dot(CohortAnalysis a) {
        StringBuilder b = new StringBuilder("graph cohort {\n  overlap=false; splines=false; size=\"16,12\"; "
                + "dpi=100; outputorder=edgesfirst;\n  node [style=filled, fontname=\"DejaVu Sans\", fontsize=10,"
                + " label=\"\", width=0.08, shape=circle, fillcolor=\"#0072B2\", color=white];\n"
                + "  edge [color=\"#5A627040\"];\n");
        for (int i = 0; i < a.size(); i++) {
            b.append("  p").append(i).append(";\n");
        }
        List<SharedResource> top = a.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON).limit(25)
                .toList();
        for (SharedResource r : top) {
            b.append(String.format(Locale.ROOT, "  r%d [label=\"%s\", shape=%s, width=%.2f, fillcolor=\"#2F3542\","
                    + " fontcolor=white];%n", r.node(), r.name().replace("\"", "\\\""),
                    r.kind() == Kind.ORGANIZATION ? "box" : "diamond", 0.2 + 0.6 * r.share()));
            for (int p : a.graph().participantsOf(r.node())) {
                b.append("  p").append(p).append(" -- r").append(r.node()).append(";\n");
            }
        }
        return b.append("}\n").toString();
    }

    private static String median(double[] ms) {
        return String.format(Locale.ROOT, "%.0f ms", Timing.median(ms));
    }
}
