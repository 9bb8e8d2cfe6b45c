package org.plnkit.report.io;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An output stream kept in memory in blocks of 64 kB, given back as one array of exactly the bytes written: what a
 * {@link java.io.ByteArrayOutputStream} gives, without copying everything written each time it doubles.
 *
 * <p>Why: a participant's report makes several files of 300–600 kB (the map PNG, the workbook, the web page). A
 * {@code ByteArrayOutputStream} doubling to hold one passes through arrays of 512 kB and 1 MB, which G1 (1 MB
 * regions at {@code -Xmx1g}) takes as "humongous" objects: each one a region of its own, and enough of them start an
 * old-generation marking cycle (issue 17: in a recording of 200 reports, 42 of the 102 collections were started
 * by such arrays). Here the
 * blocks stay small and the only large array is the result, of the file's size.
 *
 * <p>Not thread-safe; {@link #close} does nothing.
 */
public final class ByteBlocks extends OutputStream {
    private static final int BLOCK = 1 << 16;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[BLOCK];
    private int used;

    @Override
    public void write(int b) {
        if (used == BLOCK) {
            next();
        }
        block[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            if (used == BLOCK) {
                next();
            }
            int n = Math.min(len, BLOCK - used);
            System.arraycopy(b, off, block, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    private void next() {
        full.add(block);
        block = new byte[BLOCK];
        used = 0;
    }

    /** How many bytes were written. */
    public int size() {
        return full.size() * BLOCK + used;
    }

    /** A new array of the bytes written, in order. */
    public byte[] toByteArray() {
        byte[] out = new byte[size()];
        int at = 0;
        for (byte[] b : full) {
            System.arraycopy(b, 0, out, at, BLOCK);
            at += BLOCK;
        }
        System.arraycopy(block, 0, out, at, used);
        return out;
    }

    @Override
    public String toString() {
        return "ByteBlocks[" + size() + " bytes]";
    }
}
