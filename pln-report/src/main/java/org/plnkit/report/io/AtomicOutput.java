package org.plnkit.report.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file atomically: the content goes to a temporary file in the same folder, which is then
 * moved over the target in one step. An interrupted run leaves the old file or the new one, never a truncated
 * one. The rules, each proved by {@code AtomicOutputTest} and the fault-injection suite {@code FullDiskTest}:
 * <ul>
 *   <li>The bytes reach the disk before the move: every write error is kept even when the content writer (a
 *       library) swallows it, then the file is flushed, forced to the disk ({@code fsync}) and its size compared
 *       with the bytes written. On any failure the temporary file is removed and the old file (or none) stays.</li>
 *   <li>Without {@code overwrite} the target is created new at the moment of the move (a hard link, which the
 *       system refuses when the name exists): of two overlapping runs one writes, the other gets
 *       {@link FileAlreadyExistsException}.</li>
 *   <li>A link is never written through: a target that is a symbolic link is refused, and
 *       {@link #writeInside} refuses a target outside its folder or under a link inside it.</li>
 *   <li>Failures are {@link WriteFailure}s: what could not be written and why, in plain words.</li>
 *   <li>An interrupted run (Ctrl-C, {@code kill}: the JVM's orderly shutdown, in which no {@code finally} block
 *       of a running write is reached) removes the temporary files of the writes under way, and a write that
 *       starts while the run stops makes none ({@link ScratchFiles}); only {@code kill -9} or a power cut can
 *       leave one ({@code AtomicOutputKillTest}).</li>
 * </ul>
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("out/map.png"), false, out -> out.write(pngBytes));
 * AtomicOutput.writeInside(Path.of("out"), Path.of("out/participants/t1/report.md"), true, out -> ...);
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
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false (also when another
     *     run created it while this one was working)
     * @throws WriteFailure when it could not be written, with the reason in plain words
     */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new WriteFailure(target, "a part of the path (" + e.getFile() + ") is a file, not a folder", e);
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
        commit(target, abs, overwrite, content);
    }

    /**
     * Writes {@code target}, which must lie inside {@code folder}, atomically as {@link #write}, creating the
     * folders between; no part of the path below {@code folder} may be a symbolic link (one planted inside an
     * output folder would send the file elsewhere), and the target itself is never a link.
     */
    public static void writeInside(Path folder, Path target, boolean overwrite, Content content) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path abs = target.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            throw new WriteFailure(target, "it is not inside the output folder " + folder);
        }
        try {
            Files.createDirectories(root);
        } catch (FileAlreadyExistsException e) {
            throw new WriteFailure(target, "the output folder " + folder + " is a file, not a folder", e);
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
        Path at = root;
        for (Path part : root.relativize(abs.getParent() == null ? root : abs.getParent())) {
            if (part.toString().isEmpty()) {
                continue;
            }
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new WriteFailure(target, at + " is a link inside the output folder; pln does not write"
                        + " through links (remove it)");
            }
            if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(at);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                        throw new WriteFailure(target, at + " is a file, not a folder", e);
                    }
                } catch (IOException e) {
                    throw WriteFailure.of(target, e);
                }
            }
        }
        commit(target, abs, overwrite, content);
    }

    /** Writes bytes atomically inside {@code folder} (see {@link #writeInside(Path, Path, boolean, Content)}). */
    public static void writeInside(Path folder, Path target, boolean overwrite, byte[] bytes) throws IOException {
        writeInside(folder, target, overwrite, out -> out.write(bytes));
    }

    /** Writes bytes atomically. */
    public static void write(Path target, boolean overwrite, byte[] bytes) throws IOException {
        write(target, overwrite, out -> out.write(bytes));
    }

    private static void commit(Path target, Path abs, boolean overwrite, Content content) throws IOException {
        if (Files.isSymbolicLink(abs)) {
            throw new WriteFailure(target, "it is a link; pln does not write through links (remove it, or give"
                    + " another name)");
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteFailure(target, "it is a folder, not a file (give a file name)");
        }
        if (!overwrite && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists and is not replaced");
        }
        Path dir = abs.getParent();
        Path tmp;
        try {
            tmp = ScratchFiles.RUN.create(() -> newTemporary(dir, abs.getFileName().toString()));
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
        try {
            long written;
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                Counting out = new Counting(Channels.newOutputStream(ch));
                try {
                    content.writeTo(out);
                    out.flush();
                } catch (IOException e) {
                    throw out.failure != null ? out.failure : e;
                }
                if (out.failure != null) {
                    // the content writer swallowed it (a PrintWriter, a library): the file is torn
                    throw out.failure;
                }
                ch.force(true);
                written = out.count;
            }
            long size = Files.size(tmp);
            if (size != written) {
                throw new WriteFailure(target, "only " + size + " of " + written + " bytes reached the disk");
            }
            move(target, tmp, abs, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        } finally {
            ScratchFiles.RUN.remove(tmp);   // its temporary name; a written output is under its own name by now
        }
    }

    private static void move(Path target, Path tmp, Path abs, boolean overwrite) throws IOException {
        if (!overwrite) {
            // create-new at the moment of the move: link(2) refuses an existing name atomically
            try {
                Files.createLink(abs, tmp);
                return;
            } catch (FileAlreadyExistsException e) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "already exists (written by another run meanwhile?) and is not replaced");
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileSystemException f && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "already exists (written by another run meanwhile?) and is not replaced");
                }
                // a file system without hard links: a move that does not replace
                Files.move(tmp, abs);
                return;
            }
        }
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts the bytes written and keeps the first failure, which a content writer may swallow. */
    private static final class Counting extends FilterOutputStream {
        long count;
        IOException failure;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
                count++;
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
                count += len;
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush(); // the channel is closed by its owner, after fsync
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * A new, empty temporary file beside the target, made with the permissions any new file gets in that folder
     * (the user's umask: usually readable by others, as a map for a blog post must be). {@code Files.createTempFile}
     * would make it readable by its owner only, and the move would pass that on to every report.
     */
    private static Path newTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(p);   // exclusive: never an existing file or a link someone placed there
            } catch (FileAlreadyExistsException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }
}
