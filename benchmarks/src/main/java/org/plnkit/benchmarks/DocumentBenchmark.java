package org.plnkit.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the benchmarks that write documents (workbooks, maps, exports), inherited by their classes:
 * one fork, headless, POI's logging quiet, 3 warm-up and 5 measured iterations of 2 s each.
 */
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class DocumentBenchmark {
}
