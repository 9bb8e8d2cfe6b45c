package org.plnkit.core.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input, with its place and a reason in plain words. Control characters, bidirectional
 * overrides and other invisible characters in the message are escaped (U+001B is written as a backslash, u and
 * 001B), so that a value quoted from a hostile input cannot rewrite the terminal or reorder the text it is
 * printed in.
 *
 * @param severity error or warning
 * @param place    where it is
 * @param message  what is wrong, and where possible how to fix it ("value 7 is not between 1 and 5")
 *
 * @since 0.1.0
 */
public record Problem(Severity severity, Place place, String message) {
    /** Orders problems by file, then position, then message, for stable reports. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.place().file())
            .thenComparing(p -> p.place().sheet() == null ? "" : p.place().sheet())
            .thenComparingInt(p -> p.place().line())
            .thenComparingInt(p -> rowOf(p.place().cell()))
            .thenComparing(p -> p.place().cell() == null ? "" : p.place().cell())
            .thenComparingInt(p -> p.place().column())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
        message = Printable.escape(message); // a value from the input may hold terminal escapes or bidi overrides
    }

    public static Problem error(Place place, String message) {
        return new Problem(Severity.ERROR, place, message);
    }

    public static Problem warning(Place place, String message) {
        return new Problem(Severity.WARNING, place, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code maria.yaml:14:5: error: value 7 is not between 1 and 5}. */
    @Override
    public String toString() {
        return place + ": " + severity.id() + ": " + message;
    }

    private static int rowOf(String cell) {
        if (cell == null) {
            return 0;
        }
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(cell.substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
