package org.plnkit.core.read;

/**
 * Guard rails on input: a file larger than {@code maxFileBytes} is refused with a message rather than read into
 * memory; YAML aliases, nesting and scalar sizes are bounded; a cohort has at most {@code maxRows} rows per sheet
 * and a participant at most {@code maxConnectionsPerParticipant} connections; reading stops once one input has
 * given {@code maxProblems} problems. Each limit that is reached is reported with its place and the limit, never
 * as a crash ({@link Limit#of} tells which limit a message is about), and every limit is configurable:
 *
 * <pre>{@code
 * Limits big = Limits.DEFAULT.withMaxFileBytes(200L << 20).withMaxConnectionsPerParticipant(5_000);
 * ReadResult<Cohort> r = CohortReader.read(Path.of("district.xlsx"), Taxonomy.defaults(), big, false);
 * }</pre>
 *
 * @param maxFileBytes                 participant files (YAML/JSON), CSV files and XLSX files as stored; the
 *                                     parts of an XLSX unpack to at most {@link #maxUnpackedBytes()}
 * @param maxYamlAliases               aliases per YAML document (alias bombs)
 * @param maxNestingDepth              nesting of YAML/JSON structures
 * @param maxScalarChars               characters in one scalar or cell
 * @param maxRows                      rows per sheet or CSV file (blank rows included), files per folder
 * @param maxConnectionsPerParticipant connections in one PLN
 * @param maxProblems                  problems (errors and warnings) kept for one input; reading stops with an
 *                                     error when there would be more, which bounds the memory they take
 *
 * @since 0.1.0
 */
public record Limits(long maxFileBytes, int maxYamlAliases, int maxNestingDepth, int maxScalarChars, int maxRows,
                     int maxConnectionsPerParticipant, int maxProblems) {
    /** The most problems kept for one input by default: about 40 MB of messages at worst. */
    public static final int DEFAULT_MAX_PROBLEMS = 100_000;

    /**
     * Defaults generous for real use, tight enough to refuse hostile input: 64 MB files, 1,048,576 rows (Excel's
     * own limit), 2,000 connections per participant, 100,000 characters per cell, 100,000 problems.
     */
    public static final Limits DEFAULT = new Limits(64L << 20, 50, 64, 100_000, 1_048_576, 2_000,
            DEFAULT_MAX_PROBLEMS);

    public Limits {
        if (maxFileBytes < 1 || maxYamlAliases < 0 || maxNestingDepth < 1 || maxScalarChars < 1 || maxRows < 1
                || maxConnectionsPerParticipant < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxYamlAliases
                    + ", " + maxNestingDepth + ", " + maxScalarChars + ", " + maxRows + ", "
                    + maxConnectionsPerParticipant + ", " + maxProblems);
        }
    }

    /** Limits with the default {@link #DEFAULT_MAX_PROBLEMS}. */
    public Limits(long maxFileBytes, int maxYamlAliases, int maxNestingDepth, int maxScalarChars, int maxRows,
                  int maxConnectionsPerParticipant) {
        this(maxFileBytes, maxYamlAliases, maxNestingDepth, maxScalarChars, maxRows, maxConnectionsPerParticipant,
                DEFAULT_MAX_PROBLEMS);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxYamlAliases, maxNestingDepth, maxScalarChars, maxRows,
                maxConnectionsPerParticipant, maxProblems);
    }

    public Limits withMaxScalarChars(int chars) {
        return new Limits(maxFileBytes, maxYamlAliases, maxNestingDepth, chars, maxRows,
                maxConnectionsPerParticipant, maxProblems);
    }

    public Limits withMaxRows(int rows) {
        return new Limits(maxFileBytes, maxYamlAliases, maxNestingDepth, maxScalarChars, rows,
                maxConnectionsPerParticipant, maxProblems);
    }

    public Limits withMaxConnectionsPerParticipant(int connections) {
        return new Limits(maxFileBytes, maxYamlAliases, maxNestingDepth, maxScalarChars, maxRows, connections,
                maxProblems);
    }

    public Limits withMaxProblems(int problems) {
        return new Limits(maxFileBytes, maxYamlAliases, maxNestingDepth, maxScalarChars, maxRows,
                maxConnectionsPerParticipant, problems);
    }

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
