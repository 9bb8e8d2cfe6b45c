package org.plnkit.analysis.cohort;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.plnkit.core.read.internal.Text;

/**
 * The spellings of one shared node's name or web address, counted once per participant, to show the one most
 * participants used (ties: the first seen in input order). Nothing is lower-cased or upper-cased: a name is shown as
 * people wrote it, with surrounding spaces trimmed and runs of spaces inside collapsed to one; of a web address only
 * the scheme and host, which are case-insensitive, are lower-cased ({@code HTTPS://WWW.TxASL.org/Conf} is
 * {@code https://www.txasl.org/Conf}).
 */
final class Spellings {
    /** Per spelling: how many participants used it, and the last participant counted. */
    private final Map<String, int[]> counts = new LinkedHashMap<>(4);

    /**
     * Names and web addresses tidied ({@link #tidyName}, {@link #tidyUrl}) once per distinct text: a cohort's tens of
     * thousands of connection rows repeat a few thousand names, and tidying each row again was most of the time the
     * cohort graph took (#17). One per graph being built; not shared between threads.
     */
    static final class Tidy {
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> urls = new HashMap<>();

        /** {@link #tidyName} of a name. */
        String name(String name) {
            return once(names, name, Spellings::tidyName);
        }

        /** {@link #tidyUrl} of a web address. */
        String url(String url) {
            return once(urls, url, Spellings::tidyUrl);
        }

        private static String once(Map<String, String> done, String text, UnaryOperator<String> tidy) {
            String t = done.get(text);
            if (t == null) {
                t = tidy.apply(text);
                done.put(text, t);
            }
            return t;
        }
    }

    /**
     * Counts a spelling, already tidied ({@link Tidy}), as written by participant {@code participant} (each
     * participant once per spelling).
     */
    void add(String spelling, int participant) {
        int[] seen = counts.computeIfAbsent(spelling, x -> new int[] {0, -1});
        if (seen[1] != participant) {
            seen[0]++;
            seen[1] = participant;
        }
    }

    /** The spelling most participants used, ties to the first seen; empty when nothing was counted. */
    Optional<String> mostUsed() {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] > bestCount) {
                best = e.getKey();
                bestCount = e.getValue()[0];
            }
        }
        return Optional.ofNullable(best);
    }

    /** A name stripped, each run of whitespace inside it one space. */
    static String tidyName(String name) {
        return Text.collapseSpaces(name);
    }

    /** A web address stripped, with its scheme and host (not the user part, path, query or fragment) lower-cased. */
    static String tidyUrl(String url) {
        String t = url.strip();
        int colon = t.indexOf("://");
        if (colon <= 0) {
            return t;
        }
        for (int i = 0; i < colon; i++) {
            char c = t.charAt(i);
            if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return t;
            }
        }
        int start = colon + 3;
        int end = start;
        while (end < t.length() && "/?#".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        int at = t.lastIndexOf('@', end - 1);
        int hostStart = at >= start ? at + 1 : start;
        return t.substring(0, colon).toLowerCase(Locale.ROOT) + t.substring(colon, hostStart)
                + t.substring(hostStart, end).toLowerCase(Locale.ROOT) + t.substring(end);
    }
}
