package org.plnkit.report.run;

import org.plnkit.report.bundle.BulkReports;

/**
 * Told how a {@link DistrictRun} goes: the time of each step, and each participant's report as it finishes. Calls
 * come one at a time, but not always from the caller's thread. Both methods do nothing unless overridden.
 *
 * <pre>{@code
 * RunListener timings = new RunListener() {
 *     @Override
 *     public void step(String step, long nanos) {
 *         log.info(step + ": " + nanos / 1_000_000 + " ms");
 *     }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RunListener extends BulkReports.Listener {
    /** A listener that does nothing. */
    RunListener NONE = new RunListener() {
    };

    /**
     * A step is done: one of the cohort analysis's steps, {@code workbook}, {@code map (png, svg, alt text)} or
     * {@code json}.
     *
     * @param step  its name, for people
     * @param nanos how long it took
     */
    default void step(String step, long nanos) {
    }

    @Override
    default void finished(BulkReports.Outcome outcome, int done, int total) {
    }
}
