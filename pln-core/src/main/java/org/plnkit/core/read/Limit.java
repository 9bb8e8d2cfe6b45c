package org.plnkit.core.read;

import java.util.Optional;
import org.plnkit.core.problem.Problem;

/**
 * Which of the {@link Limits} an input reached. Every message about one of these limits ends with the same clause,
 * "the limit is" and the amount in the limit's own words, e.g. {@code participant maria already has 2,000
 * connections; the limit is 2,000 connections per participant}. A program can then tell which limit a problem is
 * about, without reading the rest of the message, and say how its users raise it (the command line adds its
 * option):
 *
 * <pre>{@code
 * for (Problem p : result.problems()) {
 *     String hint = Limit.of(p).map(l -> " (see Limits: " + l + ")").orElse("");
 *     System.out.println(p + hint);
 * }
 * }</pre>
 *
 * <p>The safety limits on nesting, YAML aliases and characters in a value are not here: they guard against hostile
 * input, and their messages say "at most N are accepted".
 *
 * @since 0.1.0
 */
public enum Limit {
    /** {@link Limits#maxFileBytes()}: a CSV file or a workbook of a cohort, or a file to import, as stored. */
    FILE_SIZE("per file", true),
    /** {@link Limits#maxParticipantFileBytes()}: a participant file (8 MB at most, whatever maxFileBytes is). */
    PARTICIPANT_FILE_SIZE("per participant file", true),
    /**
     * {@link Limits#maxUnpackedBytes()} (a sheet) and {@link Limits#maxSharedStringsBytes()} (the shared strings):
     * one part of a workbook once unpacked; both follow {@link Limits#maxFileBytes()}.
     */
    UNPACKED_SIZE("for one part of a workbook once unpacked", true),
    /** {@link Limits#maxRows()}: the rows of a sheet or a CSV file, blank rows included. */
    ROWS("rows per sheet or CSV file", false),
    /** {@link Limits#maxRows()} again: the participant files of a folder. */
    FOLDER_FILES("participant files per folder", false),
    /** {@link Limits#maxConnectionsPerParticipant()}. */
    CONNECTIONS("connections per participant", false),
    /** {@link Limits#maxProblems()}: errors and warnings kept for one input. */
    PROBLEMS("problems per input", false);

    private static final String CLAUSE = "; the limit is ";

    private final String unit;
    private final boolean bytes;

    Limit(String unit, boolean bytes) {
        this.unit = unit;
        this.bytes = bytes;
    }

    /** The words after the amount: {@code connections per participant}. */
    public String unit() {
        return unit;
    }

    /**
     * A message about this limit: {@code what}, then {@code ; the limit is <amount> <unit>}, the amount in megabytes
     * for the size limits ({@code 64.0 MB}) and with thousands separators for the others ({@code 2,000}).
     *
     * <pre>{@code
     * Limit.CONNECTIONS.message("there are 2,314 connections", 2_000)
     * // there are 2,314 connections; the limit is 2,000 connections per participant
     * }</pre>
     *
     * @param what   what was found, with its figure: {@code the file is 70.2 MB}
     * @param amount the limit: bytes for the size limits, else a count
     */
    public String message(String what, long amount) {
        return what + CLAUSE + (bytes ? Sizes.mb(amount) : Sizes.count(amount)) + " " + unit;
    }

    /** The limit a problem is about, when it is one of these. */
    public static Optional<Limit> of(Problem problem) {
        return of(problem.message());
    }

    /** The limit a message is about, when it is one of these: it ends with the clause of {@link #message}. */
    public static Optional<Limit> of(String message) {
        int at = message.lastIndexOf(CLAUSE);
        if (at < 0) {
            return Optional.empty();
        }
        for (Limit l : values()) {
            if (message.endsWith(" " + l.unit)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
