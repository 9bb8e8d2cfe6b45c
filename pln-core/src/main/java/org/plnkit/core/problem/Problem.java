package org.plnkit.core.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One thing wrong with an input: its severity, its place, a {@link ProblemCode} that says what is wrong and the
 * {@link Arg arguments} of that code. The message is rendered from the code's format string ({@link #message()}),
 * so a program can tell problems apart by their code and a redactor can replace the arguments that name people
 * ({@link #message(Function)}) without reading the prose. Control characters, bidirectional overrides and other
 * invisible characters in the message are escaped (U+001B is written as a backslash, u and 001B), so that a value
 * quoted from a hostile input cannot rewrite the terminal or reorder the text it is printed in.
 *
 * <pre>{@code
 * Problem p = Problem.error(place, ProblemCode.VALUE_OUT_OF_RANGE, Arg.number(7));
 * p.message()   // value 7 is not between 1 and 5
 * p.code()      // VALUE_OUT_OF_RANGE
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Problem {
    /** Orders problems by file, then position, then message, for stable reports. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.place().file())
            .thenComparing(p -> p.place().sheet() == null ? "" : p.place().sheet())
            .thenComparingInt(p -> p.place().line())
            .thenComparingInt(p -> rowOf(p.place().cell()))
            .thenComparing(p -> p.place().cell() == null ? "" : p.place().cell())
            .thenComparingInt(p -> p.place().column())
            .thenComparing((Problem p) -> p.message());

    private final Severity severity;
    private final Place place;
    private final ProblemCode code;
    private final List<Arg> args;
    private final String note;
    private final String message;

    /**
     * A problem with a message in the tool's own words ({@link ProblemCode#TEXT}). Messages that quote the input
     * must use a code with {@link Arg arguments} instead, so that anonymized outputs can leave the quotes out.
     */
    public Problem(Severity severity, Place place, String message) {
        this(severity, place, ProblemCode.TEXT, List.of(Arg.word(Objects.requireNonNull(message, "message"))));
    }

    /** A problem of the given code; {@code args} fill the code's format string in order. */
    public Problem(Severity severity, Place place, ProblemCode code, List<Arg> args) {
        this(severity, place, code, args, "");
    }

    private Problem(Severity severity, Place place, ProblemCode code, List<Arg> args, String note) {
        this.note = Objects.requireNonNull(note, "note");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.place = Objects.requireNonNull(place, "place");
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.copyOf(args);
        if (this.args.size() != code.arity()) {
            throw new IllegalArgumentException(code + " takes " + code.arity() + " arguments, not " + this.args.size());
        }
        this.message = render(Arg::shown);
    }

    public static Problem error(Place place, String message) {
        return new Problem(Severity.ERROR, place, message);
    }

    public static Problem warning(Place place, String message) {
        return new Problem(Severity.WARNING, place, message);
    }

    public static Problem error(Place place, ProblemCode code, Arg... args) {
        return new Problem(Severity.ERROR, place, code, Arrays.asList(args));
    }

    public static Problem warning(Place place, ProblemCode code, Arg... args) {
        return new Problem(Severity.WARNING, place, code, Arrays.asList(args));
    }

    /**
     * The same problem with words of the tool's own added to its message, e.g. {@code " (raise it with
     * --max-rows)"}; the code and arguments stay, so the problem can still be told apart and redacted.
     */
    public Problem withNote(String words) {
        return new Problem(severity, place, code, args, note + words);
    }

    /** The words {@link #withNote} added; empty when none. */
    public String note() {
        return note;
    }

    public Severity severity() {
        return severity;
    }

    public Place place() {
        return place;
    }

    /** What is wrong, as a stable id. */
    public ProblemCode code() {
        return code;
    }

    /** The arguments of the code, in the order of its format string. */
    public List<Arg> args() {
        return args;
    }

    /** What is wrong, and where possible how to fix it ("value 7 is not between 1 and 5"). */
    public String message() {
        return message;
    }

    /**
     * The message with each argument shown as {@code show} shows it: how anonymized outputs leave out what names
     * people. {@code message(Arg::shown)} is {@link #message()}.
     */
    public String message(Function<Arg, String> show) {
        return render(show);
    }

    private String render(Function<Arg, String> show) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = show.apply(args.get(i));
        }
        // a value from the input may hold terminal escapes or bidi overrides
        return Printable.escape(String.format(Locale.ROOT, code.format(), shown) + note);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && severity == p.severity && place.equals(p.place) && code == p.code
                && args.equals(p.args) && note.equals(p.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, place, code, args, note);
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
