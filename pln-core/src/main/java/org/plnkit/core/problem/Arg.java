package org.plnkit.core.problem;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One argument of a {@link Problem}: what it is ({@link Kind}), the values it holds and how the message shows them
 * ({@link Style}). A redactor for anonymized outputs decides by the kind alone, never by the wording of the message:
 * a {@link Kind#PARTICIPANT} id becomes the participant's label, an {@link Kind#INPUT} value is shown only when it
 * is known to be safe, and so on.
 *
 * <pre>{@code
 * Arg.input("Jane Kim").shown()                       // "\"Jane Kim\""
 * Arg.input("Jane Kim").shown(v -> "(hidden)")        // "\"(hidden)\""
 * }</pre>
 *
 * @param kind   what the values are
 * @param style  how they are written into the message
 * @param values the values as read (one, except for {@link Style#LIST})
 */
public record Arg(Kind kind, Style style, List<String> values) {
    /** What an argument holds, as far as privacy is concerned. */
    public enum Kind {
        /** The tool's own words or the contract's vocabulary (a field name, a category id it suggests): shown. */
        WORD,
        /** A number, a count or a size the tool computed: shown. */
        NUMBER,
        /** A value quoted from the input as typed: may name anyone; shown in anonymized outputs only when safe. */
        INPUT,
        /** A participant's id: in anonymized outputs, their label (or "another participant"). */
        PARTICIPANT,
        /** What was typed for a connection (its name, its id, a link's end): in anonymized outputs, a placeholder. */
        CONNECTION,
        /** The name of a file or folder in the input: shown only when it is one of the contract's file names. */
        FILE,
        /** A line or a web address quoted from the input: hidden in anonymized outputs. */
        LINE,
        /**
         * The name of a column or sheet as the input's header row writes it ("Notes"): shown, for headers name the
         * data, not people.
         */
        COLUMN
    }

    /** How the values are written into the message. */
    public enum Style {
        /** As is. */
        PLAIN,
        /** In double quotes, shortened to 60 characters, line breaks as {@code \n} (see {@link #quote}). */
        QUOTED,
        /** In double quotes, whole. */
        QUOTED_WHOLE,
        /** The first ten, separated by commas, then how many more. */
        LIST,
        /** All of them, separated by commas. */
        ALL,
        /** {@code participant <id>}, the way messages name a participant. */
        PARTICIPANT,
        /** {@code participant "<id>"}. */
        PARTICIPANT_QUOTED
    }

    public Arg {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(style, "style");
        values = List.copyOf(values);
        if (values.size() != 1 && style != Style.LIST && style != Style.ALL) {
            throw new IllegalArgumentException("one value expected for " + style + ": " + values);
        }
    }

    /** The tool's own words, or a word of the contract. */
    public static Arg word(Object text) {
        return new Arg(Kind.WORD, Style.PLAIN, List.of(String.valueOf(text)));
    }

    /** A number as the message shows it ({@code 2,000}, {@code 70.2 MB}). */
    public static Arg number(Object shown) {
        return new Arg(Kind.NUMBER, Style.PLAIN, List.of(String.valueOf(shown)));
    }

    /** A value from the input, quoted and shortened. */
    public static Arg input(String value) {
        return new Arg(Kind.INPUT, Style.QUOTED, List.of(value));
    }

    /** A column's name as the header row writes it, quoted and shortened. */
    public static Arg column(String name) {
        return new Arg(Kind.COLUMN, Style.QUOTED, List.of(name));
    }

    /** A column's or attribute's name as the input writes it, quoted whole. */
    public static Arg columnWhole(String name) {
        return new Arg(Kind.COLUMN, Style.QUOTED_WHOLE, List.of(name));
    }

    /** Column or attribute names as the input writes them, each quoted, all of them. */
    public static Arg columns(List<String> names) {
        return new Arg(Kind.COLUMN, Style.ALL, names.stream().map(Arg::quote).toList());
    }

    /** A value from the input, quoted whole. */
    public static Arg inputWhole(String value) {
        return new Arg(Kind.INPUT, Style.QUOTED_WHOLE, List.of(value));
    }

    /** A participant id, written {@code participant <id>}. */
    public static Arg participant(String id) {
        return new Arg(Kind.PARTICIPANT, Style.PARTICIPANT, List.of(id));
    }

    /** A participant id, written {@code participant "<id>"}. */
    public static Arg participantQuoted(String id) {
        return new Arg(Kind.PARTICIPANT, Style.PARTICIPANT_QUOTED, List.of(id));
    }

    /** What was typed for a connection, quoted and shortened. */
    public static Arg connection(String value) {
        return new Arg(Kind.CONNECTION, Style.QUOTED, List.of(value));
    }

    /** What was typed for a connection, quoted whole. */
    public static Arg connectionWhole(String value) {
        return new Arg(Kind.CONNECTION, Style.QUOTED_WHOLE, List.of(value));
    }

    /** A file or folder name of the input. */
    public static Arg file(String name) {
        return new Arg(Kind.FILE, Style.PLAIN, List.of(name));
    }

    /** File or folder names of the input, the first ten then how many more. */
    public static Arg files(List<String> names) {
        return new Arg(Kind.FILE, Style.LIST, names);
    }

    /** File names of the input, all of them. */
    public static Arg allFiles(List<String> names) {
        return new Arg(Kind.FILE, Style.ALL, names);
    }

    /** Values from the input (e.g. the names of sheets), all of them, unquoted. */
    public static Arg inputs(List<String> values) {
        return new Arg(Kind.INPUT, Style.ALL, values);
    }

    /** What a library said about a file it could not read (it may quote the file's path): hidden when anonymized. */
    public static Arg detail(String text) {
        return new Arg(Kind.LINE, Style.PLAIN, List.of(text));
    }

    /** A line or web address quoted from the input. */
    public static Arg line(String text) {
        return new Arg(Kind.LINE, Style.QUOTED, List.of(text));
    }

    /** The first value. */
    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The argument as the message shows it. */
    public String shown() {
        return shown(UnaryOperator.identity());
    }

    /**
     * The argument as the message shows it, each value first replaced by {@code replace}. A participant replaced by
     * a text that starts with a capital letter ("Participant 07") stands alone, without the word "participant".
     */
    public String shown(UnaryOperator<String> replace) {
        switch (style) {
            case PLAIN:
                return replace.apply(value());
            case QUOTED:
                return quote(replace.apply(value()));
            case QUOTED_WHOLE:
                return "\"" + replace.apply(value()) + "\"";
            case PARTICIPANT:
            case PARTICIPANT_QUOTED: {
                String v = replace.apply(value());
                if (!v.equals(value())) {
                    return v;
                }
                return "participant " + (style == Style.PARTICIPANT ? v : quote(v));
            }
            case ALL:
                return String.join(", ", values.stream().map(replace).toList());
            case LIST:
            default: {
                List<String> shown = values.subList(0, Math.min(10, values.size())).stream().map(replace).toList();
                String joined = String.join(", ", shown);
                return values.size() > 10 ? joined + " and " + (values.size() - 10) + " more" : joined;
            }
        }
    }

    /**
     * A value quoted for a message, shortened so a 10 MB cell does not flood the terminal (never inside an emoji or
     * other pair of UTF-16 units). Line breaks show as {@code \n}; other control characters are escaped when the
     * message is made.
     */
    public static String quote(String s) {
        String t = s;
        if (s.length() > 60) {
            int end = Character.isHighSurrogate(s.charAt(56)) ? 56 : 57;
            t = s.substring(0, end) + "…";
        }
        return "\"" + t.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
