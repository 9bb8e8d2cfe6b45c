package org.plnkit.benchmarks.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.map.CategoryPalette;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMapRenderer;
import org.plnkit.report.map.Theme;

/**
 * Compares, in one run, the map renderer with Graphviz drawing the same graph from DOT ({@code neato -Tpng} and
 * {@code -Tsvg}: layout plus drawing, in a new process each time, as a command-line user would run it). Prints a
 * Markdown table for docs/performance.md.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.map.MapVsGraphviz [runs]</pre>
 */
public final class MapVsGraphviz {
    private MapVsGraphviz() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        MapOptions options = MapOptions.defaults(SyntheticPln.AS_OF);
        PlnMapRenderer renderer = new PlnMapRenderer(options);
        Path dir = Files.createTempDirectory("pln-map-bench");

        long t0 = System.nanoTime();
        renderer.render(SyntheticPln.of(40, 42), Format.PNG);
        double firstPng = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        renderer.render(SyntheticPln.of(40, 42), Format.SVG);
        double firstSvg = (System.nanoTime() - t0) / 1e6;

        System.out.println("| connections | PLN Toolkit PNG | PLN Toolkit SVG | neato -Tpng | neato -Tsvg |"
                + " PNG size (ours / neato) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int n : new int[] {40, 150}) {
            Pln pln = SyntheticPln.of(n, 42);
            for (int i = 0; i < 15; i++) {   // warm-up
                renderer.render(pln, Format.PNG);
                renderer.render(pln, Format.SVG);
            }
            double[] png = new double[runs];
            double[] svg = new double[runs];
            byte[] ours = null;
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                ours = renderer.render(pln, Format.PNG);
                png[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                renderer.render(pln, Format.SVG);
                svg[i] = (System.nanoTime() - s) / 1e6;
            }
            Path dot = dir.resolve("pln-" + n + ".dot");
            Files.writeString(dot, dot(pln, options.taxonomy()), StandardCharsets.UTF_8);
            Path out = dir.resolve("pln-" + n + ".png");
            neato(dot, "-Tpng", out);   // warm the file cache
            double[] gvPng = new double[runs];
            double[] gvSvg = new double[runs];
            for (int i = 0; i < runs; i++) {
                gvPng[i] = neato(dot, "-Tpng", out);
                gvSvg[i] = neato(dot, "-Tsvg", dir.resolve("pln-" + n + ".svg"));
            }
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s | %d kB / %d kB |%n", n, stats(png), stats(svg),
                    stats(gvPng), stats(gvSvg), ours.length / 1024, Files.size(out) / 1024);
        }
        System.out.printf(Locale.ROOT, "%nFirst render in a fresh JVM (40 connections): PNG %.0f ms, then SVG %.0f ms."
                + "%nTimes are median (90th percentile) of %d runs, in ms.%n", firstPng, firstSvg, runs);
    }

    private static double neato(Path dot, String format, Path out) throws IOException, InterruptedException {
        return Timing.neato(dot, format, out, Long.MAX_VALUE);
    }

    private static String stats(double[] ms) {
        return String.format(Locale.ROOT, "%.0f (%.0f)", Timing.median(ms), Timing.p90(ms));
    }

    /** The same graph as the map: the participant, each connection styled alike, ties and links. */
    static String dot(Pln pln, Taxonomy taxonomy) {
        StringBuilder b = new StringBuilder("graph pln {\n  overlap=false; splines=false; size=\"16,12\"; dpi=100;\n"
                + "  node [style=filled, fontname=\"DejaVu Sans\", fontsize=11];\n"
                + "  ego [label=\"" + esc(pln.participant().displayName()) + "\", shape=circle, width=1,"
                + " fillcolor=\"#2F3542\", fontcolor=white];\n");
        Map<String, String> ids = new HashMap<>();
        List<Connection> cs = pln.connections();
        for (int i = 0; i < cs.size(); i++) {
            Connection c = cs.get(i);
            ids.put(c.id(), "n" + i);
            String shape = switch (c.kind()) {
                case PERSON -> "circle";
                case ORGANIZATION -> "box";
                case RESOURCE -> "diamond";
            };
            double w = 0.2 + 0.05 * c.value().orElse(1);
            b.append(String.format(Locale.ROOT, "  n%d [label=\"%s\", shape=%s, width=%.2f, fixedsize=false,"
                    + " fillcolor=\"%s\"];%n", i, esc(c.name()), shape, w,
                    CategoryPalette.hex(CategoryPalette.fill(taxonomy, c.category(), Theme.LIGHT))));
            int f = c.frequency().map(Enum::ordinal).orElse(5);
            b.append(String.format(Locale.ROOT, "  ego -- n%d [penwidth=%.1f];%n", i, 5.5 - f * 0.9));
        }
        for (Link l : pln.links()) {
            b.append("  ").append(ids.get(l.from())).append(" -- ").append(ids.get(l.to()))
                    .append(" [color=gray];\n");
        }
        return b.append("}\n").toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
