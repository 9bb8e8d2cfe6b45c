package org.plnkit.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.plnkit.report.bundle.BulkReports;

/**
 * Shows how far the participant reports are: a progress bar on a terminal; otherwise (a log, a pipe, CI) a plain
 * line at every tenth of the way and at least every {@value #PLAIN_EVERY_SECONDS} seconds, so that logs stay short.
 */
abstract class Progress implements BulkReports.Listener, AutoCloseable {
    static final int PLAIN_EVERY_SECONDS = 15;

    /** A bar on {@code terminal} when there is one ({@code System.console()}), else plain lines to {@code err}. */
    static Progress of(String task, int total, boolean interactive, PrintStream terminal, PrintWriter err) {
        return interactive ? new Bar(task, total, terminal) : new Plain(task, err, System::nanoTime);
    }

    @Override
    public abstract void close();

    /** The bar of me.tongfei:progressbar, with the failures so far as its message. */
    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private int failed;

        Bar(String task, int total, PrintStream terminal) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
        }

        @Override
        public void finished(BulkReports.Outcome outcome, int done, int total) {
            if (outcome.status() == BulkReports.Status.FAILED) {
                failed++;
                bar.setExtraMessage(failed + " failed");
            }
            bar.stepTo(done);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** Plain lines: "participant reports: 300 of 1,000 (30%), 0 failed, 21 s". */
    static final class Plain extends Progress {
        private final String task;
        private final PrintWriter err;
        private final LongSupplier clock;
        private final long start;
        private long last;
        private int lastTenth;
        private int failed;

        Plain(String task, PrintWriter err, LongSupplier nanoClock) {
            this.task = task;
            this.err = err;
            this.clock = nanoClock;
            this.start = nanoClock.getAsLong();
            this.last = start;
        }

        @Override
        public void finished(BulkReports.Outcome outcome, int done, int total) {
            if (outcome.status() == BulkReports.Status.FAILED) {
                failed++;
            }
            long now = clock.getAsLong();
            int tenth = (int) (10L * done / Math.max(1, total));
            if (tenth > lastTenth || now - last >= PLAIN_EVERY_SECONDS * 1_000_000_000L || done == total) {
                lastTenth = tenth;
                last = now;
                err.println(String.format(Locale.ROOT, "%s: %,d of %,d (%d%%), %,d failed, %d s", task, done, total,
                        100L * done / Math.max(1, total), failed, (now - start) / 1_000_000_000L));
                err.flush();
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
