package org.plnkit.report.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file atomically: the content goes to a temporary file in the same folder, which is then
 * moved over the target in one step. An interrupted run leaves the old file or the new one, never a truncated
 * one. An existing file is replaced only when {@code overwrite} is true.
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("out/map.png"), false, out -> out.write(pngBytes));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AtomicOutput {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * Writes {@code target} atomically, creating its folder when needed.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        if (!overwrite && Files.exists(abs)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists; use --force to replace it");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes bytes atomically. */
    public static void write(Path target, boolean overwrite, byte[] bytes) throws IOException {
        write(target, overwrite, out -> out.write(bytes));
    }
}
