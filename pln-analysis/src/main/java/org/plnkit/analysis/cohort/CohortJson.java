package org.plnkit.analysis.cohort;

import static org.plnkit.analysis.internal.JsonLayout.enumId;
import static org.plnkit.analysis.internal.JsonLayout.round;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.plnkit.analysis.internal.JsonLayout;
import org.plnkit.analysis.health.Health;
import org.plnkit.core.model.Category;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.RowCounts;

/**
 * Writes a {@link CohortAnalysis} as JSON for tools: {@code cohort.json} of {@code pln cohort}. Field names are
 * camelCase and follow {@code docs/measures.md} ("Cohort measures"); fields come in a fixed order; shares and
 * betweenness are rounded to 4 decimals, means and weights to 2 (half up); line ends are {@code \n}; the same
 * analysis and labels always give the same bytes. People are named through {@link CohortLabels}.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("cohort.json"))) {
 *     CohortJson.write(analysis, CohortLabels.anonymous(analysis), out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortJson {
    /** The version of the JSON layout; changes when a field is renamed or removed. */
    public static final int SCHEMA_VERSION = 1;

    private CohortJson() {
    }

    /**
     * What was read, for the {@code input} section: every table with its rows read, accepted, left out and blank,
     * and every problem, so that each input row is accounted for in the JSON as on the district workbook's Input
     * problems sheet.
     *
     * @param source   the input as given
     * @param tables   the rows of each table (sheet or file)
     * @param problems every problem, in the reader's order
     * @param redact   applied to every text written from the input (the source, file names, places, messages):
     *                 takes names out when the outputs are anonymized; the identity otherwise
     */
    public record Input(String source, List<RowCounts> tables, List<Problem> problems, UnaryOperator<String> redact) {
        public Input {
            Objects.requireNonNull(source, "source");
            tables = List.copyOf(tables);
            problems = List.copyOf(problems);
            Objects.requireNonNull(redact, "redact");
        }
    }

    /** Writes the analysis as UTF-8 JSON ending with a newline; the stream is left open. */
    public static void write(CohortAnalysis a, CohortLabels labels, OutputStream out) throws IOException {
        write(a, labels, Optional.empty(), out);
    }

    /**
     * Writes the analysis and, after it, an {@code input} section (see {@link Input}) as UTF-8 JSON ending with a
     * newline; the stream is left open.
     */
    public static void write(CohortAnalysis a, CohortLabels labels, Input input, OutputStream out)
            throws IOException {
        write(a, labels, Optional.of(input), out);
    }

    /**
     * A section written after the participants under its own name, by a module that extends the analysis (the
     * {@code growth} of two waves).
     *
     * @param name the field name
     * @param body writes the value
     */
    public record Section(String name, Body body) {
        public Section {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
        }

        /** Writes a section's value (one JSON value: an object, an array, a string or a number). */
        @FunctionalInterface
        public interface Body {
            void write(JsonGenerator g) throws IOException;
        }
    }

    /** As {@link #write(CohortAnalysis, CohortLabels, Input, OutputStream)}, with more sections before the input. */
    public static void write(CohortAnalysis a, CohortLabels labels, Input input, List<Section> sections,
                             OutputStream out) throws IOException {
        JsonLayout.write(out, g -> new Writer(g, a, labels).analysis(Optional.of(input), sections));
    }

    private static void write(CohortAnalysis a, CohortLabels labels, Optional<Input> input, OutputStream out)
            throws IOException {
        JsonLayout.write(out, g -> new Writer(g, a, labels).analysis(input));
    }

    /** The analysis as a JSON string. */
    public static String toJson(CohortAnalysis a, CohortLabels labels) {
        return JsonLayout.toJson(g -> new Writer(g, a, labels).analysis(Optional.empty()));
    }

    /** Writes {@code a} to {@code g}, naming people and places as {@code labels} says. */
    private record Writer(JsonGenerator g, CohortAnalysis a, CohortLabels labels) {
        void analysis(Optional<Input> input) throws IOException {
            analysis(input, List.of());
        }

        void analysis(Optional<Input> input, List<Section> sections) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeBooleanField("anonymized", labels.anonymized());
            g.writeNumberField("participants", a.size());
            g.writeNumberField("assessed", a.assessed());
            g.writeNumberField("connections", a.connections());
            // the options that shape a result; the thread count changes only the speed, so it is not written
            object("options", () -> JsonLayout.numbers(g, a.options(), "neighbours", "candidates", "hubSample",
                    "seed", "betweennessSources", "minCommunitySize", "minKeystone", "peerMinUsers", "peerMinGroup"));
            object("graph", this::graph);
            object("projection", () -> JsonLayout.numbers(g, a.projection().stats()));
            object("coverage", this::coverage);
            object("health", this::health);
            objects("sharedResources", a.sharedResources(), this::sharedResource);
            objects("keystones", a.keystones(), this::keystone);
            object("communities", this::communities);
            object("bridges", this::bridges);
            objects("needsSupport", NeedsSupport.rank(a), this::supportNeed);
            object("promote", this::promote);
            JsonLayout.array(g, "isolated", a.isolated(), i -> g.writeString(labels.participant(i)));
            objects("failures", a.failures(), p -> {
                g.writeStringField("participant", labels.participant(p.index()));
                g.writeStringField("problem", p.problem().orElse(""));
            });
            // schools and roles as coverage.bySchool and byRole name them, so that a tool can join the two
            objects("participantList", a.participants(), p -> participant(p, a.schools(), a.roles()));
            for (Section s : sections) {
                g.writeFieldName(s.name());
                s.body().write(g);
            }
            if (input.isPresent()) {
                object("input", () -> input(input.get()));
            }
            g.writeEndObject();
        }

        private void input(Input in) throws IOException {
            UnaryOperator<String> r = in.redact();
            g.writeStringField("source", r.apply(in.source()));
            objects("tables", in.tables(), c -> {
                g.writeStringField("file", r.apply(c.file()));
                JsonLayout.textOrNull(g, "sheet", c.sheet());
                g.writeNumberField("read", c.read());
                g.writeNumberField("accepted", c.accepted());
                g.writeNumberField("leftOut", c.rejected());
                g.writeNumberField("blank", c.blank());
            });
            objects("problems", in.problems(), p -> {
                g.writeStringField("severity", p.severity().id());
                g.writeStringField("place", r.apply(Redaction.place(r, p.place()).toString()));
                g.writeStringField("message", r.apply(Redaction.message(r, p)));
            });
        }

        private void graph() throws IOException {
            g.writeNumberField("sharedNodes", a.graph().nodeCount());
            g.writeNumberField("relianceEdges", a.graph().relianceEdges());
            g.writeNumberField("participantTies", a.graph().tieEdges());
        }

        private void coverage() throws IOException {
            objects("byCategory", a.coverage().byCategory(), this::category);
            groups("bySchool", a.coverage().bySchool());
            groups("byRole", a.coverage().byRole());
        }

        private void category(CategoryCoverage c) throws IOException {
            g.writeStringField("category", c.category());
            g.writeStringField("label", c.label());
            g.writeNumberField("have", c.have());
            g.writeNumberField("thin", c.thin());
            g.writeNumberField("lack", c.lack());
        }

        private void groups(String field, List<GroupSummary> list) throws IOException {
            objects(field, list, s -> {
                g.writeStringField("group", s.group());
                g.writeNumberField("participants", s.participants());
                g.writeNumberField("assessed", s.assessed());
                g.writeNumberField("isolated", s.isolated());
                stats("health", s.health());
                objects("categories", s.categories(), this::category);
            });
        }

        private void stats(String field, ScoreStats s) throws IOException {
            object(field, () -> {
                g.writeNumberField("count", s.count());
                g.writeNumberField("mean", round(s.mean(), 2));
                g.writeNumberField("min", s.min());
                g.writeNumberField("lowerQuartile", s.lowerQuartile());
                g.writeNumberField("median", s.median());
                g.writeNumberField("upperQuartile", s.upperQuartile());
                g.writeNumberField("max", s.max());
                JsonLayout.array(g, "histogram", s.histogram(), g::writeNumber);
            });
        }

        private void health() throws IOException {
            stats("overall", a.health().overall());
            objects("parts", a.health().parts(), p -> {
                g.writeStringField("part", enumId(p.part()));
                stats("stats", p.stats());
            });
        }

        private void sharedResource(SharedResource r) throws IOException {
            g.writeNumberField("rank", r.rank());
            boolean hidden = labels.hidden(r.node());
            g.writeStringField("name", labels.node(r.node()));
            g.writeStringField("kind", r.kind().id());
            g.writeStringField("category", r.category());
            JsonLayout.textOrNull(g, "url", hidden ? Optional.empty() : r.url());
            g.writeNumberField("participants", r.participants());
            g.writeNumberField("share", round(r.share(), 4));
            g.writeNumberField("weight", round(r.weight(), 2));
            g.writeNumberField("schools", r.schools());
            g.writeNumberField("keystone", r.keystone());
        }

        /** Who needs support, by the rule of {@link NeedsSupport}; named as everywhere else by the labels. */
        private void supportNeed(SupportNeed n) throws IOException {
            CohortParticipant p = a.participants().get(n.participant());
            g.writeNumberField("rank", n.rank());
            g.writeStringField("participant", labels.participant(n.participant()));
            g.writeNumberField("points", n.points());
            g.writeNumberField("health", n.health());
            enums("partsAtZero", n.partsAtZero());
            g.writeNumberField("overdueShare", round(n.overdueShare(), 4));
            g.writeBooleanField("noGiveBack", n.noGiveBack());
            g.writeBooleanField("isolated", n.isolated());
            enums("reasons", n.reasons());
            String step = p.scores().map(x -> labels.firstStep(x, a.taxonomy())).orElse("");
            g.writeStringField("step", step);
        }

        /** Shared organizations and resources to promote, by the rule of {@link Promotions}. */
        private void promote() throws IOException {
            g.writeNumberField("minMeanWeight", round(Promotions.threshold(a), 4));
            g.writeNumberField("maxShare", Promotions.MAX_SHARE);
            objects("list", Promotions.of(a), p -> {
                g.writeNumberField("rank", p.rank());
                g.writeStringField("name", labels.node(p.node()));
                g.writeStringField("kind", p.kind().id());
                g.writeStringField("category", p.category());
                g.writeNumberField("users", p.users());
                g.writeNumberField("share", round(p.share(), 4));
                g.writeNumberField("meanWeight", round(p.meanWeight(), 4));
                objects("schoolsUsing", p.schoolsUsing(), this::groupCount);
                JsonLayout.array(g, "schoolsWithout", p.schoolsWithout(), g::writeString);
                objects("roles", p.roles(), this::groupCount);
            });
        }

        private void keystone(Keystone k) throws IOException {
            g.writeStringField("name", labels.node(k.node()));
            g.writeStringField("kind", k.kind().id());
            g.writeStringField("category", k.category());
            JsonLayout.numbers(g, k, "participants", "affected", "withoutCategory", "withoutTopic");
            objects("topics", k.topics(), t -> {
                g.writeStringField("topic", t.topic());
                g.writeNumberField("participants", t.participants());
            });
        }

        private void communities() throws IOException {
            g.writeNumberField("modularity", round(a.modularity(), 4));
            g.writeNumberField("minDescribedSize", CommunityProfiles.minSize(a.size()));
            java.util.Map<Integer, CommunityProfile> profiles = new java.util.HashMap<>();
            CommunityProfiles.of(a).forEach(p -> profiles.put(p.community().number(), p));
            objects("list", a.communities(), c -> community(c, Optional.ofNullable(profiles.get(c.number()))));
        }

        private void community(Community c, Optional<CommunityProfile> profile) throws IOException {
            g.writeNumberField("number", c.number());
            g.writeNumberField("size", c.size());
            JsonLayout.nullable(g, "meanHealth", c.meanHealth(), h -> g.writeNumber(round(h, 2)));
            objects("schools", c.schools(), this::groupCount);
            objects("roles", c.roles(), this::groupCount);
            objects("topShared", c.topShared(), n -> {
                g.writeStringField("name", labels.node(n.node()));
                g.writeNumberField("participants", n.participants());
            });
            g.writeBooleanField("described", profile.isPresent());
            if (profile.isPresent()) {
                g.writeNumberField("cohesion", round(profile.get().cohesion(), 4));
                objects("defining", profile.get().defining(), d -> {
                    g.writeStringField("name", labels.node(d.node()));
                    g.writeNumberField("memberShare", round(d.memberShare(), 4));
                    g.writeNumberField("otherShare", round(d.otherShare(), 4));
                });
            }
            JsonLayout.array(g, "members", c.members(), i -> g.writeString(labels.participant(i)));
        }

        private void groupCount(Community.GroupCount s) throws IOException {
            g.writeStringField("group", s.group());
            g.writeNumberField("participants", s.participants());
        }

        private void bridges() throws IOException {
            g.writeBooleanField("exact", a.betweennessExact());
            objects("list", a.bridges(), b -> {
                g.writeStringField("participant", labels.participant(b.participant()));
                g.writeNumberField("betweenness", round(b.betweenness(), 4));
                g.writeNumberField("communities", b.communities());
                g.writeNumberField("schools", b.schools());
            });
        }

        private void participant(CohortParticipant p, Groups schools, Groups roles) throws IOException {
            g.writeStringField("participant", labels.participant(p.index()));
            JsonLayout.textOrNull(g, "school", grouped(schools, p.index()));
            JsonLayout.textOrNull(g, "role", grouped(roles, p.index()));
            JsonLayout.nullable(g, "community", p.community(), g::writeNumber);
            g.writeNumberField("connections", p.connections());
            g.writeNumberField("sharedNodes", p.sharedNodes());
            g.writeNumberField("ties", p.ties());
            g.writeNumberField("neighbours", p.neighbours());
            g.writeNumberField("betweenness", round(p.betweenness(), 4));
            g.writeBooleanField("isolated", p.isolated());
            JsonLayout.textOrNull(g, "problem", p.problem());
            if (p.scores().isPresent()) {
                scores(p.scores().get());
            }
        }

        private void scores(CohortParticipant.Scores s) throws IOException {
            List<Category> cats = a.taxonomy().categories();
            g.writeStringField("asOf", s.asOf().toString());
            g.writeNumberField("health", s.health());
            object("subScores", () -> {
                for (Health.Part part : Health.Part.values()) {
                    JsonLayout.nullable(g, enumId(part), s.subScore(part), g::writeNumber);
                }
            });
            object("categories", () -> {
                for (int c = 0; c < cats.size(); c++) {
                    g.writeStringField(cats.get(c).id(), enumId(s.categories().get(c)));
                }
            });
            JsonLayout.numbers(g, s, "gaps", "thin", "topics", "uncoveredTopics", "fragileTopics", "overdue");
            JsonLayout.ratioOrNull(g, "giveBackShare", s.giveBackShare());
            JsonLayout.ratioOrNull(g, "localShare", s.localShare());
            g.writeNumberField("relianceFlags", s.relianceFlags());
            JsonLayout.textOrNull(g, "firstStep", s.firstStep().map(x -> labels.firstStep(s, a.taxonomy())));
        }

        private void object(String field, Fields fields) throws IOException {
            JsonLayout.object(g, field, x -> fields.write());
        }

        /** The participant's group's name; empty when they gave none. */
        private static Optional<String> grouped(Groups groups, int participant) {
            return groups.groupOf[participant] < 0 ? Optional.empty() : Optional.of(groups.nameOf(participant));
        }

        private <T> void objects(String field, List<T> items, JsonLayout.Item<? super T> fields) throws IOException {
            JsonLayout.objects(g, field, items, fields);
        }

        private void enums(String field, List<? extends Enum<?>> items) throws IOException {
            JsonLayout.array(g, field, items, e -> g.writeString(enumId(e)));
        }
    }

    /** Writes the fields of one object with the writer's generator. */
    @FunctionalInterface
    private interface Fields {
        void write() throws IOException;
    }
}
