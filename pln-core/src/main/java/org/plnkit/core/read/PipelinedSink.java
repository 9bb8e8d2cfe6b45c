package org.plnkit.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands a source's rows to a sink on a thread of its own, in the order they come, so that parsing a table (XML or
 * CSV) and building the model from its rows run side by side on two cores (#17). The sink sees exactly the calls
 * it would have seen directly, in the same order, on one thread; nothing else may touch what it writes to (its
 * problems, its model) until {@link #finish} has returned.
 *
 * <p>The source learns late that the sink asked to stop (a row or header returned false): calls here answer
 * {@code false} only once the sink's thread has got there, so the source may read a few batches further. Those
 * calls are dropped, and after {@link #finish} the source must check {@link #stopped} and then act as if it had
 * stopped at once (report nothing more about the table; a failure it met reading further does not count).
 *
 * <pre>{@code
 * PipelinedSink pipe = PipelinedSink.of(sink);
 * try { feed rows to pipe } finally { pipe.finish(); }
 * if (pipe.stopped()) return;   // as if the sink had stopped the source
 * }</pre>
 */
final class PipelinedSink implements TableSink {
    /** Rows per hand-over: a queue operation per row would cost more than it saves. */
    private static final int BATCH = 512;
    /** Batches read ahead at most (about 2,000 rows of a cohort, a few hundred kB). */
    private static final int AHEAD = 4;

    private final TableSink target;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile boolean stopped;
    private volatile Throwable failure;
    private boolean finished;

    private record Row(int row, String[] cells, boolean header) {
    }

    private record CellProblem(int row, int column, String message) {
    }

    private static final Object END = new Object();
    private static final List<Object> LAST = List.of();

    private PipelinedSink(TableSink target) {
        this.target = target;
        this.thread = new Thread(this::work, "pln-read-rows");
        thread.setDaemon(true);
        thread.start();
    }

    /** The sink fed on a thread of its own; the sink itself when there is one core only (nothing to gain). */
    static TableSink of(TableSink target) {
        return Runtime.getRuntime().availableProcessors() < 2 ? target : new PipelinedSink(target);
    }

    /** Waits for the sink to take every call handed over; rethrows what the sink threw, if anything. */
    static void finish(TableSink sink) {
        if (sink instanceof PipelinedSink p) {
            p.finish();
        }
    }

    /** Whether the sink asked to stop (known for certain after {@link #finish}). */
    static boolean stopped(TableSink sink) {
        return sink instanceof PipelinedSink p && p.stopped;
    }

    @Override
    public boolean header(int row, String[] cells, int width) {
        add(new Row(row, Arrays.copyOf(cells, width), true));
        return !stopped;
    }

    @Override
    public boolean row(int row, String[] cells, int width) {
        add(new Row(row, Arrays.copyOf(cells, width), false));
        return !stopped;
    }

    @Override
    public void cellProblem(int row, int column, String message) {
        add(new CellProblem(row, column, message));
    }

    @Override
    public void end() {
        add(END);
    }

    private void add(Object call) {
        if (stopped) {
            return;
        }
        batch.add(call);
        if (batch.size() >= BATCH) {
            handOver();
        }
    }

    private void handOver() {
        List<Object> full = batch;
        batch = new ArrayList<>(BATCH);
        put(full);
    }

    private void put(List<Object> items) {
        try {
            while (!queue.offer(items, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return; // the sink's thread is gone (it failed): finish() reports why
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    /** Hands over what is left, waits for the sink's thread, and rethrows what the sink threw. */
    void finish() {
        if (!finished) {
            finished = true;
            if (!batch.isEmpty()) {
                handOver();
            }
            put(LAST);
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void work() {
        try {
            while (true) {
                List<Object> items = queue.take();
                if (items == LAST) {
                    return;
                }
                for (Object call : items) {
                    if (!stopped) {
                        deliver(call);
                    }
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("interrupted while reading", e);
            stopped = true;
        } catch (RuntimeException | Error e) {
            failure = e;
            stopped = true;
        }
    }

    private void deliver(Object call) {
        if (call instanceof Row r) {
            boolean go = r.header ? target.header(r.row, r.cells, r.cells.length)
                    : target.row(r.row, r.cells, r.cells.length);
            if (!go) {
                stopped = true;
            }
        } else if (call instanceof CellProblem p) {
            target.cellProblem(p.row, p.column, p.message);
        } else if (call == END) {
            target.end();
        }
    }
}
