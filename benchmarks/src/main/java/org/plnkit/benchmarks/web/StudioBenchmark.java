package org.plnkit.benchmarks.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.web.Studio;
import org.plnkit.web.StudioOptions;

/**
 * One change in the PLN studio, end to end over HTTP on 127.0.0.1: the page's draft of a 40-connection PLN is
 * posted to {@code /studio/update}, re-validated with the participant file reader, assessed, drawn as the SVG map
 * and answered as JSON. Each call changes one connection's value, as a teacher typing would. The budget is
 * 150 ms of server time; the {@code Server-Timing} header of each answer gives the server's part alone.
 *
 * <pre>{@code
 * java -Djava.awt.headless=true -jar benchmarks/target/benchmarks.jar StudioBenchmark -f 1 -wi 5 -i 10
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class StudioBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of("coding", "makerspaces", "digital citizenship",
            "information literacy", "ai in education");

    @Param({"40"})
    public int connections;

    private Path dir;
    private Studio studio;
    private HttpClient http;
    private ObjectNode draft;
    private int turn;
    /** The server's own time of the last answers (Server-Timing), summed, and how many. */
    private double serverMillis;
    private double cpuMillis;
    private long answers;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dir = Files.createTempDirectory("pln-studio-bench");
        studio = Studio.start(StudioOptions.of(dir.resolve("bench.yaml")));
        http = HttpClient.newHttpClient();
        draft = draft(connections, new Random(42));
    }

    /** A seeded PLN as the page sends it: every value as text, about 0.75 links per connection. */
    static ObjectNode draft(int n, Random random) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("participant").put("id", "bench").put("name", "Bench Teacher").put("role", "Teacher")
                .put("topics", String.join(", ", TOPICS)).put("organizer", "Feedly").put("as_of", "2026-11-01");
        List<Category> cats = Taxonomy.defaults().categories();
        String[] kinds = {"person", "organization", "resource"};
        String[] freq = {"daily", "weekly", "monthly", "quarterly", "yearly"};
        ArrayNode cs = root.putArray("connections");
        for (int i = 0; i < n; i++) {
            cs.addObject().put("name", "Source " + i).put("kind", kinds[random.nextInt(3)])
                    .put("category", cats.get(random.nextInt(cats.size())).id())
                    .put("frequency", freq[random.nextInt(freq.length)]).put("value", String.valueOf(1 + random.nextInt(5)))
                    .put("gives_back", random.nextBoolean() ? "yes" : "no")
                    .put("topics", TOPICS.get(random.nextInt(TOPICS.size())))
                    .put("last_contact", "2026-" + (8 + random.nextInt(3)) + "-1" + random.nextInt(10));
        }
        ArrayNode ls = root.putArray("links");
        for (int i = 0; i < n * 3 / 4; i++) {
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            ls.addObject().put("from", "source-" + a).put("to", "source-" + b);
        }
        return root;
    }

    @Benchmark
    public void change(Blackhole bh) throws IOException, InterruptedException {
        ObjectNode c = (ObjectNode) draft.get("connections").get(turn % connections);
        c.put("value", String.valueOf(1 + turn++ % 5));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(studio.uri().resolve("/studio/update"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                        JSON.writeValueAsBytes(draft))).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("status " + r.statusCode());
        }
        r.headers().firstValue("Server-Timing").ifPresent(t -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("studio;dur=([0-9.]+), cpu;dur=([0-9.]+)")
                    .matcher(t);
            if (m.find()) {
                serverMillis += Double.parseDouble(m.group(1));
                cpuMillis += Double.parseDouble(m.group(2));
                answers++;
            }
        });
        bh.consume(r.body());
    }

    /** Prints the server's own part of this iteration's answers, wall and CPU (the machine may be shared). */
    @TearDown(Level.Iteration)
    public void report() {
        System.out.printf(" [server: %d answers, %.1f ms wall, %.1f ms CPU on average]", answers,
                answers == 0 ? 0 : serverMillis / answers, answers == 0 ? 0 : cpuMillis / answers);
        answers = 0;
        serverMillis = 0;
        cpuMillis = 0;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        studio.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
