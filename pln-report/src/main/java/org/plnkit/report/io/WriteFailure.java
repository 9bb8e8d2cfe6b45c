package org.plnkit.report.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file that could not be written, said in plain words: what could not be written and why ("the disk is full",
 * "the folder is read-only", "a part of the path is a file, not a folder"). Its message is one sentence meant for
 * the screen, never a bare path or a Java class name.
 *
 * <pre>{@code
 * catch (IOException e) {
 *     System.err.println("pln: " + WriteFailure.of(target, e).getMessage());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;
    private final String reason;

    public WriteFailure(Path target, String reason) {
        super("cannot write " + target + ": " + reason);
        this.target = target;
        this.reason = reason;
    }

    public WriteFailure(Path target, String reason, Throwable cause) {
        this(target, reason);
        initCause(cause);
    }

    /** The file that could not be written. */
    public Path target() {
        return target;
    }

    /** Why, in plain words. */
    public String reason() {
        return reason;
    }

    /** {@code e} as a write failure of {@code target} (itself when it already is one). */
    public static WriteFailure of(Path target, IOException e) {
        if (e instanceof WriteFailure w) {
            return w;
        }
        return new WriteFailure(target, reason(e), e);
    }

    /** Why a write failed, in plain words, from what the operating system said. */
    public static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : m;
        String all = (m + " " + r).toLowerCase(Locale.ROOT);
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        if (all.contains("no space left") || all.contains("disk quota") || all.contains("not enough space")) {
            String tmp = System.getProperty("java.io.tmpdir");
            if (file != null && tmp != null && file.startsWith(tmp)) {
                return "the temporary folder " + tmp + " is full (free some space there, or give another with"
                        + " JAVA_OPTS=-Djava.io.tmpdir=FOLDER)";
            }
            return "the disk is full (free some space, or write elsewhere)";
        }
        if (all.contains("read-only file system")) {
            return "the folder is on a read-only disk (write elsewhere)";
        }
        if (all.contains("file too large")) {
            return "the file is larger than this disk allows";
        }
        if (e instanceof NotDirectoryException || all.contains("not a directory")) {
            return "a part of the path" + named(file) + " is a file, not a folder";
        }
        if (all.contains("is a directory")) {
            return "it is a folder, not a file (give a file name)";
        }
        if (e instanceof AccessDeniedException || all.contains("permission denied")
                || all.contains("operation not permitted")) {
            return "permission denied" + named(file) + " (the folder is read-only or belongs to someone else)";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists and is not replaced";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder" + named(file) + " does not exist";
        }
        if (all.contains("broken pipe") || all.contains("stream closed") || all.contains("bad file descriptor")) {
            return "the output was closed before everything was written";
        }
        if (all.contains("input/output error")) {
            return "the disk reported an error (input/output error)";
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : m;
        return text == null || text.isBlank() || text.equals("null") ? "the system refused it" : text;
    }

    private static String named(String file) {
        return file == null ? "" : " (" + file + ")";
    }
}
