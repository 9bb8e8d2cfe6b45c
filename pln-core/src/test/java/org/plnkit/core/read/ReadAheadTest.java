package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading a sheet ahead on a thread of its own ({@link ReadAhead}) gives the parser the same reads as the stream
 * itself: the same bytes in the same pieces, the source's failure at the same place, and the source asked for the
 * same requests in the same order (so POI's zip-bomb checks and the sheet's limit fire at the same byte).
 */
class ReadAheadTest {
    /** A source of pseudo-random bytes in pieces of pseudo-random sizes, failing after some bytes; logs requests. */
    private static final class Source extends InputStream {
        final Random random;
        final long length;
        final long failAt;
        final IOException failure = new IOException("Zip bomb detected! (a test)");
        final List<Integer> requests = new ArrayList<>();
        long at;
        boolean closed;

        Source(long seed, long length, long failAt) {
            random = new Random(seed);
            this.length = length;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            requests.add(len);
            if (at >= failAt) {
                throw failure;
            }
            if (at >= length) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, 1 + random.nextInt(len)), length - at);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((at + i) * 31);
            }
            at += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** What a parser asking for {@code request} bytes at a time gets: each read's bytes, then the end or failure. */
    private static List<Object> reads(InputStream in, int request) {
        List<Object> got = new ArrayList<>();
        byte[] b = new byte[request];
        try {
            for (int n; (n = in.read(b, 0, request)) >= 0; ) {
                got.add(n + ":" + java.util.Arrays.hashCode(java.util.Arrays.copyOf(b, n)));
            }
            got.add("end");
        } catch (IOException e) {
            got.add(e);
        }
        return got;
    }

    @Test
    void theParserGetsTheSameReadsAndTheFailureInItsPlace() {
        qt().withExamples(200).forAll(integers().between(0, 300_000), integers().between(0, 400_000),
                integers().between(512, 9000)).checkAssert((length, failAt, request) -> {
                    Source direct = new Source(length, length, failAt);
                    Source ahead = new Source(length, length, failAt);
                    List<Object> expected = reads(direct, request);
                    List<Object> got = reads(ReadAhead.of(ahead), request);
                    assertEquals(expected.size(), got.size());
                    for (int i = 0; i < expected.size(); i++) {
                        if (expected.get(i) instanceof IOException e) {
                            assertSame(ahead.failure, got.get(i)); // the source's own exception
                            assertEquals(direct.failure.getMessage(), e.getMessage());
                        } else {
                            assertEquals(expected.get(i), got.get(i));
                        }
                    }
                    assertEquals(direct.requests, ahead.requests); // the guards saw the same requests
                });
    }

    @Test
    void closingStopsTheThreadAndClosesTheSource() throws IOException {
        Source source = new Source(1, 10_000_000, Long.MAX_VALUE);
        InputStream in = ReadAhead.of(source);
        byte[] b = new byte[4000];
        assertTrue(in.read(b, 0, b.length) > 0);
        in.close();
        assertTrue(source.closed);
        assertTrue(source.at < 10_000_000, "the thread stopped reading ahead");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("pln-read-unpack") && t.isAlive()), "no thread left behind");
    }

    @Test
    void aParsersFirstSmallReadsGoStraightToTheSource() throws IOException {
        Source source = new Source(2, 100_000, Long.MAX_VALUE);
        InputStream in = ReadAhead.of(source);
        assertTrue(in.read() >= 0);
        assertTrue(in.read(new byte[28], 0, 28) > 0);
        assertEquals(List.of(1, 28), source.requests);
        in.close();
    }
}
