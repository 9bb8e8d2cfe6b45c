package org.plnkit.report.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;
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

    /**
     * The same entries, in the same order, each dated 2026-01-01 00:00 (local DOS time). Pictures, which are
     * compressed already, are stored as they are rather than compressed again.
     */
    public static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);   // local DOS time: the same bytes in every time zone
                if (compressedAlready(e.getName())) {
                    byte[] data = in.readAllBytes();
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                    z.putNextEntry(copy);
                    z.write(data);
                } else {
                    z.putNextEntry(copy);
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static boolean compressedAlready(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif");
    }
}
