package org.plnkit.report.bundle;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The wait for a participant's report ends when an error kills one of the pool's threads: a task lost with its
 * worker (seen with a tiny heap) must not leave {@code pln cohort --per-participant} waiting for ever.
 */
class BulkReportsAwaitTest {
    @Test
    void aTaskLostWithItsWorkerEndsTheWaitWithTheError() {
        FutureTask<Object> lost = new FutureTask<>(() -> null);   // never run: its worker died before
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        Thread killer = new Thread(() -> {
            sleep(300);
            escaped.set(oom);
        });
        killer.start();
        ExecutionException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ExecutionException.class, () -> BulkReports.await(lost, escaped)));
        assertSame(oom, e.getCause());
    }

    @Test
    void aTaskThatEndsIsWaitedForAndItsOwnErrorArrivesAsBefore() throws Exception {
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        FutureTask<Object> slow = new FutureTask<>(() -> {
            sleep(500);
            return "done";
        });
        new Thread(slow).start();
        BulkReports.await(slow, escaped);

        StackOverflowError own = new StackOverflowError();
        FutureTask<Object> failing = new FutureTask<>(() -> {
            throw own;
        });
        failing.run();
        assertSame(own, assertThrows(ExecutionException.class, () -> BulkReports.await(failing, escaped)).getCause());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
