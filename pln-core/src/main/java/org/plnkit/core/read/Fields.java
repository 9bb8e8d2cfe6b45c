package org.plnkit.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;

/**
 * The meaning of each field of the contract, shared by every reader so that a value means the same in YAML,
 * CSV and XLSX. Each parser returns empty for a blank cell; for a value that breaks the contract it records an
 * error at the given place and returns empty.
 */
public final class Fields {
    private Fields() {
    }

    public static Optional<Kind> kind(String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        Optional<Kind> k = Kind.parse(text);
        if (k.isEmpty()) {
            problems.error(place, "kind " + Text.quote(text) + " is not one of person, organization, resource");
        }
        return k;
    }

    /** A category id or label of the taxonomy, with a "did you mean" when it is close to one. */
    public static Optional<Category> category(String text, Taxonomy taxonomy, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        Optional<Category> c = taxonomy.resolve(text);
        if (c.isEmpty()) {
            String hint = taxonomy.suggest(text).map(s -> "; did you mean " + s + "?")
                    .orElse("; use one of " + String.join(", ", taxonomy.ids()));
            problems.error(place, "category " + Text.quote(text) + " is not in the taxonomy" + hint);
        }
        return c;
    }

    public static Optional<Frequency> frequency(String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        Optional<Frequency> f = Frequency.parse(text);
        if (f.isEmpty()) {
            problems.error(place, "frequency " + Text.quote(text) + " is not one of " + Arrays.stream(Frequency.values())
                    .map(Frequency::id).collect(Collectors.joining(", ")));
        }
        return f;
    }

    public static Optional<Participation> participation(String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        Optional<Participation> p = Participation.parse(text);
        if (p.isEmpty()) {
            problems.error(place, "participation " + Text.quote(text) + " is not one of none, lurker, contributor, leader");
        }
        return p;
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
                problems.error(place, "value " + Text.quote(text) + " is not a whole number from 1 to 5");
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            problems.error(place, "value " + Text.quote(text) + " is not a whole number from 1 to 5");
            return Optional.empty();
        }
        if (v < 1 || v > 5) {
            problems.error(place, "value " + v + " is not between 1 and 5");
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
                problems.error(place, field + " " + Text.quote(text) + " is not yes or no (also y/n, true/false, 1/0)");
                return Optional.empty();
        }
    }

    /** An ISO date {@code YYYY-MM-DD}; a date-time's date part is accepted ({@code 2026-10-20T00:00:00}). */
    public static Optional<LocalDate> date(String field, String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}([T ]00:00(:00(\\.0+)?)?Z?)?")) {
            try {
                return Optional.of(LocalDate.parse(t.substring(0, 10)));
            } catch (DateTimeException e) {
                problems.error(place, field + " " + Text.quote(text) + " is not a real date");
                return Optional.empty();
            }
        }
        problems.error(place, field + " " + Text.quote(text) + " is not a date written YYYY-MM-DD (e.g. 2026-10-20)");
        return Optional.empty();
    }

    /** A URL: kept as written (trimmed); a value with spaces inside or no dot is reported. */
    public static Optional<String> url(String text, Place place, Problems problems) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.chars().anyMatch(Character::isWhitespace) || !t.contains(".") && !t.contains("://")) {
            problems.warning(place, "url " + Text.quote(text) + " does not look like a web address");
        }
        return Optional.of(t);
    }

    /** A free-text value, trimmed; blank is "not given". */
    public static Optional<String> text(String text) {
        return Text.isBlank(text) ? Optional.empty() : Optional.of(text.strip());
    }

    /** Topics: trimmed, blanks dropped, repeats (ignoring case) dropped, first spelling kept. */
    public static List<String> topics(List<String> items) {
        java.util.LinkedHashMap<String, String> seen = new java.util.LinkedHashMap<>();
        for (String s : items) {
            if (!Text.isBlank(s)) {
                seen.putIfAbsent(s.strip().toLowerCase(Locale.ROOT), s.strip());
            }
        }
        return List.copyOf(seen.values());
    }
}
