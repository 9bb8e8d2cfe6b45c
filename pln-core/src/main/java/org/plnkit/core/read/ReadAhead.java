package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A sheet's bytes unpacked on a thread of their own, ahead of the XML parser (#17): inflating the Connections sheet
 * of a 5,000-participant cohort (83 MB) is about a third of a second of the parse thread's time, which is the
 * read's critical path, while the second core has room beside the model thread.
 *
 * <p>The parser sees exactly what it saw reading the stream itself. The thread reads the source in requests of
 * the size of the parser's first request (Aalto always asks for the same number of bytes), and each read of the
 * parser of that size gets one such piece whole, so the source (and its guards: POI's zip-bomb checks, the sheet's
 * unpacked limit) sees the same requests, in the same order, as before. A failure of the source is handed over in
 * its place and thrown when the parser reaches it, after the bytes before it. Requests under 512 bytes before the
 * first real one (a parser's look at the encoding) go straight to the source. Closing stops the thread. Buffers are
 * reused (a fixed ring), so reading ahead makes no garbage, and the threads meet once per 16 reads.
 * {@code -Dpln.read.ahead=false} turns it off.
 */
final class ReadAhead extends InputStream {
    /** Batches read ahead at most, each of up to 16 of the parser's requests (Aalto's: 4,000 bytes). */
    private static final int AHEAD = 4;
    private static final int READS = 16;
    /** Smaller requests (a parser looking at the first bytes) go straight to the source. */
    private static final int MIN_REQUEST = 512;
    private static final Batch STOP = new Batch(0);

    private final InputStream source;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(AHEAD + 1);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(AHEAD + 1);
    private Batch current;
    private Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /**
     * Some reads of the source, one after the other in one buffer (handed over together, so that the threads
     * meet once per batch rather than once per read), then perhaps the source's end or what it threw.
     */
    private static final class Batch {
        final byte[] bytes;
        final int size;
        final int[] lengths = new int[READS];
        int count;
        int read;
        int at;
        boolean end;
        Throwable failure;

        Batch(int size) {
            this.size = size;
            bytes = new byte[size * READS];
        }
    }

    private ReadAhead(InputStream source) {
        this.source = source;
    }

    /** The source read ahead on its own thread when there is a second core, else the source itself. */
    static InputStream of(InputStream source) {
        if (Runtime.getRuntime().availableProcessors() < 2 || "false".equals(System.getProperty("pln.read.ahead"))) {
            return source;
        }
        return new ReadAhead(source);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (thread == null) {
            if (len < MIN_REQUEST) {
                return source.read(b, off, len); // a parser's first look at the encoding, before its real reads
            }
            start(len);
        }
        if (ended) {
            return -1;
        }
        if (current == null) {
            current = take();
        }
        Batch c = current;
        if (c.read == c.count) {
            ended = true;
            current = null;
            if (c.failure != null) {
                throw rethrow(c.failure);
            }
            return -1; // the source's end
        }
        int length = c.lengths[c.read];
        int n = Math.min(len, length - c.at);
        System.arraycopy(c.bytes, c.read * c.size + c.at, b, off, n);
        c.at += n;
        if (c.at == length) {
            c.read++;
            c.at = 0;
            if (c.read == c.count && !c.end && c.failure == null) {
                current = null;
                free.offer(c);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (thread != null) {
            free.offer(STOP); // wakes the thread if it waits for a buffer; it stops after the read it is in
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the source is not touched by two threads: wait for it all the same
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        source.close();
    }

    private void start(int size) {
        for (int i = 0; i < AHEAD; i++) {
            free.add(new Batch(size));
        }
        thread = new Thread(this::run, "pln-read-unpack");
        thread.setDaemon(true);
        thread.start();
    }

    /** The thread: the source's reads, in the parser's request size, until its end, a failure or a close. */
    private void run() {
        try {
            while (true) {
                Batch c = free.take();
                if (closed || c == STOP) {
                    return;
                }
                c.count = 0;
                c.read = 0;
                c.at = 0;
                while (c.count < READS) {
                    int n;
                    try {
                        n = source.read(c.bytes, c.count * c.size, c.size);
                    } catch (Throwable t) { // handed to the parser, which throws it where it would have met it
                        c.failure = t;
                        break;
                    }
                    if (n < 0) {
                        c.end = true;
                        break;
                    }
                    c.lengths[c.count++] = n;
                }
                full.put(c);
                if (c.failure != null || c.end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // only close() stops the thread, and it never interrupts it (a channel's read would close the file)
        }
    }

    private Batch take() throws IOException {
        try {
            return full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the read was interrupted");
        }
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t);
    }
}
