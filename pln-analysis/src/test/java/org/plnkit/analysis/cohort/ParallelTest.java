package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link Parallel#start}: every index runs once, on no more threads than asked for, and failures come back. */
class ParallelTest {
    @Test
    void everyIndexRunsExactlyOnceWhateverTheThreadsAndTheCallersOwnWork() {
        qt().withExamples(200).forAll(integers().between(1, 4), integers().between(0, 600), integers().between(0, 3))
                .checkAssert((threads, n, callerWork) -> {
                    AtomicIntegerArray runs = new AtomicIntegerArray(n);
                    Set<Thread> used = ConcurrentHashMap.newKeySet();
                    try (Parallel p = new Parallel(threads)) {
                        Parallel.Started started = p.start(n, i -> {
                            used.add(Thread.currentThread());
                            runs.incrementAndGet(i);
                        });
                        long spin = 0;
                        for (int k = 0; k < callerWork * 10_000; k++) {
                            spin += k;   // the caller's own work meanwhile
                        }
                        assertEquals(callerWork * 10_000L * (callerWork * 10_000L - 1) / 2, spin);
                        started.join();
                    }
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, runs.get(i), "index " + i + " of " + n + " on " + threads + " threads");
                    }
                    // the caller counts as one of the threads: never more than asked for
                    assertEquals(true, used.size() <= threads, used + " for " + threads + " threads");
                });
    }

    @Test
    void oneThreadRunsEverythingOnTheCallersThreadInJoin() {
        AtomicIntegerArray runs = new AtomicIntegerArray(5);
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        try (Parallel p = new Parallel(1)) {
            Parallel.Started started = p.start(5, i -> {
                used.add(Thread.currentThread());
                runs.incrementAndGet(i);
            });
            assertEquals(0, runs.get(0) + runs.get(4), "nothing runs before join with one thread");
            started.join();
        }
        assertEquals(Set.of(Thread.currentThread()), used);
    }

    @Test
    void aFailureInTheBodyIsRethrownByJoin() {
        for (int threads : new int[] {1, 2, 3}) {
            IllegalStateException boom = new IllegalStateException("participant 7");
            try (Parallel p = new Parallel(threads)) {
                Parallel.Started started = p.start(50, i -> {
                    if (i == 7) {
                        throw boom;
                    }
                });
                RuntimeException e = assertThrows(RuntimeException.class, started::join);
                Throwable t = e;
                while (t != boom && t.getCause() != null) {
                    t = t.getCause();
                }
                assertSame(boom, t, threads + " threads");
            }
        }
    }
}
