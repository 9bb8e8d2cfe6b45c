package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a write leaves the old file whole; an interrupted run (Ctrl-C, {@code kill}: the JVM's
 * orderly shutdown) also leaves no temporary file behind.
 */
class AtomicOutputKillTest {
    @Test
    void aKilledWriterLeavesTheOldFile(@TempDir Path dir) throws Exception {
        // SIGKILL on Linux: no finally blocks, no shutdown hooks
        Path target = stopInTheMiddle(dir, Process::destroyForcibly);
        assertEquals("the old, complete file", Files.readString(target));
    }

    @Test
    void anInterruptedWriterLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        // SIGTERM on Linux: the orderly shutdown Ctrl-C (SIGINT) starts too, shutdown hooks run
        Path target = stopInTheMiddle(dir, Process::destroy);
        assertEquals("the old, complete file", Files.readString(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("district.xlsx"), s.map(f -> f.getFileName().toString()).sorted().toList(),
                    "the temporary file is removed when the run is interrupted");
        }
    }

    /** Starts a writer replacing an existing file, stops it in the middle of the write; the file it was replacing. */
    private static Path stopInTheMiddle(Path dir, java.util.function.Consumer<Process> stop) throws Exception {
        Path target = dir.resolve("district.xlsx");
        Files.writeString(target, "the old, complete file");
        Process p = startWriting(target);
        try {
            waitUntilWellUnderWay(dir);
        } finally {
            stop.accept(p);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        return target;
    }

    private static Process startWriting(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
    }

    private static void waitUntilWellUnderWay(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Path tmp = null;
        while (tmp == null && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(dir)) {
                tmp = s.filter(f -> f.getFileName().toString().endsWith(".tmp")).findFirst().orElse(null);
            }
            Thread.sleep(20);
        }
        assertTrue(tmp != null, "the writer started writing its temporary file");
        while (Files.size(tmp) < 64 * 1024 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.size(tmp) >= 64 * 1024, "the write is well under way");
    }
}
