package org.plnkit.analysis.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Plain-words helpers shared by the action plan and the text summary: counts with the right plural, lists joined
 * with "and", percentages and decimals, always in the root locale (never the machine's).
 *
 * <pre>{@code
 * Words.count(1, "topic");                         // "1 topic"
 * Words.count(3, "category", "categories");        // "3 categories"
 * Words.count(4392, "error");                      // "4,392 errors"
 * Words.and(List.of("a", "b", "c"));               // "a, b and c"
 * Words.percent(0.375);                            // "38%"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Words {
    private Words() {
    }

    /** "1 topic", "2 topics". */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** "1 category", "2 categories", "4,392 errors". */
    public static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /**
     * A whole number as people read it: 4392 → "4,392" (root locale, so always a comma). For text only; JSON and CSV
     * keep their numbers plain.
     */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** "a", "a or b", "a, b or c": for a negative ("no longer in a or b"). */
    public static String or(List<String> items) {
        int n = items.size();
        return n < 2 ? and(items) : String.join(", ", items.subList(0, n - 1)) + " or " + items.get(n - 1);
    }

    /** At most {@code max} items joined with "and"; more are summed up as "N others". */
    public static String andAtMost(List<String> items, int max) {
        if (items.size() <= max) {
            return and(items);
        }
        List<String> shown = new java.util.ArrayList<>(items.subList(0, max));
        shown.add(count(items.size() - max, "other"));
        return and(shown);
    }

    /** A share as a whole percentage, half up: 0.375 → "38%". */
    public static String percent(double share) {
        return decimal(share * 100, 0) + "%";
    }

    /** A number with at most {@code places} decimals, half up, trailing zeros dropped: 4.6667 → "4.67". */
    public static String decimal(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }

    /** Upper-cases the first letter (root locale). */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
    }
}
