package org.plnkit.analysis.cohort;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of work on a fixed number of threads. Results are written by index, so their order never
 * depends on the threads; with one thread, everything runs on the caller's thread.
 */
final class Parallel implements AutoCloseable {
    private final ForkJoinPool pool;

    Parallel(int threads) {
        // numbered here: a worker's pool index is not set yet when the factory names it (every worker was
        // "pln-cohort-0", and a profile showed the two as one thread)
        AtomicInteger workers = new AtomicInteger();
        this.pool = threads <= 1 ? null : new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("pln-cohort-" + workers.getAndIncrement());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** Runs {@code body} for 0 … n−1, in any order and on any thread; returns when all are done. */
    void range(int n, IntConsumer body) {
        if (pool == null || n < 2) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
