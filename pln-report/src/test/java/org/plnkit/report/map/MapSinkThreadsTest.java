package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.read.CohortReader;

/**
 * Maps are drawn without a lock (see {@link MapSink}): participants' maps (PNG into each thread's canvas, and SVG)
 * and cohort maps drawn on many threads at once give the bytes the same maps give drawn one at a time.
 */
class MapSinkThreadsTest {
    private static final int THREADS = 6;

    @Test
    void mapsDrawnOnManyThreadsAtOnceAreTheMapsDrawnOneAtATime() throws Exception {
        List<Supplier<byte[]>> maps = maps();

        // together first: if no map has been drawn yet in this JVM, the threads race to draw the first
        List<byte[]> together = drawTogether(maps, 3);
        List<byte[]> alone = new ArrayList<>();
        for (Supplier<byte[]> map : maps) {
            alone.add(map.get());
        }

        assertEquals(maps.size() * 3, together.size());
        for (int i = 0; i < together.size(); i++) {
            assertArrayEquals(alone.get(i % maps.size()), together.get(i), "map " + i % maps.size());
        }
    }

    /** Participants' maps of many sizes, both themes, PNG and SVG, and the sample district's cohort map. */
    private static List<Supplier<byte[]>> maps() {
        List<Supplier<byte[]>> maps = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            int seed = i;
            MapOptions.Builder options = Fixtures.options();
            if (i % 3 == 1) {
                options.theme(Theme.DARK);
            }
            if (i % 4 == 2) {
                options.anonymize(true).size(900, 700);
            }
            MapOptions o = options.build();
            int n = 3 + 9 * i % 55;
            maps.add(() -> PlnMap.drawing(Fixtures.synthetic(n, seed), o).png());
            maps.add(() -> PlnMap.drawing(Fixtures.synthetic(n, seed), o).svg());
        }
        maps.add(() -> PlnMap.render(Fixtures.maria(), Fixtures.options().scale(2).build(), Format.PNG));
        maps.add(() -> PlnMap.render(Fixtures.overReliant(), Fixtures.options().build(), Format.SVG));

        Cohort lakeside = CohortReader.read(Path.of("../samples/lakeside-district.xlsx")).value().orElseThrow();
        CohortAnalysis a = CohortAnalyzer.analyze(lakeside,
                CohortOptions.defaults().withFallbackAsOf(LocalDate.of(2026, 11, 1)));
        CohortLabels names = CohortLabels.anonymous(a);
        for (CohortMapOptions.GroupBy by : CohortMapOptions.GroupBy.values()) {
            CohortMapOptions o = CohortMapOptions.builder("Lakeside", "2026-11-01").groupBy(by).build();
            maps.add(() -> CohortMap.render(a, names, o, Format.PNG));
            maps.add(() -> CohortMap.render(a, names, o, Format.SVG));
        }
        return maps;
    }

    /** Each map {@code rounds} times, in a shuffled order, on {@link #THREADS} threads started together. */
    private static List<byte[]> drawTogether(List<Supplier<byte[]>> maps, int rounds) throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < maps.size() * rounds; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(17));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<byte[]>> drawn = new ArrayList<>(Collections.nCopies(order.size(), null));
            for (int i : order) {
                drawn.set(i, pool.submit(() -> {
                    start.await();
                    return maps.get(i % maps.size()).get();
                }));
            }
            start.countDown();
            List<byte[]> out = new ArrayList<>();
            for (Future<byte[]> f : drawn) {
                out.add(f.get(5, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
