package org.plnkit.report.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine;

/**
 * Writes output files safely: never over an existing file unless {@code --force}, and atomically (a temporary
 * file in the same folder, then one rename), so that a reader never sees half a file and a failed run leaves the
 * old file as it was.
 */
final class Outputs {
    /** Writes the content of an output file. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Outputs() {
    }

    /** Refuses (as a usage error) to replace existing files without {@code --force}. */
    static void checkNew(CommandLine cmd, List<Path> targets, boolean force) {
        if (force) {
            return;
        }
        for (Path t : targets) {
            if (Files.exists(t)) {
                throw new CommandLine.ParameterException(cmd, t + " already exists; add --force to replace it");
            }
        }
    }

    /** Writes the file through a temporary file in the same folder and an atomic rename. */
    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + (dir == null ? "" : dir) + " does not exist");
        }
        Path tmp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
