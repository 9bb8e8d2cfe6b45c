package org.plnkit.core.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;

/**
 * The values from an input that anonymized outputs may quote because they are known to name no one: a word of the
 * contract's vocabulary (a field or column name, a sheet of a cohort workbook, a kind, frequency or participation,
 * yes or no, and the marks people write for them: x, a tick, n/a, maybe), a category id or label of the taxonomy, a number, or a date. Anything else (a name in the wrong
 * column, a value with a control character, half of an unquoted "Last, First" cell) is not safe, however it reads.
 *
 * <pre>{@code
 * SafeValues safe = SafeValues.of(Taxonomy.defaults());
 * safe.test("Weekly")       // true: a frequency
 * safe.test("20 Oct 2026")  // true: a date
 * safe.test("Jane Kim")     // false
 * }</pre>
 */
public final class SafeValues implements java.util.function.Predicate<String> {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,15}(?:[.,]\\d{1,15})?%?");
    private static final Pattern DATE_PART = Pattern.compile("\\d{1,4}(?:st|nd|rd|th)?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?z?");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final List<String> WORDS = List.of("yes", "no", "y", "n", "true", "false", "participants",
            "connections", "participant", "connection", "links", "ego", "ignore");
    /** What people tick a yes/no column with instead of yes or no: quoted back, so the cells can be found. */
    private static final List<String> MARKS = List.of("x", "\u2713", "\u2714", "\u2717", "\u2718", "?", "n/a", "na",
            "ok", "maybe", "sometimes", "not sure", "unsure");

    private final Set<String> vocabulary;

    private SafeValues(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The safe values with the given taxonomy's categories. */
    public static SafeValues of(Taxonomy taxonomy) {
        Set<String> v = new HashSet<>(WORDS);
        MARKS.forEach(m -> v.add(key(m)));
        ContractFields.names().forEach(n -> v.add(key(n)));
        for (Kind k : Kind.values()) {
            v.add(k.id());
        }
        for (Frequency f : Frequency.values()) {
            v.add(f.id());
        }
        for (Participation p : Participation.values()) {
            v.add(p.id());
        }
        for (Category c : taxonomy.categories()) {
            v.add(key(c.id()));
            v.add(key(c.label()));
        }
        return new SafeValues(Set.copyOf(v));
    }

    /** Whether the value may be quoted in an anonymized output. */
    @Override
    public boolean test(String value) {
        if (value == null) {
            return true;
        }
        String t = value.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() > 60 || !t.codePoints().allMatch(SafeValues::plain)) {
            return false;
        }
        return vocabulary.contains(key(t)) || NUMBER.matcher(t).matches() || isDate(t);
    }

    /** Letters, digits, spaces and common punctuation; no control, format or private-use characters. */
    private static boolean plain(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** A date or date-time in any spelling the readers know: numbers, English month names, a time of day. */
    private static boolean isDate(String t) {
        String[] parts = t.toLowerCase(Locale.ROOT).split("[\\s,/.\\-]+|(?<=\\d)t(?=\\d)");
        int numbers = 0;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (DATE_PART.matcher(p).matches()) {
                numbers++;
            } else if (!TIME.matcher(p).matches() && !month(p)) {
                return false;
            }
        }
        return numbers >= 2 && numbers <= 3;
    }

    private static boolean month(String p) {
        String m = p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
        return m.length() >= 3 && MONTHS.stream().anyMatch(full -> full.equals(m)
                || m.length() <= 4 && full.startsWith(m));
    }

    private static String key(String s) {
        return Text.headerKey(s);
    }
}
