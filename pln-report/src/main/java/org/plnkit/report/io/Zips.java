package org.plnkit.report.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip that Apache POI writes a workbook into, made so that the same workbook always gives the same bytes:
 * every entry dated 2026-01-01 00:00 (local DOS time, so the bytes do not depend on the time zone either), and no
 * Zip64 records, so that streaming zip readers ({@code java.util.zip.ZipInputStream}) read it too. Pictures, which
 * are compressed already, are not compressed again (deflate's level 0: copied in blocks), which saves most of the
 * time a workbook with a map takes to write. POI writes into the stream it is given when it is a
 * {@link ZipArchiveOutputStream}.
 *
 * <pre>{@code
 * ByteArrayOutputStream buf = new ByteArrayOutputStream();
 * try (XSSFWorkbook wb = ...; ZipArchiveOutputStream zip = Zips.stable(buf, Deflater.DEFAULT_COMPRESSION)) {
 *     wb.write(zip);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Zips {
    private static final LocalDateTime FIXED = LocalDateTime.of(2026, 1, 1, 0, 0);

    private Zips() {
    }

    /**
     * A zip stream over {@code out} with fixed entry times, no Zip64 records, pictures stored as they are, and the
     * other entries compressed at {@code level} ({@link Deflater#BEST_SPEED} to {@link Deflater#BEST_COMPRESSION}, or
     * {@link Deflater#DEFAULT_COMPRESSION}).
     */
    public static ZipArchiveOutputStream stable(OutputStream out, int level) {
        long time = FIXED.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry e) throws IOException {
                e.setTime(time);
                setLevel(compressedAlready(e.getName()) ? Deflater.NO_COMPRESSION : level);
                super.putArchiveEntry(e);
            }
        };
        zip.setUseZip64(Zip64Mode.Never);
        zip.setLevel(level);
        return zip;
    }

    private static boolean compressedAlready(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif");
    }
}
