package org.plnkit.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Candidates prepared once for many {@link #likelyTypo(String, Iterable)} questions: the same answers, without
     * comparing every candidate each time. A cohort of 100,000 listed participants with 500 ids only in Connections
     * compared 50 million pairs that way, and the work grew with the square of the cohort (#17).
     *
     * <p>A likely typo is at most {@code max(2, length / 4)} edits from the input, and each edit spoils at most two of
     * the input's pairs of adjacent characters; so a candidate that shares fewer of them (counted with repeats) with
     * the input than it has, less twice that many edits, cannot be the answer, and is not compared (Ukkonen's q-gram
     * lemma). Short inputs, where that count says nothing, compare every candidate as before. Not for use by two
     * threads at once.
     */
    public static final class Index {
        private final String[] candidates;
        private final String[] lower;
        /** Per pair of adjacent (lower-case) characters: the candidates that have it, once per time, ascending. */
        private final Map<Integer, int[]> pairs = new HashMap<>();
        private int[] shared;
        private int[] touched;

        /** Prepares {@code candidates}, in their order (the first of equally close ones is the answer). */
        public Index(Iterable<String> candidates) {
            List<String> all = new ArrayList<>();
            candidates.forEach(all::add);
            this.candidates = all.toArray(new String[0]);
            this.lower = new String[this.candidates.length];
            Map<Integer, int[]> growing = new HashMap<>();
            Map<Integer, Integer> sizes = new HashMap<>();
            for (int i = 0; i < this.candidates.length; i++) {
                String c = this.candidates[i];
                lower[i] = c.toLowerCase(Locale.ROOT);
                if (c.length() > MAX_CHARS) {
                    continue; // never an answer
                }
                for (int x = 0; x + 1 < lower[i].length(); x++) {
                    Integer key = pair(lower[i], x);
                    int size = sizes.getOrDefault(key, 0);
                    int[] list = growing.get(key);
                    if (list == null || list.length == size) {
                        list = list == null ? new int[4] : Arrays.copyOf(list, size * 2);
                        growing.put(key, list);
                    }
                    list[size] = i;
                    sizes.put(key, size + 1);
                }
            }
            growing.forEach((key, list) -> pairs.put(key, Arrays.copyOf(list, sizes.get(key))));
        }

        /** The same as {@link Spelling#likelyTypo(String, Iterable)} over the candidates given. */
        public Optional<String> likelyTypo(String input) {
            String in = input.strip().toLowerCase(Locale.ROOT);
            if (in.length() > MAX_CHARS || candidates.length == 0) {
                return Optional.empty();
            }
            int most = Math.max(2, in.length() / 4); // the limit below is never more than this
            int needed = in.length() - 1 - 2 * most;  // pairs a candidate within `most` edits shares at least
            int best = -1;
            int bestDist = most + 1;
            if (needed <= 0) {
                for (int i = 0; i < candidates.length && bestDist > 0; i++) {
                    int d = compare(in, i, bestDist);
                    if (d < bestDist) {
                        best = i;
                        bestDist = d;
                    }
                }
            } else {
                for (int i : sharingAtLeast(in, needed)) {
                    int d = compare(in, i, bestDist);
                    if (d < bestDist) {
                        best = i;
                        bestDist = d;
                        if (d == 0) {
                            break;
                        }
                    }
                }
            }
            if (best < 0) {
                return Optional.empty();
            }
            int limit = Math.max(2, Math.min(in.length(), candidates[best].length()) / 4);
            return bestDist <= limit ? Optional.of(candidates[best]) : Optional.empty();
        }

        /** The distance to candidate {@code i} when below {@code bound}, else at least {@code bound}. */
        private int compare(String in, int i, int bound) {
            if (candidates[i].length() > MAX_CHARS || Math.abs(lower[i].length() - in.length()) >= bound) {
                return bound;
            }
            return distance(in, lower[i], bound);
        }

        /** The candidates sharing at least {@code needed} pairs with {@code in}, counted with repeats, ascending. */
        private int[] sharingAtLeast(String in, int needed) {
            if (shared == null) {
                shared = new int[candidates.length];
                touched = new int[candidates.length];
            }
            int touches = 0;
            Map<Integer, Integer> inPairs = new HashMap<>();
            for (int x = 0; x + 1 < in.length(); x++) {
                inPairs.merge(pair(in, x), 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> e : inPairs.entrySet()) {
                int[] list = pairs.get(e.getKey());
                if (list == null) {
                    continue;
                }
                int times = e.getValue();
                for (int at = 0; at < list.length; ) {
                    int c = list[at];
                    int run = 1;
                    while (at + run < list.length && list[at + run] == c) {
                        run++;
                    }
                    if (shared[c] == 0) {
                        touched[touches++] = c;
                    }
                    shared[c] += Math.min(run, times);
                    at += run;
                }
            }
            int[] out = new int[touches];
            int n = 0;
            for (int t = 0; t < touches; t++) {
                int c = touched[t];
                if (shared[c] >= needed) {
                    out[n++] = c;
                }
                shared[c] = 0;
            }
            out = Arrays.copyOf(out, n);
            Arrays.sort(out);
            return out;
        }

        private static Integer pair(String s, int at) {
            return (s.charAt(at) << 16) | s.charAt(at + 1);
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
