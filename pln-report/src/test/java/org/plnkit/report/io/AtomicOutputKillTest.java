package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a write leaves the old file whole. */
class AtomicOutputKillTest {
    @Test
    void aKilledWriterLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("district.xlsx");
        Files.writeString(target, "the old, complete file");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
        try {
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
        } finally {
            p.destroyForcibly(); // SIGKILL on Linux: no finally blocks, no shutdown hooks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals("the old, complete file", Files.readString(target));
    }
}
