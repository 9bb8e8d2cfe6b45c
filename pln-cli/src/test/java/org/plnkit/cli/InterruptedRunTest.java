package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of {@code pln cohort --per-participant --show-names}: the JVM's orderly shutdown (here
 * SIGTERM, which takes the same path as SIGINT and cannot be ignored by a background test run) leaves no temporary
 * file in the output folder, no POI scratch file (sheets as they were being written, with names) in the temp folder,
 * and every output under its final name whole.
 */
class InterruptedRunTest {
    @Test
    void anInterruptedCohortRunLeavesNoTemporaryFileAnywhere(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "-cp", classPath(),
                PlnCommand.class.getName(), "cohort", "../samples/lakeside-district.xlsx", "--out", out.toString(),
                "--per-participant", "--show-names", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        boolean caught = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!caught && p.isAlive() && System.nanoTime() < deadline) {
                // stopped while POI streams the district workbook's sheets through its scratch files
                caught = scratch(out, tmp).stream().anyMatch(f -> f.getFileName().toString().startsWith("poi-"));
                if (!caught) {
                    Thread.sleep(2);
                }
            }
        } finally {
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run stops");
        }
        assertTrue(caught, "the run was stopped while it was writing the district workbook: " + Files.readString(dir.resolve("log")));
        assertEquals(List.of(), scratch(out, tmp), "nothing half-written is left");
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                try (ZipFile z = new ZipFile(f.toFile())) {
                    assertTrue(z.size() > 0, f + " is whole");
                }
            }
        }
    }

    /** Temporary files of the outputs ({@code .NAME.x.tmp}) and POI's scratch files of the district workbook. */
    private static List<Path> scratch(Path out, Path tmp) {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(out, tmp)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(f -> {
                    String n = f.getFileName().toString();
                    return n.endsWith(".tmp") || n.startsWith("poi-");
                }).forEach(found::add);
            } catch (IOException | UncheckedIOException e) {
                // a file went away while the folder was read: look again next time
            }
        }
        return found;
    }

    /** The test's class path with absolute entries. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
