package org.plnkit.report.district;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered writer without a lock, for one thread: what the district workbook's streamed sheets write their rows'
 * XML through. POI's {@code SheetDataWriter} writes a row a few characters at a time (an attribute is five calls),
 * and {@link java.io.BufferedWriter} takes its lock on every call: in a profile of {@code pln cohort} on 5,000
 * participants that was about half of the workbook's row writing (issue 17). The characters, and so the bytes, are
 * the same; only the calls are cheaper.
 */
final class SheetWriter extends Writer {
    private final Writer out;
    private final char[] buf;
    private int n;
    private boolean closed;

    /** Buffers {@code size} characters in front of {@code out} (which it closes). */
    SheetWriter(Writer out, int size) {
        this.out = Objects.requireNonNull(out, "out");
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, not " + size);
        }
        this.buf = new char[size];
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (char) c;
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cs.length);
        ensureOpen();
        if (len >= buf.length) {
            drain();
            out.write(cs, off, len);
            return;
        }
        if (len > buf.length - n) {
            drain();
        }
        System.arraycopy(cs, off, buf, n, len);
        n += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, s.length());
        ensureOpen();
        while (len > 0) {
            if (n == buf.length) {
                drain();
            }
            int k = Math.min(len, buf.length - n);
            s.getChars(off, off + k, buf, n);
            n += k;
            off += k;
            len -= k;
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            drain();
        } finally {
            closed = true;
            out.close();
        }
    }

    private void drain() throws IOException {
        ensureOpen();
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the sheet writer is closed");
        }
    }
}
