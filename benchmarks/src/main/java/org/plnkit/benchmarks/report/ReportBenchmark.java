package org.plnkit.benchmarks.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.benchmarks.map.SyntheticPln;
import org.plnkit.benchmarks.DocumentBenchmark;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.reflection.ReflectionDraft;
import org.plnkit.report.workbook.AssessmentWorkbook;

/**
 * What {@code pln assess --out} makes for one participant, in one warm JVM: the workbook (with the map picture
 * already drawn, and without it), the reflection draft, and the whole folder (map PNG and SVG included). The PLN is
 * the sample {@code samples/maria-lopez-librarian.yaml} (15 connections) or a synthetic one of 40 or 400.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar report.ReportBenchmark     # from the repository root
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReportBenchmark extends DocumentBenchmark {
    /** "sample" for Maria Lopez, or a number of connections for a synthetic PLN. */
    @Param({"sample", "40", "400"})
    public String pln;

    private ParticipantReport report;
    private AssessmentWorkbook workbook;
    private ReflectionDraft reflection;
    private byte[] png;
    private String alt;

    @Setup
    public void setUp() {
        Pln p = pln.equals("sample")
                ? new ParticipantFileReader().read(Path.of("samples/maria-lopez-librarian.yaml")).value()
                .orElseThrow(() -> new IllegalStateException("run from the repository root"))
                : SyntheticPln.of(Integer.parseInt(pln), 42);
        report = ParticipantReport.of(p, AssessmentOptions.asOf(SyntheticPln.AS_OF), false);
        workbook = new AssessmentWorkbook(report.taxonomy());
        reflection = new ReflectionDraft(report.taxonomy());
        png = PlnMap.render(report.pln(), report.mapOptions(), Format.PNG);
        alt = PlnMap.altText(report.pln(), report.mapOptions());
    }

    /** Workbooks per second, the map picture embedded (drawn once in the set-up). */
    @Benchmark
    public byte[] workbook() {
        return workbook.bytes(report.pln(), report.assessment(), Optional.of(png));
    }

    /** Workbooks per second without the picture. */
    @Benchmark
    public byte[] workbookWithoutMap() {
        return workbook.bytes(report.pln(), report.assessment(), Optional.empty());
    }

    /** Reflection drafts per second. */
    @Benchmark
    public String reflection() {
        return reflection.markdown(report.pln(), report.assessment(),
                new ReflectionDraft.MapFigure(Optional.of("map.png"), alt, Optional.of("workbook.xlsx")));
    }

    /** Whole report folders per second: assessment, map PNG and SVG, alt text, workbook, draft, JSON. */
    @Benchmark
    public List<ReportBundle.ReportFile> folder() {
        ParticipantReport r = ParticipantReport.of(report.pln(), AssessmentOptions.asOf(SyntheticPln.AS_OF), false);
        return ReportBundle.render(r, EnumSet.allOf(ReportFormat.class));
    }
}
