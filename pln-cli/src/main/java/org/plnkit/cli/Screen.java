package org.plnkit.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed, so that a reader who stops reading ({@code pln validate x |
 * head}) is told apart from output that is lost (a full disk, a closed descriptor). A {@link PrintStream} only says
 * that something failed ({@link PrintStream#checkError()}); this stream records the system's reason first.
 *
 * <p>What a user expects, as with {@code cat} or {@code grep}: when the reader of a pipe has closed it, the rest of
 * the output is not wanted, so the tool says nothing more and exits with the code its work earned (1 when the input
 * has errors, else 0). Output that could not be written anywhere else is a failure ({@link PlnCommand#checkScreen}).
 */
final class Screen extends FilterOutputStream {
    private static volatile boolean pipeClosed;

    Screen(OutputStream out) {
        super(out);
    }

    /**
     * Standard output of this process, recording a closed pipe; buffered, flushed and encoded as the JVM's own
     * {@code System.out} is, so that nothing else about the output changes.
     */
    static PrintStream standardOutput() {
        String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset cs = Charset.defaultCharset();
        try {
            cs = enc == null ? cs : Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            // an unknown name: the default, as the JVM does
        }
        return new PrintStream(new BufferedOutputStream(new Screen(new FileOutputStream(FileDescriptor.out)), 8192),
                true, cs);
    }

    /** Whether a write to standard output failed because its reader closed the pipe. */
    static boolean pipeClosed() {
        return pipeClosed;
    }

    /** Whether the system's reason for a failed write says the reading end of a pipe is gone (Linux, macOS, Windows). */
    static boolean isClosedPipe(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended");
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            record(e);
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            record(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            record(e);
            throw e;
        }
    }

    private static void record(IOException e) {
        if (isClosedPipe(e)) {
            pipeClosed = true;
        }
    }
}
