package org.plnkit.benchmarks.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** What the comparisons with Graphviz share: timing a {@code neato} run, and the median and 90th percentile. */
final class Timing {
    private Timing() {
    }

    /**
     * neato's wall time in ms drawing {@code dot} into {@code out} in {@code format} ({@code -Tpng}), or -1 when it is
     * stopped after {@code timeoutSeconds}.
     */
    static double neato(Path dot, String format, Path out, long timeoutSeconds) throws IOException,
            InterruptedException {
        long s = System.nanoTime();
        Process p = new ProcessBuilder("neato", format, "-o", out.toString(), dot.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        if (p.exitValue() != 0) {
            throw new IOException("neato failed on " + dot);
        }
        return (System.nanoTime() - s) / 1e6;
    }

    /** The median of the times. */
    static double median(double[] ms) {
        return sorted(ms)[ms.length / 2];
    }

    /** The 90th percentile of the times. */
    static double p90(double[] ms) {
        return sorted(ms)[(int) Math.ceil(ms.length * 0.9) - 1];
    }

    private static double[] sorted(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s;
    }
}
