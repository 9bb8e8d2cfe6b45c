package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ProjectionBuilder#smallest}: the projection's candidates are each participant's strongest others, picked
 * without sorting all they touch; the pick must be exactly the front of the sorted keys.
 */
class SmallestKeysProperties {
    private static final long SEED = 20261203L;

    @Test
    void theFrontIsTheSortedArraysFrontAndNothingIsLost() {
        qt().withFixedSeed(SEED).withExamples(3000)
                .forAll(lists().of(longs().between(-40, 40)).ofSizeBetween(0, 120),
                        lists().of(longs().all()).ofSizeBetween(0, 60),
                        integers().between(0, 130), integers().between(0, 1))
                .checkAssert((near, far, m, which) -> {
                    // near: small range, many equal keys; far: the whole range of long
                    List<Long> input = which == 0 ? near : far;
                    long[] keys = input.stream().mapToLong(Long::longValue).toArray();
                    long[] sorted = keys.clone();
                    Arrays.sort(sorted);
                    long[] work = Arrays.copyOf(keys, keys.length + 7); // a buffer longer than its contents
                    Arrays.fill(work, keys.length, work.length, Long.MIN_VALUE);
                    int c = ProjectionBuilder.smallest(work, keys.length, m);
                    assertEquals(Math.min(m, keys.length), c);
                    assertArrayEquals(Arrays.copyOf(sorted, c), Arrays.copyOf(work, c), "the front");
                    long[] all = Arrays.copyOf(work, keys.length);
                    Arrays.sort(all);
                    assertArrayEquals(sorted, all, "the same keys, only moved");
                    for (int i = keys.length; i < work.length; i++) {
                        assertEquals(Long.MIN_VALUE, work[i], "past the size, untouched");
                    }
                });
    }
}
