package org.plnkit.report.io;

import java.nio.file.Path;

/** A process for {@link AtomicOutputKillTest}: writes a file through {@link AtomicOutput} slowly, forever. */
public final class SlowWriter {
    private SlowWriter() {
    }

    public static void main(String[] args) throws Exception {
        AtomicOutput.write(Path.of(args[0]), true, out -> {
            byte[] chunk = new byte[4096];
            java.util.Arrays.fill(chunk, (byte) 'n');
            for (;;) {
                out.write(chunk);
                out.flush();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
