package org.plnkit.core.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Edit distance and "did you mean" for messages. Internal: shared by the model (unknown categories) and the
 * readers (unknown columns, ids, topics); not exported from pln-core.
 *
 * @since 0.1.0
 */
public final class Spelling {
    /** The longest text compared: a typo hint means nothing on longer text, and comparing two huge cells is slow. */
    public static final int MAX_CHARS = 200;

    private Spelling() {
    }

    /**
     * The closest candidate by edit distance (case-insensitive), when it is close enough to be a likely typo: one
     * edit in a short word, about one in four characters in a long one. Empty for text over {@value #MAX_CHARS}
     * characters.
     */
    public static Optional<String> likelyTypo(String input, Iterable<String> candidates) {
        String in = input.strip().toLowerCase(Locale.ROOT);
        Optional<Scored> best = nearest(in, candidates);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        // one typo in a short word, about one in four characters in a long one ("game-based" is no typo of "project-based")
        int limit = Math.max(2, Math.min(in.length(), best.get().candidate().length()) / 4);
        return best.get().distance() <= limit ? Optional.of(best.get().candidate()) : Optional.empty();
    }

    /**
     * The closest candidate by edit distance (case-insensitive), however far; the first of equally close ones.
     * Empty when there are no candidates or the input is over {@value #MAX_CHARS} characters.
     */
    public static Optional<String> closest(String input, Iterable<String> candidates) {
        return nearest(input.strip().toLowerCase(Locale.ROOT), candidates).map(Scored::candidate);
    }

    /**
     * As {@link #likelyTypo(String, Iterable)}, the same answer, with the edit distances remembered in {@code memo}:
     * for a reader that asks about the same few words many thousands of times (a cohort's connection topics against
     * each participant's topics).
     */
    public static Optional<String> likelyTypo(String input, Iterable<String> candidates, Memo memo) {
        String in = input.strip().toLowerCase(Locale.ROOT);
        Optional<Scored> best = nearest(in, candidates, memo);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int limit = Math.max(2, Math.min(in.length(), best.get().candidate().length()) / 4);
        return best.get().distance() <= limit ? Optional.of(best.get().candidate()) : Optional.empty();
    }

    /** Edit distances already computed, by pair of (lower-case) texts; holds at most {@value #MEMO_PAIRS} pairs. */
    public static final class Memo {
        private final java.util.Map<String, java.util.Map<String, Integer>> pairs = new java.util.HashMap<>();
        private int size;

        int distance(String a, String b) {
            java.util.Map<String, Integer> row = pairs.get(a);
            Integer d = row == null ? null : row.get(b);
            if (d != null) {
                return d;
            }
            int computed = Spelling.distance(a, b);
            if (size < MEMO_PAIRS) {
                pairs.computeIfAbsent(a, k -> new java.util.HashMap<>()).put(b, computed);
                size++;
            }
            return computed;
        }
    }

    /** The most pairs a {@link Memo} keeps (a few MB); past that, distances are computed each time. */
    static final int MEMO_PAIRS = 100_000;

    private record Scored(String candidate, int distance) {
    }

    private static Optional<Scored> nearest(String in, Iterable<String> candidates) {
        return nearest(in, candidates, null);
    }

    private static Optional<Scored> nearest(String in, Iterable<String> candidates, Memo memo) {
        if (in.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            // the distance is at least the difference in length: a candidate that cannot be closer than the best so
            // far is not compared (the first of equally close ones still wins); an exact match ends the search
            if (c.length() > MAX_CHARS) {
                continue;
            }
            String lower = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lower.length() - in.length()) >= bestDist) {
                continue;
            }
            int d = memo == null ? distance(in, lower, bestDist) : memo.distance(in, lower);
            if (d < bestDist) {
                bestDist = d;
                best = c;
                if (d == 0) {
                    break;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Scored(best, bestDist));
    }

    /**
     * The Levenshtein distance between two strings when it is below {@code bound}; else some number at least
     * {@code bound}: the rows stop as soon as none of their cells is below it (a row's least cell never decreases).
     * Asked of 5,000 listed ids for each unknown one, the full table was a sixth of a cohort's row checks (#17).
     */
    static int distance(String a, String b, int bound) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int least = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ai == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = v;
                if (v < least) {
                    least = v;
                }
            }
            if (least >= bound) {
                return least;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The Levenshtein distance between two strings. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }
}
