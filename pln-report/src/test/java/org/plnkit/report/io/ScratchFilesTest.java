package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's scratch files: made and listed in one step, all removed when the run stops, none made after. */
class ScratchFilesTest {
    @TempDir
    Path dir;

    @Test
    void stoppingRemovesTheListedFilesAndRefusesNewOnes() throws IOException {
        ScratchFiles scratch = new ScratchFiles();
        Path kept = scratch.create(() -> Files.createTempFile(dir, "a", ".tmp"));
        Path done = scratch.create(() -> Files.createTempFile(dir, "b", ".tmp"));
        scratch.remove(done);
        assertFalse(Files.exists(done), "removed when its write is over");
        assertTrue(Files.exists(kept));

        scratch.stop();

        assertFalse(Files.exists(kept), "removed when the run stops");
        IOException refused = assertThrows(IOException.class,
                () -> scratch.create(() -> Files.createTempFile(dir, "c", ".tmp")));
        assertEquals("the run is stopping", refused.getMessage());
        assertEquals(List.of(), files(), "nothing is made once the run stops");
    }

    @Test
    void writersThatGoOnWhileTheRunStopsLeaveNothingBehind() throws Exception {
        // the JVM does not stop a run's threads while its shutdown hooks run: four writers keep making files (and
        // some finish theirs) while the run stops; whatever moment the stop comes, no file is left
        for (int round = 0; round < 20; round++) {
            Path folder = Files.createDirectory(dir.resolve("round" + round));
            ScratchFiles scratch = new ScratchFiles();
            AtomicInteger made = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(4);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Thread t = new Thread(() -> {
                    started.countDown();
                    try {
                        for (int i = 0; ; i++) {
                            Path p = scratch.create(() -> Files.createTempFile(folder, "w", ".tmp"));
                            made.incrementAndGet();
                            if (i % 3 == 0) {
                                scratch.remove(p);
                            }
                        }
                    } catch (IOException refused) {
                        // the run is stopping: this writer stops too
                    }
                });
                t.start();
                writers.add(t);
            }
            started.await();
            Thread.sleep(round % 5);
            scratch.stop();
            for (Thread t : writers) {
                t.join(10_000);
                assertFalse(t.isAlive(), "every writer is refused once the run stops");
            }
            assertTrue(made.get() > 0);
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(), left.toList(), "round " + round + ": " + made + " files made");
            }
        }
    }

    @Test
    void poiScratchFilesAreMadeByPoisStrategyForTheJvmAndRemovedWhenTheWorkbookIsWritten() throws IOException {
        // an embedding program that sends POI's scratch files to a folder of its own keeps them there
        Path own = Files.createDirectory(dir.resolve("own"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(own.toFile()));
        try (ScratchFiles.PoiScratch scratch = new ScratchFiles.PoiScratch()) {
            Path sheet = TempFile.withStrategy(scratch, () -> {
                try {
                    return TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(own, sheet.getParent());
            assertTrue(Files.isRegularFile(sheet));
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertEquals(List.of(), files(), "none left once the workbook is written");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
