package org.plnkit.core.read.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.plnkit.core.internal.TopicList;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Problems;

/**
 * The meaning of each field of the contract, shared by every reader so that a value means the same in YAML,
 * CSV and XLSX. Each parser returns empty for a blank cell; for a value that breaks the contract it records an
 * error at the given place and returns empty.
 *
 * @since 0.1.0
 */
public final class Fields {
    /** The words of each vocabulary, for "did you mean". */
    private static final List<String> KIND_IDS = Arrays.stream(Kind.values()).map(Kind::id).toList();
    private static final List<String> FREQUENCY_WORDS = Arrays.stream(Frequency.values()).map(Frequency::id).toList();
    /** The ids a frequency may have, for the message about one it cannot have. */
    private static final Arg FREQUENCY_IDS = Arg.word(String.join(", ", FREQUENCY_WORDS));
    private static final List<String> PARTICIPATION_IDS = Arrays.stream(Participation.values())
            .map(Participation::id).toList();

    private Fields() {
    }

    public static Optional<Kind> kind(String text, Place place, Problems problems) {
        return parsed(text, Kind::parse, KIND_IDS, place, problems, ProblemCode.KIND_UNKNOWN,
                ProblemCode.KIND_UNKNOWN_SUGGEST);
    }

    /**
     * Empty for a blank text; else what {@code parse} makes of it, or an error when nothing: with {@code suggest} and
     * the nearest of {@code words} when the text is a likely typo of it ("weekley"), else with {@code code}.
     */
    private static <E> Optional<E> parsed(String text, Function<String, Optional<E>> parse, List<String> words,
                                          Place place, Problems problems, ProblemCode code, ProblemCode suggest,
                                          Arg... more) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        Optional<E> e = parse.apply(text);
        if (e.isEmpty()) {
            Optional<String> near = Text.didYouMean(text, words);
            Arg[] args = new Arg[more.length + (near.isPresent() ? 2 : 1)];
            args[0] = Arg.input(text);
            System.arraycopy(more, 0, args, 1, more.length);
            near.ifPresent(n -> args[args.length - 1] = Arg.word(n));
            problems.error(place, near.isPresent() ? suggest : code, args);
        }
        return e;
    }

    /** A category id or label of the taxonomy, with a "did you mean" when it is close to one. */
    public static Optional<Category> category(String text, Taxonomy taxonomy, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        Optional<Category> c = taxonomy.resolve(text);
        if (c.isEmpty()) {
            Optional<String> near = taxonomy.suggest(text);
            if (near.isPresent()) {
                problems.error(place, ProblemCode.CATEGORY_UNKNOWN_SUGGEST, Arg.input(text), Arg.word(near.get()));
            } else {
                problems.error(place, ProblemCode.CATEGORY_UNKNOWN, Arg.input(text),
                        Arg.word(String.join(", ", taxonomy.ids())));
            }
        }
        return c;
    }

    public static Optional<Frequency> frequency(String text, Place place, Problems problems) {
        return parsed(text, Frequency::parse, FREQUENCY_WORDS, place, problems, ProblemCode.FREQUENCY_UNKNOWN,
                ProblemCode.FREQUENCY_UNKNOWN_SUGGEST, FREQUENCY_IDS);
    }

    public static Optional<Participation> participation(String text, Place place, Problems problems) {
        return parsed(text, Participation::parse, PARTICIPATION_IDS, place, problems,
                ProblemCode.PARTICIPATION_UNKNOWN, ProblemCode.PARTICIPATION_UNKNOWN_SUGGEST);
    }

    /** An integer 1–5; {@code 4.0} (as spreadsheets write numbers) is accepted as 4. */
    public static Optional<Integer> value(String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        int v;
        try {
            if (t.matches("[+-]?\\d{1,9}")) {
                v = Integer.parseInt(t);
            } else if (t.matches("[+-]?\\d{1,9}\\.0+")) {
                v = Integer.parseInt(t.substring(0, t.indexOf('.')));
            } else {
                problems.error(place, ProblemCode.VALUE_NOT_WHOLE, Arg.input(text));
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            problems.error(place, ProblemCode.VALUE_NOT_WHOLE, Arg.input(text));
            return Optional.empty();
        }
        if (v < 1 || v > 5) {
            problems.error(place, ProblemCode.VALUE_OUT_OF_RANGE, Arg.number(v));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** yes/no, y/n, true/false, 1/0 in any case. */
    public static Optional<Boolean> yesNo(String field, String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "1.0":
                return Optional.of(true);
            case "no", "n", "false", "0", "0.0":
                return Optional.of(false);
            default:
                problems.error(place, ProblemCode.YES_NO_UNKNOWN, Arg.word(field), Arg.input(text));
                return Optional.empty();
        }
    }

    /**
     * A date. {@code YYYY-MM-DD} is the contract (a date-time at midnight counts by its date). Other spellings are
     * read when they can mean only one day, with a warning that says how they were read: the year first
     * ({@code 2026/10/20}, {@code 2026.10.20}, {@code 2026-1-5}), a month name in English ({@code 20 Oct 2026},
     * {@code 20-October-2026}, {@code Oct 20, 2026}), a date-time ({@code 2026-10-20T14:30:00}), and day and month as
     * numbers when one of them is over 12 ({@code 20/10/2026}) or both are the same. Day and month as numbers that
     * could be either ({@code 10/11/2026}) are an error that names both readings, and so is a two-digit year.
     *
     * <pre>{@code
     * Fields.date("last_contact", "20 Oct 2026", place, problems);  // 2026-10-20, and a warning
     * Fields.date("last_contact", "10/11/2026", place, problems);   // empty, and an error: 10 November or 11 October?
     * }</pre>
     */
    public static Optional<LocalDate> date(String field, String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}([T ]00:00(:00(\\.0+)?)?Z?)?")) {
            try {
                return Optional.of(LocalDate.parse(t.substring(0, 10)));
            } catch (DateTimeException e) {
                problems.error(place, ProblemCode.DATE_NOT_REAL, Arg.word(field), Arg.input(text));
                return Optional.empty();
            }
        }
        if (t.length() > 40) {
            problems.error(place, ProblemCode.DATE_UNKNOWN, Arg.word(field), Arg.input(text));
            return Optional.empty();
        }
        java.util.regex.Matcher m;
        int year;
        int month;
        int day;
        String lower = t.toLowerCase(Locale.ROOT);
        if ((m = YEAR_FIRST.matcher(lower)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if ((m = DAY_MONTH_NAME.matcher(lower)).matches() && monthOf(m.group(2)) > 0) {
            day = Integer.parseInt(m.group(1));
            month = monthOf(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = MONTH_NAME_DAY.matcher(lower)).matches() && monthOf(m.group(1)) > 0) {
            month = monthOf(m.group(1));
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = NUMBERS.matcher(lower)).matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (m.group(3).length() != 4) {
                problems.error(place, ProblemCode.DATE_TWO_DIGIT_YEAR, Arg.word(field), Arg.input(text));
                return Optional.empty();
            }
            year = Integer.parseInt(m.group(3));
            if (a <= 12 && b <= 12 && a != b) {
                Optional<LocalDate> dm = real(year, b, a);
                Optional<LocalDate> md = real(year, a, b);
                problems.error(place, ProblemCode.DATE_AMBIGUOUS, Arg.word(field), Arg.input(text), Arg.word(words(dm)),
                        Arg.word(words(md)), Arg.word(dm.map(LocalDate::toString).orElse("?")),
                        Arg.word(md.map(LocalDate::toString).orElse("?")));
                return Optional.empty();
            }
            day = a > 12 ? a : b > 12 ? b : a;
            month = a > 12 ? b : a;
        } else if (serialDate(lower).isPresent()) {
            // a date cell that lost its date format (a column formatted as General, a CSV saved from it): say which
            // day the number is, not only that it is no date
            problems.error(place, ProblemCode.DATE_SERIAL, Arg.word(field), Arg.input(text),
                    Arg.word(serialDate(lower).get()));
            return Optional.empty();
        } else {
            problems.error(place, ProblemCode.DATE_UNKNOWN, Arg.word(field), Arg.input(text));
            return Optional.empty();
        }
        Optional<LocalDate> d = real(year, month, day);
        if (d.isEmpty()) {
            problems.error(place, ProblemCode.DATE_NOT_REAL, Arg.word(field), Arg.input(text));
            return d;
        }
        String time = m.groupCount() >= 4 && m.group(4) != null ? " (the time of day is not kept)" : "";
        problems.warning(place, ProblemCode.DATE_READ_AS, Arg.word(field), Arg.input(text), Arg.word(d.get()),
                Arg.word(words(d)), Arg.word(time));
        return d;
    }

    /** The day a five-digit spreadsheet date number between 2000 and 2099 stands for ({@code 45900}), if it is one. */
    private static Optional<LocalDate> serialDate(String lower) {
        if (!lower.matches("\\d{5}(\\.0+)?")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(lower.substring(0, 5));
        return n < SERIAL_2000 || n > SERIAL_2099 ? Optional.empty() : Optional.of(SPREADSHEET_EPOCH.plusDays(n));
    }

    /** Day 0 of a spreadsheet's date numbers (Excel's 1900 system, as LibreOffice and Google Sheets count them). */
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);
    /** The date numbers of 2000-01-01 and 2099-12-31: a five-digit number between them is likely a date. */
    private static final int SERIAL_2000 = 36526;
    private static final int SERIAL_2099 = 73050;
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})([t ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(z|[+-]\\d{2}:?\\d{2})?)?");
    private static final java.util.regex.Pattern DAY_MONTH_NAME = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?[ -]+([a-z]{3,9})\\.?[ ,-]+(\\d{4})");
    private static final java.util.regex.Pattern MONTH_NAME_DAY = java.util.regex.Pattern.compile(
            "([a-z]{3,9})\\.?[ -]+(\\d{1,2})(?:st|nd|rd|th)?,?[ -]+(\\d{4})");
    private static final java.util.regex.Pattern NUMBERS = java.util.regex.Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** 1–12 for an English month name or its abbreviation ({@code sep}, {@code sept}), else 0. */
    private static int monthOf(String name) {
        for (int i = 0; i < MONTHS.size(); i++) {
            String full = MONTHS.get(i);
            if (name.equals(full) || name.length() >= 3 && full.startsWith(name) && name.length() <= 4) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> real(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 20 October 2026}, the same in every locale. */
    private static String words(Optional<LocalDate> d) {
        return d.map(x -> x.getDayOfMonth() + " " + Character.toUpperCase(MONTHS.get(x.getMonthValue() - 1).charAt(0))
                + MONTHS.get(x.getMonthValue() - 1).substring(1) + " " + x.getYear()).orElse("no real date");
    }

    /** A URL: kept as written (trimmed); a value with spaces inside or no dot is reported. */
    public static Optional<String> url(String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.chars().anyMatch(Character::isWhitespace) || !t.contains(".") && !t.contains("://")) {
            problems.warning(place, ProblemCode.URL_ODD, Arg.line(text));
        }
        return Optional.of(t);
    }

    /** A free-text value, trimmed; blank is "not given". */
    public static Optional<String> text(String text) {
        return Text.isBlank(text) ? Optional.empty() : Optional.of(text.strip());
    }

    /**
     * Warns about a topics cell (or scalar value) that separates its topics with commas: {@code ;} separates topics,
     * so {@code "literacy, math"} is one topic, which is rarely what a person typing it meant. A cell that has a
     * {@code ;} anywhere already uses the separator and is read as it is, without a word.
     */
    public static void warnCommaTopics(String cell, Place place, Problems problems) {
        Problem w = commaTopics(cell, place);
        if (w != null) {
            problems.add(w);
        }
    }

    /**
     * The warning for a last contact after the participant's as-of date (a typed year, "2031" for "2021"): such a
     * check-in counts as up to date, so it is said at its cell or line; empty when either date is missing or it is not
     * later. The place is made only then (a cohort's 200,000 rows would each make one for nothing).
     */
    public static Optional<Problem> lastContactAfterAsOf(Optional<LocalDate> lastContact, Optional<LocalDate> asOf,
                                                         java.util.function.Supplier<Place> place) {
        if (lastContact.isEmpty() || asOf.isEmpty() || !lastContact.get().isAfter(asOf.get())) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(place.get(), ProblemCode.LAST_CONTACT_AFTER_AS_OF,
                Arg.word(lastContact.get().toString()), Arg.word(asOf.get().toString())));
    }

    /** The warning of {@link #warnCommaTopics}, or null when the cell needs none. */
    public static Problem commaTopics(String cell, Place place) {
        if (cell == null || cell.indexOf(',') < 0 || cell.indexOf(';') >= 0) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String part : cell.split(",")) {
            if (!Text.isBlank(part)) {
                parts.add(part.strip());
            }
        }
        if (parts.size() < 2) {
            return null;   // "literacy," is one topic whichever way it is read
        }
        return Problem.warning(place, ProblemCode.TOPICS_COMMAS, Arg.input(cell.strip()),
                Arg.inputs(List.of(String.join("; ", parts))));
    }

    /**
     * Topics: trimmed, blanks (and nulls) dropped, repeats (ignoring case) dropped, first spelling kept: the model's
     * own rule ({@link TopicList}), so that a PLN read and one built in code hold the same topics.
     */
    public static List<String> topics(List<String> items) {
        // a null (a YAML ~ in the list) is no topic; List.of's contains(null) would throw, so no shortcut here
        return TopicList.of(items.stream().filter(java.util.Objects::nonNull).toList());
    }
}
