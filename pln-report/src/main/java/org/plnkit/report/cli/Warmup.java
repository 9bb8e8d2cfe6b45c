package org.plnkit.report.cli;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortJson;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.district.DistrictInput;
import org.plnkit.report.district.DistrictWorkbook;
import org.plnkit.report.map.CohortMap;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.map.Format;

/**
 * Loads and compiles the code of the later steps while the cohort is being read: reading a workbook keeps one core
 * busy, and on a machine with two or more the other would wait. A small made-up cohort is analysed, written as a
 * district workbook, a map and JSON (all thrown away), then made-up PLNs are assessed until the read is over. Nothing
 * it does reaches an output; it stops as soon as it is told to.
 */
final class Warmup implements Runnable {
    private volatile boolean stop;
    private final Thread thread;

    private Warmup() {
        thread = new Thread(this, "pln-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts warming up in the background. */
    static Warmup start() {
        Warmup w = new Warmup();
        w.thread.start();
        return w;
    }

    /** Asks the warm-up to stop, and waits (briefly) for it. */
    void stop() {
        stop = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        try {
            Cohort c = cohort(24, 0);
            CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults());
            if (stop) {
                return;
            }
            CohortLabels labels = CohortLabels.anonymous(a);
            new DistrictWorkbook().write(a, labels, DistrictInput.of("warm-up", "2026-01-01"),
                    OutputStream.nullOutputStream());
            if (stop) {
                return;
            }
            CohortMapOptions mo = CohortMapOptions.builder("warm-up", "2026-01-01").size(800, 600).build();
            CohortMap.render(a, labels, mo, Format.PNG, OutputStream.nullOutputStream());
            CohortMap.render(a, labels, mo, Format.SVG, OutputStream.nullOutputStream());
            CohortJson.write(a, labels, OutputStream.nullOutputStream());
            for (int round = 1; round < 40 && !stop; round++) {
                CohortAnalyzer.analyze(cohort(100, round), CohortOptions.defaults());
            }
        } catch (RuntimeException | java.io.IOException | LinkageError e) {
            // a warm-up that fails costs nothing but time: the real run reports its own problems
        }
    }

    /** n made-up participants with 30 connections each, from pools that overlap. */
    private static Cohort cohort(int n, int seed) {
        List<String> cats = Taxonomy.defaults().ids();
        Frequency[] fs = Frequency.values();
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Connection> cs = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                int item = (i * 7 + k * 13 + seed) % 90;
                Kind kind = item % 3 == 0 ? Kind.PERSON : item % 3 == 1 ? Kind.ORGANIZATION : Kind.RESOURCE;
                String name = "Item " + item + (kind == Kind.PERSON ? " " + i : "");
                Connection.Builder b = Connection.builder("c" + k, name, kind, cats.get(item % cats.size()))
                        .frequency(fs[(i + k) % fs.length]).value(1 + (i + k) % 5)
                        .topics(List.of("topic " + (k % 6))).lastContact(LocalDate.of(2026, 1 + k % 9, 1 + i % 27));
                if (kind != Kind.PERSON) {
                    b.url("item" + item + ".example.org");
                }
                cs.add(b.build());
            }
            plns.add(new Pln(new Participant("p" + i, "Person " + i, Optional.of("Role " + i % 3),
                    Optional.of("School " + i % 4), List.of("topic 1", "topic 7"), Optional.empty(),
                    Optional.of(LocalDate.of(2026, 11, 1))), cs, List.of()));
        }
        return new Cohort(plns);
    }
}
