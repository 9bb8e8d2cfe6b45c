package org.plnkit.benchmarks.map;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plnkit.core.model.Pln;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMapRenderer;

/**
 * Time to render a participant's map (1600×1200, legend on) to PNG and to SVG bytes in a warm JVM.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MapRenderBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true"})
public class MapRenderBenchmark {
    @Param({"40", "150"})
    public int connections;

    @Param({"PNG", "SVG"})
    public Format format;

    private Pln pln;
    private PlnMapRenderer renderer;

    @Setup
    public void setUp() {
        pln = SyntheticPln.of(connections, 42);
        renderer = new PlnMapRenderer(MapOptions.defaults(SyntheticPln.AS_OF));
    }

    @Benchmark
    public byte[] render() {
        return renderer.render(pln, format);
    }
}
