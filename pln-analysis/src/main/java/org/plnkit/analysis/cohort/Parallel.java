package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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

    /**
     * Starts {@code body} for 0 … n−1 on all but one of the threads and returns at once, so that the caller's thread
     * can do other work meanwhile without more threads running than were asked for; {@link Started#join()} lends the
     * caller's thread to what is left, waits for the rest and rethrows what the body threw. Indices are handed out one
     * at a time, so whichever thread is free takes the next. With one thread, the whole range runs in
     * {@code join()}, on the caller's thread.
     */
    Started start(int n, IntConsumer body) {
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                body.accept(i);
            }
        };
        if (pool == null || n < 2) {
            return drain::run;
        }
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int k = 1; k < pool.getParallelism(); k++) {
            helpers.add(pool.submit(drain));
        }
        return () -> {
            drain.run();
            helpers.forEach(ForkJoinTask::join);
        };
    }

    /** A range started by {@link #start}. */
    interface Started {
        /** Runs what is left on this thread, waits until every index has run; rethrows what the body threw. */
        void join();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
