package org.plnkit.benchmarks.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.plnkit.benchmarks.DocumentBenchmark;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.report.exchange.CsvGraphImporter;
import org.plnkit.report.exchange.ExchangeFormat;
import org.plnkit.report.exchange.GexfImporter;
import org.plnkit.report.exchange.GraphMlImporter;
import org.plnkit.report.exchange.ImportMapping;
import org.plnkit.report.exchange.PlnExporter;
import org.plnkit.report.template.TemplateOptions;
import org.plnkit.report.template.TemplateWriter;
import org.plnkit.report.template.YamlTemplate;

/**
 * The template and the interchange formats: writing the organizer workbook, exporting the sample PLN, and
 * exporting and importing a PLN at the connection limit (2,000 connections, 2,000 links, every field given).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar exchange}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExchangeBenchmark extends DocumentBenchmark {
    private final PlnExporter exporter = new PlnExporter(Taxonomy.defaults());
    private Pln sample;
    private Pln big;
    private byte[] bigGraphMl;
    private byte[] bigGexf;
    private byte[] bigNodes;
    private byte[] bigEdges;

    @Setup
    public void setUp() {
        sample = new ParticipantFileReader().read(Path.of("samples/maria-lopez-librarian.yaml")).value()
                .orElseThrow(() -> new IllegalStateException("run from the repository root"));
        big = big(2000, 2000, 20261128L);
        bigGraphMl = exporter.toString(big, ExchangeFormat.GRAPHML).getBytes(StandardCharsets.UTF_8);
        bigGexf = exporter.toString(big, ExchangeFormat.GEXF).getBytes(StandardCharsets.UTF_8);
        StringWriter n = new StringWriter();
        StringWriter e = new StringWriter();
        try {
            exporter.writeCsv(big, n, e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        bigNodes = n.toString().getBytes(StandardCharsets.UTF_8);
        bigEdges = e.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Pln big(int connections, int links, long seed) {
        Random r = new Random(seed);
        List<String> categories = Taxonomy.defaults().ids();
        List<Connection> cs = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            cs.add(Connection.builder("c" + i, "Connection " + i, Kind.values()[i % 3], categories.get(i % categories.size()))
                    .url("https://example.org/" + i).metVia("conference").frequency(Frequency.values()[i % 6])
                    .value(1 + r.nextInt(5)).givesBack(r.nextBoolean()).participation(Participation.values()[i % 4])
                    .wantsMore(r.nextBoolean()).topics(List.of("coding", "makerspaces"))
                    .lastContact(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300))).build());
        }
        List<Link> ls = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (ls.size() < links) {
            int a = r.nextInt(connections);
            int b = r.nextInt(connections);
            if (a != b && seen.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                ls.add(new Link("c" + a, "c" + b));
            }
        }
        Participant p = new Participant("big", "Big PLN", Optional.empty(), Optional.empty(), List.of("coding"),
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1)));
        return new Pln(p, cs, ls);
    }

    @Benchmark
    public byte[] templateWorkbook() {
        return new TemplateWriter(TemplateOptions.defaults()).bytes();
    }

    @Benchmark
    public String templateYaml() {
        return YamlTemplate.text(TemplateOptions.defaults());
    }

    /** The formats the sample PLN is exported in. */
    @State(Scope.Benchmark)
    public static class SampleFormat {
        @Param({"GRAPHML", "GEXF", "DOT", "JSON"})
        public ExchangeFormat format;
    }

    /** The formats the PLN at the connection limit is exported in and imported from. */
    @State(Scope.Benchmark)
    public static class BigFormat {
        @Param({"GRAPHML", "GEXF", "CSV"})
        public ExchangeFormat format;
    }

    @Benchmark
    public String sampleExport(SampleFormat f) {
        return exporter.toString(sample, f.format);
    }

    @Benchmark
    public String bigExport(BigFormat f) throws IOException {
        if (f.format != ExchangeFormat.CSV) {
            return exporter.toString(big, f.format);
        }
        StringWriter n = new StringWriter();
        exporter.writeCsv(big, n, new StringWriter());
        return n.toString();
    }

    @Benchmark
    public Pln bigImport(BigFormat f) {
        ReadResult<Pln> r = switch (f.format) {
            case GRAPHML -> new GraphMlImporter(Taxonomy.defaults(), Limits.DEFAULT, ImportMapping.NONE)
                    .read("big.graphml", bigGraphMl);
            case GEXF -> new GexfImporter(Taxonomy.defaults(), Limits.DEFAULT, ImportMapping.NONE)
                    .read("big.gexf", bigGexf);
            default -> new CsvGraphImporter(Taxonomy.defaults(), Limits.DEFAULT, ImportMapping.NONE)
                    .read("big-nodes.csv", bigNodes, "big-edges.csv", bigEdges);
        };
        return r.value().orElseThrow();
    }
}
