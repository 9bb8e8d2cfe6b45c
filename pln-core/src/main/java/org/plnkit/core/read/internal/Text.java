package org.plnkit.core.read.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plnkit.core.internal.Spelling;

/**
 * Text helpers of the input contract: slugs, header names, lists in cells, "did you mean".
 *
 * @since 0.1.0
 */
public final class Text {
    /** The longest text {@link #didYouMean} looks at. */
    static final int MAX_SUGGEST_CHARS = Spelling.MAX_CHARS;

    private Text() {
    }

    /**
     * The slug of a name per the contract: Unicode NFKD, combining marks dropped, lower case, every run of
     * characters that are not letters or digits replaced by {@code -}, leading and trailing {@code -} trimmed.
     * May be empty.
     */
    public static String slug(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) < 0x80) {
            i++;
        }
        if (i < n) {
            return slugOfAny(name);
        }
        // ASCII only, as nearly every name is: NFKD leaves it as it is, it has no marks, and its letters and digits
        // are A-Z, a-z and 0-9, so the same slug comes without the normalizer and a string per character (#17)
        StringBuilder b = new StringBuilder(n);
        boolean dash = false;
        for (i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower || upper || c >= '0' && c <= '9') {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                dash = false;
                b.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    /** {@link #slug} of any text: decomposed (NFKD), marks dropped, letters and digits lower-cased. */
    static String slugOfAny(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean dash = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                dash = false;
                b.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    /**
     * Gives each name a unique slug id in order: the slug, {@code connection-N} (N = 1-based position) when
     * empty, {@code -2}, {@code -3}… on a clash. Ids in {@code taken} are already used (explicit ids).
     */
    public static List<String> uniqueSlugs(List<String> names, java.util.Set<String> taken) {
        java.util.Set<String> used = new java.util.HashSet<>(taken);
        List<String> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(uniqueSlug(names.get(i), i + 1, used));
        }
        return out;
    }

    /**
     * The id of the name at 1-based {@code position}, as {@link #uniqueSlugs} gives it, unique against {@code used};
     * the id is added to {@code used}.
     */
    public static String uniqueSlug(String name, int position, java.util.Set<String> used) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = "connection-" + position;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A header name in canonical form: case-insensitive, spaces, {@code -} and {@code _} equivalent. */
    public static String headerKey(String header) {
        String h = header.strip();
        if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
            h = h.substring(1).strip();
        }
        return h.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
    }

    /**
     * The column whose name a header holds as whole words, for "did you mean": {@code School Name} holds
     * {@code school} (and {@code name}: the longer wins), {@code Your Role} holds {@code role}, {@code Value (1-5)}
     * holds {@code value}, {@code Last contact date} holds {@code last_contact}. Forms and exports write such headers.
     *
     * @param key     the header as {@link #headerKey} gives it
     * @param columns the column names ({@code last_contact})
     */
    public static java.util.Optional<String> columnWithin(String key, List<String> columns) {
        List<String> words = List.of(key.split("[^\\p{L}\\p{N}]+"));
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String c : columns) {
            List<String> parts = List.of(c.split("_"));
            for (int at = 0; at + parts.size() <= words.size(); at++) {
                if (words.subList(at, at + parts.size()).equals(parts)) {
                    if (best == null || c.length() > best.length() || c.length() == best.length() && at < bestAt) {
                        best = c;
                        bestAt = at;
                    }
                    break;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Splits a {@code ;}-separated cell into trimmed, non-blank items. */
    public static List<String> splitList(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : cell.split(";")) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The text stripped, each run of white space inside it (no-break spaces too) made one space; the same string
     * when nothing changes. How names are compared and shown across rows typed by different people.
     */
    public static String collapseSpaces(String s) {
        String t = s.strip();
        if (spacedOnce(t)) {
            return t;   // nearly every name: nothing to collapse, nothing to copy (a cohort asks for every row, #17)
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        boolean changed = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                changed |= space || c != ' ';
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return changed ? b.toString() : t;
    }

    /** Whether every space in a text is a single plain space: {@link #collapseSpaces} would leave it as it is. */
    private static boolean spacedOnce(String t) {
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > ' ' && c < 0x7F) {
                space = false;
            } else if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /**
     * Whether a cell is blank (null, empty, or only white space). Answered from the first character for nearly every
     * cell: a printable ASCII character other than the space is never white space (a cohort's every cell is asked,
     * #17).
     */
    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c > ' ' && c < 0x7F) {
                return false;
            }
        }
        return s.isBlank();
    }

    /**
     * The closest candidate by edit distance (case-insensitive), when it is close enough to be a likely typo.
     * Text longer than {@value #MAX_SUGGEST_CHARS} characters gets no suggestion: a typo hint means nothing there,
     * and comparing two 100,000-character cells would take minutes.
     */
    public static java.util.Optional<String> didYouMean(String input, Iterable<String> candidates) {
        return Spelling.likelyTypo(input, candidates);
    }

    /**
     * A value quoted for a message, shortened so a 10 MB cell does not flood the terminal (never inside an emoji
     * or other pair of UTF-16 units). Line breaks show as {@code \n}; other control characters are escaped when the
     * message becomes a {@link org.plnkit.core.problem.Problem}.
     */
    public static String quote(String s) {
        return org.plnkit.core.problem.Arg.quote(s);
    }

    /**
     * The text without the characters no output can show and XML cannot hold: control characters other than tab,
     * line feed and carriage return (an ESC that starts a terminal escape, a NUL, a bell; C1 controls too) and lone
     * halves of UTF-16 pairs, and U+FFFE and U+FFFF. The same instance when there are none, so that callers can tell with {@code !=}.
     *
     * <pre>{@code
     * Text.withoutControls("Ana\u001B[2J")   // "Ana[2J"
     * Text.withoutControls("Ana")              // the same "Ana"
     * }</pre>
     */
    public static String withoutControls(String s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            // printable ASCII is never dropped: only other characters take the call (every cell of a cohort comes
            // here, and the quick compiler does not inline it)
            if ((c < 0x20 || c >= 0x7F) && dropped(s, i)) {
                break;
            }
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            if (!dropped(s, i)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean dropped(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF) {
            return true; // U+FFFE and U+FFFF are not characters, and XML 1.0 does not allow them
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** The first line of a message, stripped; {@code "unknown reason"} for none. */
    public static String firstLine(String s) {
        if (s == null) {
            return "unknown reason";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
