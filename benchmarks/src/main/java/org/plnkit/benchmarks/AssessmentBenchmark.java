package org.plnkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.AssessmentText;
import org.plnkit.analysis.Assessor;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Assessments per second of one participant's PLN of 40 and 400 connections (a seeded synthetic PLN with about
 * 0.75 links per connection and five topics), and the cost of writing the result as JSON and text.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AssessmentBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessmentBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final List<String> TOPICS = List.of("coding", "makerspaces", "digital citizenship",
            "information literacy", "ai in education", "collection development", "reading", "math", "science",
            "classroom management");

    @Param({"40", "400"})
    public int connections;

    private Pln pln;
    private Assessor assessor;
    private Assessment assessment;

    @Setup
    public void setUp() {
        pln = syntheticPln(connections, 42L);
        assessor = new Assessor(AssessmentOptions.asOf(AS_OF));
        assessment = assessor.assess(pln);
    }

    /** One full assessment: every measure, the health score and the action plan. */
    @Benchmark
    public Assessment assess() {
        return assessor.assess(pln);
    }

    /** Writing an assessment as JSON. */
    @Benchmark
    public int json() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        AssessmentJson.write(assessment, out);
        return out.size();
    }

    /** Rendering an assessment as the plain-text summary. */
    @Benchmark
    public int text() {
        return AssessmentText.render(assessment).length();
    }

    /** A reproducible PLN of {@code n} connections spread over the default categories. */
    static Pln syntheticPln(int n, long seed) {
        Random r = new Random(seed);
        List<String> categories = Taxonomy.defaults().ids();
        List<Connection> cs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Kind kind = Kind.values()[r.nextInt(3)];
            Connection.Builder b = Connection.builder("c" + i, "Connection " + i, kind,
                    categories.get(r.nextInt(categories.size())))
                    .frequency(Frequency.values()[r.nextInt(Frequency.values().length)])
                    .value(1 + r.nextInt(5))
                    .givesBack(r.nextInt(3) == 0)
                    .metVia(r.nextBoolean() ? "school" : "twitter");
            if (kind != Kind.PERSON) {
                b.participation(Participation.values()[r.nextInt(4)]).wantsMore(r.nextInt(5) == 0);
            }
            List<String> topics = new ArrayList<>();
            for (int t = 0; t < 1 + r.nextInt(3); t++) {
                String topic = TOPICS.get(r.nextInt(TOPICS.size()));
                if (!topics.contains(topic)) {
                    topics.add(topic);
                }
            }
            b.topics(topics);
            if (r.nextInt(6) != 0) {
                b.lastContact(AS_OF.minusDays(r.nextInt(400)));
            }
            cs.add(b.build());
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n * 3 / 4 && n > 1; i++) {
            int a = r.nextInt(n);
            int c = r.nextInt(n);
            if (a != c) {
                links.add(new Link("c" + a, "c" + c));
            }
        }
        Participant p = new Participant("p", "Pat Doe", Optional.of("Teacher librarian"), Optional.empty(),
                TOPICS.subList(0, 5), Optional.of("Feedly"), Optional.of(AS_OF));
        return new Pln(p, cs, links);
    }
}
