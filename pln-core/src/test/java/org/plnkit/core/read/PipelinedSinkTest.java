package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sink fed on its own thread sees exactly the calls it would have seen directly, in order. */
class PipelinedSinkTest {
    /** Writes down every call; asks to stop at one row, or throws there. */
    private static final class Recording implements TableSink {
        final List<String> calls = new ArrayList<>();
        final int stopAt;
        final boolean fail;
        final List<Thread> threads = new ArrayList<>();

        Recording(int stopAt, boolean fail) {
            this.stopAt = stopAt;
            this.fail = fail;
        }

        @Override
        public boolean header(int row, String[] cells, int width) {
            threads.add(Thread.currentThread());
            calls.add("header " + row + " " + java.util.Arrays.asList(cells).subList(0, width));
            return true;
        }

        @Override
        public boolean row(int row, String[] cells, int width) {
            if (row == stopAt && fail) {
                throw new IllegalStateException("broken at " + row);
            }
            calls.add("row " + row + " " + java.util.Arrays.asList(cells).subList(0, width));
            return row != stopAt;
        }

        @Override
        public void cellProblem(int row, int column, String message) {
            calls.add("problem " + row + " " + column + " " + message);
        }

        @Override
        public void end() {
            calls.add("end");
        }
    }

    /** A source of {@code rows} rows below a header, with a cell problem before every 7th; false when stopped. */
    private static boolean feed(TableSink sink, int rows) {
        String[] cells = new String[8];
        cells[0] = "participant_id";
        cells[1] = "name";
        if (!sink.header(1, cells, 2)) {
            return false;
        }
        for (int r = 2; r < rows + 2; r++) {
            int width = 1 + r % 5;
            for (int c = 0; c < width; c++) {
                cells[c] = "v" + r + "-" + c;
            }
            if (r % 7 == 0) {
                sink.cellProblem(r, 3, "unreadable " + r);
            }
            boolean go = sink.row(r, cells, width);
            java.util.Arrays.fill(cells, null); // the source reuses its array
            if (!go) {
                return false;
            }
        }
        sink.end();
        return true;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 511, 512, 513, 5000})
    void everyCallArrivesInOrder(int rows) {
        Recording direct = new Recording(-1, false);
        feed(direct, rows);
        Recording piped = new Recording(-1, false);
        TableSink pipe = PipelinedSink.of(piped);
        feed(pipe, rows);
        PipelinedSink.finish(pipe);
        assertFalse(PipelinedSink.stopped(pipe));
        assertEquals(direct.calls, piped.calls);
        assertEquals(rows + 2, piped.calls.stream().filter(c -> !c.startsWith("problem")).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 600, 2999})
    void aStopIsSeenAndNothingAfterItArrives(int stopAt) {
        Recording direct = new Recording(stopAt, false);
        assertFalse(feed(direct, 3000));
        Recording piped = new Recording(stopAt, false);
        TableSink pipe = PipelinedSink.of(piped);
        feed(pipe, 3000); // the source may read on a little before it learns of the stop
        PipelinedSink.finish(pipe);
        assertEquals(Runtime.getRuntime().availableProcessors() >= 2, PipelinedSink.stopped(pipe));
        assertEquals(direct.calls, piped.calls);
        assertTrue(piped.calls.get(piped.calls.size() - 1).startsWith("row " + stopAt + " "));
    }

    @Test
    void whatTheSinkThrowsIsThrownByFinish() {
        Recording piped = new Recording(300, true);
        TableSink pipe = PipelinedSink.of(piped);
        if (pipe == piped) {
            return; // one core: no thread of its own, nothing to check
        }
        feed(pipe, 20_000); // the queue fills up and the sink's thread is gone: the source must not hang
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelinedSink.finish(pipe));
        assertEquals("broken at 300", e.getMessage());
        assertEquals(298, piped.calls.stream().filter(c -> c.startsWith("row ")).count());
        assertTrue(PipelinedSink.stopped(pipe));
    }

    @Test
    void theSinkRunsOnAThreadOfItsOwn() {
        Recording piped = new Recording(-1, false);
        TableSink pipe = PipelinedSink.of(piped);
        feed(pipe, 3);
        PipelinedSink.finish(pipe);
        if (pipe != piped) {
            assertEquals(1, piped.threads.size());
            assertFalse(piped.threads.get(0) == Thread.currentThread());
        } else {
            assertSame(Thread.currentThread(), piped.threads.get(0));
        }
    }
}
