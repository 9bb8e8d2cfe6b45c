package org.plnkit.report.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system for fault injection: a tmpfs of a given size (a disk that fills) or mounted read-only,
 * made with {@code mount}. That needs root, which CI has; elsewhere the test is skipped and says why.
 *
 * <pre>{@code
 * try (SmallDisk disk = SmallDisk.of(dir, "64k", false)) { ... disk.path() ... }
 * }</pre>
 */
public final class SmallDisk implements AutoCloseable {
    private final Path path;

    private SmallDisk(Path path) {
        this.path = path;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "64k") at a new folder under {@code parent}, read-only if asked. */
    public static SmallDisk of(Path parent, String size, boolean readOnly) throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"),
                "fault injection with a small disk needs Linux (tmpfs)");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "fault injection with a small disk mounts a tmpfs, which needs root (CI runs as root); skipped");
        Path at = Files.createTempDirectory(parent, "disk");
        run("mount", "-t", "tmpfs", "-o", "size=" + size + (readOnly ? ",ro" : ""), "tmpfs", at.toString());
        return new SmallDisk(at);
    }

    /** Where the small disk is mounted. */
    public Path path() {
        return path;
    }

    /** Fills the disk up to the last byte with a file named {@code filler}. */
    public void fill() throws IOException {
        try (var out = Files.newOutputStream(path.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // full, as wanted
        }
    }

    @Override
    public void close() throws IOException {
        try {
            run("umount", "-l", path.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            Assumptions.abort(String.join(" ", command) + " failed (" + said.strip() + "); fault injection skipped");
        }
    }
}
