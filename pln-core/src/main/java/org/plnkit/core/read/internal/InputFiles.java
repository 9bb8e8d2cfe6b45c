package org.plnkit.core.read.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * What every reader checks before it opens an input: that it is a regular file. A named pipe (FIFO), a device or
 * a socket would make the reader wait forever (or read without end), so it is refused in words before it is
 * opened. Also the reasons a file cannot be read, in plain words rather than a bare path.
 *
 * <pre>{@code
 * InputFiles.refusal(Path.of("cohort.xlsx"))   // Optional[it is a named pipe (FIFO) or a device, not a file; …]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Why {@code file} cannot be read as an input file, in plain words; empty when it is a regular file. */
    public static Optional<String> refusal(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class); // follows links, never opens the file
        } catch (NoSuchFileException e) {
            return Optional.of("no such file");
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
        if (a.isRegularFile()) {
            return Optional.empty();
        }
        if (a.isDirectory()) {
            return Optional.of("it is a folder, not a file");
        }
        return Optional.of("it is a named pipe (FIFO), a device or a socket, not a file; pln reads only regular"
                + " files (save the data to a file and give that)");
    }

    /** Throws, with the plain reason as the message, when {@code file} is not a regular file. */
    public static void requireRegular(Path file) throws IOException {
        Optional<String> why = refusal(file);
        if (why.isPresent()) {
            if (why.get().equals("no such file")) {
                throw new NoSuchFileException(file.toString());
            }
            throw new IOException(why.get());
        }
    }

    /** Why a file could not be read, in plain words (never only the path, never a class name). */
    public static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            return "permission denied (the file is not readable for you)";
        }
        if (lower.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        if (lower.contains("input/output error")) {
            return "the disk reported an error while reading (input/output error)";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return m.isBlank() ? "the system refused to read it" : Text.firstLine(m);
    }
}
