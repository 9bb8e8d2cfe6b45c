package org.plnkit.analysis.cohort;

import java.util.Arrays;
import java.util.List;

/**
 * The distribution of a 0–100 score over participants: count, mean, five-number summary (quartiles by the
 * nearest-rank method) and a histogram of ten bins (0–9, 10–19, …, 80–89, 90–100). With no values every
 * figure is 0.
 *
 * <pre>{@code
 * ScoreStats s = ScoreStats.of(new int[] {40, 55, 70, 90});
 * s.median();        // 55 (nearest rank: the 2nd of 4)
 * s.histogram();     // [0, 0, 0, 0, 1, 1, 0, 1, 0, 1]
 * }</pre>
 *
 * @param count         how many values
 * @param mean          their mean
 * @param min           the lowest
 * @param lowerQuartile the value at rank ⌈0.25 × count⌉
 * @param median        the value at rank ⌈0.5 × count⌉
 * @param upperQuartile the value at rank ⌈0.75 × count⌉
 * @param max           the highest
 * @param histogram     ten counts, bin b holding scores 10b to 10b + 9 (the last also holds 100)
 *
 * @since 0.1.0
 */
public record ScoreStats(int count, double mean, int min, int lowerQuartile, int median, int upperQuartile, int max,
                         List<Integer> histogram) {
    public ScoreStats {
        histogram = List.copyOf(histogram);
    }

    /** The distribution of these scores (0–100). */
    public static ScoreStats of(int[] values) {
        int n = values.length;
        Integer[] bins = new Integer[10];
        Arrays.fill(bins, 0);
        if (n == 0) {
            return new ScoreStats(0, 0, 0, 0, 0, 0, 0, Arrays.asList(bins));
        }
        int[] v = values.clone();
        Arrays.sort(v);
        long sum = 0;
        for (int x : v) {
            sum += x;
            int b = Math.min(9, Math.max(0, x / 10));
            bins[b]++;
        }
        return new ScoreStats(n, (double) sum / n, v[0], rank(v, 0.25), rank(v, 0.5), rank(v, 0.75), v[n - 1],
                Arrays.asList(bins));
    }

    private static int rank(int[] sorted, double p) {
        int r = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, r - 1)];
    }
}
