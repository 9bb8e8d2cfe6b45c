package org.plnkit.report.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with every entry dated the same fixed time, so that its bytes do not depend on when it
 * was written.
 *
 * <pre>{@code
 * byte[] stable = Zips.withFixedTimes(workbookBytes);
 * }</pre>
 */
public final class Zips {
    private static final java.time.LocalDateTime FIXED = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);

    private Zips() {
    }

    /** The same entries, in the same order, each dated 2026-01-01 00:00 (local DOS time). */
    public static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);   // local DOS time: the same bytes in every time zone
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
