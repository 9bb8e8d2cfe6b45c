package org.plnkit.core.read;

/**
 * Guard rails on input: a file larger than {@code maxFileBytes} is refused with a message rather than read into
 * memory; YAML aliases, nesting and scalar sizes are bounded; a cohort has at most {@code maxRows} rows per sheet
 * and a participant at most {@code maxConnectionsPerParticipant} connections.
 *
 * @param maxFileBytes                 participant files (YAML/JSON), CSV files and XLSX files as stored; the
 *                                     parts of an XLSX unpack to at most {@link #maxUnpackedBytes()}
 * @param maxYamlAliases               aliases per YAML document (alias bombs)
 * @param maxNestingDepth              nesting of YAML/JSON structures
 * @param maxScalarChars               characters in one scalar or cell
 * @param maxRows                      rows per sheet or CSV file
 * @param maxConnectionsPerParticipant connections in one PLN
 */
public record Limits(long maxFileBytes, int maxYamlAliases, int maxNestingDepth, int maxScalarChars, int maxRows,
                     int maxConnectionsPerParticipant) {
    /** Defaults generous for real use, tight enough to refuse hostile input: 64 MB files, 1,048,576 rows. */
    public static final Limits DEFAULT = new Limits(64L << 20, 50, 64, 100_000, 1_048_576, 2_000);

    /** Participant-file size limit: a hand-written PLN is small; 8 MB is plenty. */
    public long maxParticipantFileBytes() {
        return Math.min(maxFileBytes, 8L << 20);
    }

    /**
     * The most one part of an XLSX workbook (a sheet, the shared strings) may unpack to: 16 times
     * {@code maxFileBytes}, 1 GB by default. Sheets are streamed, so this bounds time, not memory; POI's
     * zip-bomb ratio check stays on as well. (A 5,000-participant cohort's Connections sheet unpacks to 83 MB.)
     */
    public long maxUnpackedBytes() {
        return maxFileBytes > Long.MAX_VALUE / 16 ? Long.MAX_VALUE : maxFileBytes * 16;
    }

    /**
     * The most the shared-strings part of an XLSX workbook may unpack to: twice {@code maxFileBytes}, 128 MB by
     * default. Unlike sheets it is held in memory while the workbook is read.
     */
    public long maxSharedStringsBytes() {
        return maxFileBytes > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : maxFileBytes * 2;
    }
}
