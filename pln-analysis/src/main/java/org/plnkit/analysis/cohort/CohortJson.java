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
            options();
            graph();
            coverage();
            health();
            shared();
            keystones();
            communities();
            bridges();
            needsSupport();
            promote();
            g.writeArrayFieldStart("isolated");
            for (int i : a.isolated()) {
                g.writeString(labels.participant(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failures");
            for (CohortParticipant p : a.failures()) {
                g.writeStartObject();
                g.writeStringField("participant", labels.participant(p.index()));
                g.writeStringField("problem", p.problem().orElse(""));
                g.writeEndObject();
            }
            g.writeEndArray();
            participants();
            for (Section s : sections) {
                g.writeFieldName(s.name());
                s.body().write(g);
            }
            if (input.isPresent()) {
                input(input.get());
            }
            g.writeEndObject();
        }

        private void input(Input in) throws IOException {
            UnaryOperator<String> r = in.redact();
            g.writeObjectFieldStart("input");
            g.writeStringField("source", r.apply(in.source()));
            g.writeArrayFieldStart("tables");
            for (RowCounts c : in.tables()) {
                g.writeStartObject();
                g.writeStringField("file", r.apply(c.file()));
                optional("sheet", c.sheet());
                g.writeNumberField("read", c.read());
                g.writeNumberField("accepted", c.accepted());
                g.writeNumberField("leftOut", c.rejected());
                g.writeNumberField("blank", c.blank());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : in.problems()) {
                g.writeStartObject();
                g.writeStringField("severity", p.severity().id());
                g.writeStringField("place", r.apply(Redaction.place(r, p.place()).toString()));
                g.writeStringField("message", r.apply(Redaction.message(r, p)));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void options() throws IOException {
            CohortOptions o = a.options();
            g.writeObjectFieldStart("options");
            g.writeNumberField("neighbours", o.neighbours());
            g.writeNumberField("candidates", o.candidates());
            g.writeNumberField("hubSample", o.hubSample());
            g.writeNumberField("seed", o.seed());
            g.writeNumberField("betweennessSources", o.betweennessSources());
            g.writeNumberField("minCommunitySize", o.minCommunitySize());
            g.writeNumberField("minKeystone", o.minKeystone());
            g.writeNumberField("peerMinUsers", o.peerMinUsers());
            g.writeNumberField("peerMinGroup", o.peerMinGroup());
            g.writeEndObject();
        }

        private void graph() throws IOException {
            CohortGraph cg = a.graph();
            g.writeObjectFieldStart("graph");
            g.writeNumberField("sharedNodes", cg.nodeCount());
            g.writeNumberField("relianceEdges", cg.relianceEdges());
            g.writeNumberField("participantTies", cg.tieEdges());
            g.writeEndObject();
            Projection.Stats s = a.projection().stats();
            g.writeObjectFieldStart("projection");
            g.writeNumberField("neighbours", s.neighbours());
            g.writeNumberField("hubSample", s.hubSample());
            g.writeNumberField("hubs", s.hubs());
            g.writeNumberField("fullPairs", s.fullPairs());
            g.writeNumberField("countedPairs", s.countedPairs());
            g.writeNumberField("candidateEdges", s.candidateEdges());
            g.writeNumberField("edges", s.edges());
            g.writeNumberField("leftWithout", s.leftWithout());
            g.writeEndObject();
        }

        private void coverage() throws IOException {
            g.writeObjectFieldStart("coverage");
            g.writeArrayFieldStart("byCategory");
            for (CategoryCoverage c : a.coverage().byCategory()) {
                category(c);
            }
            g.writeEndArray();
            groups("bySchool", a.coverage().bySchool());
            groups("byRole", a.coverage().byRole());
            g.writeEndObject();
        }

        private void category(CategoryCoverage c) throws IOException {
            g.writeStartObject();
            g.writeStringField("category", c.category());
            g.writeStringField("label", c.label());
            g.writeNumberField("have", c.have());
            g.writeNumberField("thin", c.thin());
            g.writeNumberField("lack", c.lack());
            g.writeEndObject();
        }

        private void groups(String field, List<GroupSummary> list) throws IOException {
            g.writeArrayFieldStart(field);
            for (GroupSummary s : list) {
                g.writeStartObject();
                g.writeStringField("group", s.group());
                g.writeNumberField("participants", s.participants());
                g.writeNumberField("assessed", s.assessed());
                g.writeNumberField("isolated", s.isolated());
                g.writeFieldName("health");
                stats(s.health());
                g.writeArrayFieldStart("categories");
                for (CategoryCoverage c : s.categories()) {
                    category(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void stats(ScoreStats s) throws IOException {
            g.writeStartObject();
            g.writeNumberField("count", s.count());
            g.writeNumberField("mean", round(s.mean(), 2));
            g.writeNumberField("min", s.min());
            g.writeNumberField("lowerQuartile", s.lowerQuartile());
            g.writeNumberField("median", s.median());
            g.writeNumberField("upperQuartile", s.upperQuartile());
            g.writeNumberField("max", s.max());
            g.writeArrayFieldStart("histogram");
            for (int h : s.histogram()) {
                g.writeNumber(h);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void health() throws IOException {
            g.writeObjectFieldStart("health");
            g.writeFieldName("overall");
            stats(a.health().overall());
            g.writeArrayFieldStart("parts");
            for (HealthDistribution.PartStats p : a.health().parts()) {
                g.writeStartObject();
                g.writeStringField("part", enumId(p.part()));
                g.writeFieldName("stats");
                stats(p.stats());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void shared() throws IOException {
            g.writeArrayFieldStart("sharedResources");
            for (SharedResource r : a.sharedResources()) {
                g.writeStartObject();
                g.writeNumberField("rank", r.rank());
                boolean hidden = labels.hidden(r.node());
                g.writeStringField("name", labels.node(r.node()));
                g.writeStringField("kind", r.kind().id());
                g.writeStringField("category", r.category());
                optional("url", hidden ? Optional.empty() : r.url());
                g.writeNumberField("participants", r.participants());
                g.writeNumberField("share", round(r.share(), 4));
                g.writeNumberField("weight", round(r.weight(), 2));
                g.writeNumberField("schools", r.schools());
                g.writeNumberField("keystone", r.keystone());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** Who needs support, by the rule of {@link NeedsSupport}; named as everywhere else by the labels. */
        private void needsSupport() throws IOException {
            g.writeArrayFieldStart("needsSupport");
            for (SupportNeed n : NeedsSupport.rank(a)) {
                CohortParticipant p = a.participants().get(n.participant());
                g.writeStartObject();
                g.writeNumberField("rank", n.rank());
                g.writeStringField("participant", labels.participant(n.participant()));
                g.writeNumberField("points", n.points());
                g.writeNumberField("health", n.health());
                g.writeArrayFieldStart("partsAtZero");
                for (org.plnkit.analysis.health.Health.Part part : n.partsAtZero()) {
                    g.writeString(enumId(part));
                }
                g.writeEndArray();
                g.writeNumberField("overdueShare", round(n.overdueShare(), 4));
                g.writeBooleanField("noGiveBack", n.noGiveBack());
                g.writeBooleanField("isolated", n.isolated());
                g.writeArrayFieldStart("reasons");
                for (SupportNeed.Reason r : n.reasons()) {
                    g.writeString(enumId(r));
                }
                g.writeEndArray();
                String step = p.scores().map(x -> labels.firstStep(x, a.taxonomy())).orElse("");
                g.writeStringField("step", step);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** Shared organizations and resources to promote, by the rule of {@link Promotions}. */
        private void promote() throws IOException {
            g.writeObjectFieldStart("promote");
            g.writeNumberField("minMeanWeight", round(Promotions.threshold(a), 4));
            g.writeNumberField("maxShare", Promotions.MAX_SHARE);
            g.writeArrayFieldStart("list");
            for (Promotion p : Promotions.of(a)) {
                g.writeStartObject();
                g.writeNumberField("rank", p.rank());
                g.writeStringField("name", labels.node(p.node()));
                g.writeStringField("kind", p.kind().id());
                g.writeStringField("category", p.category());
                g.writeNumberField("users", p.users());
                g.writeNumberField("share", round(p.share(), 4));
                g.writeNumberField("meanWeight", round(p.meanWeight(), 4));
                g.writeArrayFieldStart("schoolsUsing");
                for (Community.GroupCount c : p.schoolsUsing()) {
                    groupCount(c);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("schoolsWithout");
                for (String school : p.schoolsWithout()) {
                    g.writeString(school);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("roles");
                for (Community.GroupCount c : p.roles()) {
                    groupCount(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void keystones() throws IOException {
            g.writeArrayFieldStart("keystones");
            for (Keystone k : a.keystones()) {
                g.writeStartObject();
                g.writeStringField("name", labels.node(k.node()));
                g.writeStringField("kind", k.kind().id());
                g.writeStringField("category", k.category());
                g.writeNumberField("participants", k.participants());
                g.writeNumberField("affected", k.affected());
                g.writeNumberField("withoutCategory", k.withoutCategory());
                g.writeNumberField("withoutTopic", k.withoutTopic());
                g.writeArrayFieldStart("topics");
                for (Keystone.TopicCount t : k.topics()) {
                    g.writeStartObject();
                    g.writeStringField("topic", t.topic());
                    g.writeNumberField("participants", t.participants());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void communities() throws IOException {
            g.writeObjectFieldStart("communities");
            g.writeNumberField("modularity", round(a.modularity(), 4));
            g.writeNumberField("minDescribedSize", CommunityProfiles.minSize(a.size()));
            java.util.Map<Integer, CommunityProfile> profiles = new java.util.HashMap<>();
            CommunityProfiles.of(a).forEach(p -> profiles.put(p.community().number(), p));
            g.writeArrayFieldStart("list");
            for (Community c : a.communities()) {
                g.writeStartObject();
                g.writeNumberField("number", c.number());
                g.writeNumberField("size", c.size());
                JsonLayout.nullable(g, "meanHealth", c.meanHealth(), h -> g.writeNumber(round(h, 2)));
                g.writeArrayFieldStart("schools");
                for (Community.GroupCount s : c.schools()) {
                    groupCount(s);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("roles");
                for (Community.GroupCount s : c.roles()) {
                    groupCount(s);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("topShared");
                for (Community.NodeCount n : c.topShared()) {
                    g.writeStartObject();
                    g.writeStringField("name", labels.node(n.node()));
                    g.writeNumberField("participants", n.participants());
                    g.writeEndObject();
                }
                g.writeEndArray();
                CommunityProfile profile = profiles.get(c.number());
                g.writeBooleanField("described", profile != null);
                if (profile != null) {
                    g.writeNumberField("cohesion", round(profile.cohesion(), 4));
                    g.writeArrayFieldStart("defining");
                    for (CommunityProfile.Defining d : profile.defining()) {
                        g.writeStartObject();
                        g.writeStringField("name", labels.node(d.node()));
                        g.writeNumberField("memberShare", round(d.memberShare(), 4));
                        g.writeNumberField("otherShare", round(d.otherShare(), 4));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeArrayFieldStart("members");
                for (int i : c.members()) {
                    g.writeString(labels.participant(i));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void groupCount(Community.GroupCount s) throws IOException {
            g.writeStartObject();
            g.writeStringField("group", s.group());
            g.writeNumberField("participants", s.participants());
            g.writeEndObject();
        }

        private void bridges() throws IOException {
            g.writeObjectFieldStart("bridges");
            g.writeBooleanField("exact", a.betweennessExact());
            g.writeArrayFieldStart("list");
            for (Bridge b : a.bridges()) {
                g.writeStartObject();
                g.writeStringField("participant", labels.participant(b.participant()));
                g.writeNumberField("betweenness", round(b.betweenness(), 4));
                g.writeNumberField("communities", b.communities());
                g.writeNumberField("schools", b.schools());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void participants() throws IOException {
            List<Category> cats = a.taxonomy().categories();
            g.writeArrayFieldStart("participantList");
            for (CohortParticipant p : a.participants()) {
                g.writeStartObject();
                g.writeStringField("participant", labels.participant(p.index()));
                optional("school", p.participant().school());
                optional("role", p.participant().role());
                JsonLayout.nullable(g, "community", p.community(), g::writeNumber);
                g.writeNumberField("connections", p.connections());
                g.writeNumberField("sharedNodes", p.sharedNodes());
                g.writeNumberField("ties", p.ties());
                g.writeNumberField("neighbours", p.neighbours());
                g.writeNumberField("betweenness", round(p.betweenness(), 4));
                g.writeBooleanField("isolated", p.isolated());
                optional("problem", p.problem());
                if (p.scores().isPresent()) {
                    CohortParticipant.Scores s = p.scores().get();
                    g.writeStringField("asOf", s.asOf().toString());
                    g.writeNumberField("health", s.health());
                    g.writeObjectFieldStart("subScores");
                    for (Health.Part part : Health.Part.values()) {
                        JsonLayout.nullable(g, enumId(part), s.subScore(part), g::writeNumber);
                    }
                    g.writeEndObject();
                    g.writeObjectFieldStart("categories");
                    for (int c = 0; c < cats.size(); c++) {
                        g.writeStringField(cats.get(c).id(), enumId(s.categories().get(c)));
                    }
                    g.writeEndObject();
                    g.writeNumberField("gaps", s.gaps());
                    g.writeNumberField("thin", s.thin());
                    g.writeNumberField("topics", s.topics());
                    g.writeNumberField("uncoveredTopics", s.uncoveredTopics());
                    g.writeNumberField("fragileTopics", s.fragileTopics());
                    g.writeNumberField("overdue", s.overdue());
                    share("giveBackShare", s.giveBackShare());
                    share("localShare", s.localShare());
                    g.writeNumberField("relianceFlags", s.relianceFlags());
                    optional("firstStep", s.firstStep().map(x -> labels.firstStep(s, a.taxonomy())));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void share(String field, Optional<Double> v) throws IOException {
            JsonLayout.nullable(g, field, v, x -> g.writeNumber(round(x, 4)));
        }

        private void optional(String field, Optional<String> v) throws IOException {
            JsonLayout.nullable(g, field, v, g::writeString);
        }
    }
}
