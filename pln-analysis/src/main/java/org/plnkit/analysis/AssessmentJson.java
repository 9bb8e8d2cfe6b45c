package org.plnkit.analysis;

import static org.plnkit.analysis.internal.JsonLayout.round;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.engagement.UnderUse;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.internal.JsonLayout;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.structure.Structure;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.model.Participant;

/**
 * Writes an {@link Assessment} as JSON for tools that embed it. Field names are camelCase and follow
 * {@code docs/measures.md}; fields come in a fixed order; enum values are lower-case words joined by {@code -};
 * a measure that is undefined (e.g. the density of a PLN with one connection) is {@code null}; shares, indices and
 * Burt's measures are rounded to 4 decimals, weights to 2; line ends are {@code \n}. The output only changes when
 * the assessment does ({@code schemaVersion} changes when a field is renamed or removed).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("maria.json"))) {
 *     AssessmentJson.write(assessment, out);
 * }
 * String json = AssessmentJson.toJson(assessment);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AssessmentJson {
    /** The version of the JSON layout. */
    public static final int SCHEMA_VERSION = 1;

    private AssessmentJson() {
    }

    /** Writes the assessment as UTF-8 JSON, ending with a newline; the stream is left open. */
    public static void write(Assessment a, OutputStream out) throws IOException {
        JsonLayout.write(out, g -> new AssessmentJson.Writer(g).assessment(a));
    }

    /** The assessment as a JSON string. */
    public static String toJson(Assessment a) {
        return JsonLayout.toJson(g -> new AssessmentJson.Writer(g).assessment(a));
    }

    /** An enum constant as written in JSON: {@code FEW_CONNECTIONS} → {@code few-connections}. */
    public static String enumId(Enum<?> e) {
        return JsonLayout.enumId(e);
    }

    private static final class Writer {
        private final JsonGenerator g;

        Writer(JsonGenerator g) {
            this.g = g;
        }

        void assessment(Assessment a) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            object("participant", a.participant(), this::participant);
            g.writeStringField("asOf", a.asOf().toString());
            g.writeNumberField("connections", a.connectionCount());
            object("health", a.health(), this::health);
            object("composition", a.composition(), this::composition);
            object("coverage", a.coverage(), this::coverage);
            object("reliance", a.reliance(), this::reliance);
            object("structure", JsonLayout.components(a.structure()), this::fields);
            object("topics", a.topics(), this::topics);
            object("underUsed", a.underUse(), this::underUse);
            object("giveBack", JsonLayout.components(a.giveBack()), this::fields);
            object("upkeep", a.upkeep(), this::upkeep);
            objects("actionPlan", a.actionPlan().recommendations(), this::recommendation);
            object("thresholds", a.thresholds(), this::thresholds);
            g.writeEndObject();
        }

        void participant(Participant p) throws IOException {
            g.writeStringField("id", p.id());
            g.writeStringField("name", p.displayName());
            optString("role", p.role());
            optString("school", p.school());
            strings("topics", p.topics());
            optString("organizer", p.organizer());
        }

        void health(Health h) throws IOException {
            g.writeNumberField("score", h.score());
            objects("subScores", h.subScores(), s -> {
                g.writeStringField("part", enumId(s.part()));
                JsonLayout.nullable(g, "score", s.score(), g::writeNumber);
                g.writeNumberField("weight", s.weight());
                g.writeStringField("explanation", s.explanation());
            });
        }

        void composition(Composition c) throws IOException {
            g.writeNumberField("connections", c.connections());
            objects("byKind", c.byKind(), k -> {
                g.writeStringField("kind", k.kind().id());
                g.writeNumberField("connections", k.connections());
                ratio("share", k.share());
            });
            objects("byCategory", c.byCategory(), k -> {
                category(k.category(), k.label());
                g.writeBooleanField("local", k.local());
                g.writeNumberField("connections", k.connections());
                ratio("share", k.share());
            });
            g.writeNumberField("local", c.local());
            g.writeNumberField("online", c.online());
            optRatio("localShare", c.localShare());
            ratio("blau", c.blau());
            ratio("iqv", c.iqv());
        }

        void coverage(Coverage c) throws IOException {
            g.writeNumberField("categories", c.categories());
            g.writeNumberField("covered", c.covered());
            ratio("share", c.share());
            ratio("score", c.weightedScore());
            objects("gaps", c.gaps(), gap -> {
                category(gap.category(), gap.label());
                g.writeBooleanField("local", gap.local());
                g.writeBooleanField("core", gap.core());
            });
            objects("thinCategories", c.thinCategories(), t -> {
                category(t.category(), t.label());
                g.writeBooleanField("core", t.core());
                g.writeNumberField("connections", t.connections());
                enums("reasons", List.copyOf(t.reasons()));
            });
        }

        void reliance(Reliance r) throws IOException {
            weight("totalWeight", r.totalWeight());
            optRatio("herfindahl", r.herfindahl());
            optRatio("normalizedHerfindahl", r.normalizedHerfindahl());
            optRatio("topShare", r.top().map(Reliance.ConnectionWeight::share));
            optConnection("topConnection", r.top().map(Reliance.ConnectionWeight::connection));
            g.writeBooleanField("overReliant", r.overReliant());
            objects("flags", r.flags(), f -> {
                g.writeStringField("type", enumId(f.type()));
                optConnection("connection", f.connection());
                if (f.type() == Reliance.FlagType.SOLE_SOURCE) {
                    g.writeNumberField("value", (long) f.value());
                    g.writeNumberField("limit", (long) f.limit());
                } else {
                    ratio("value", f.value());
                    ratio("limit", f.limit());
                }
            });
            objects("keyPeople", r.keyPeople(), k -> {
                connection("connection", k.connection());
                strings("soleSourceOf", k.soleSourceOf());
            });
            objects("articulationPoints", r.articulationPoints(), p -> {
                connection("connection", p.connection());
                g.writeNumberField("pieces", p.pieces());
                g.writeNumberField("wouldSeparate", p.wouldSeparate());
            });
            objects("weights", r.weights(), w -> {
                connection("connection", w.connection());
                weight("weight", w.weight());
                ratio("share", w.share());
            });
        }

        void topics(TopicCoverage t) throws IOException {
            g.writeNumberField("topics", t.byTopic().size());
            g.writeNumberField("covered", t.coveredCount());
            optRatio("score", t.score());
            strings("uncoveredTopics", t.uncoveredTopics());
            strings("fragileTopics", t.fragileTopics());
            objects("byTopic", t.byTopic(), ts -> {
                g.writeStringField("topic", ts.topic());
                g.writeStringField("status", enumId(ts.status()));
                weight("weight", ts.weight());
                objects("sources", ts.sources(), s -> {
                    connection("connection", s.connection());
                    weight("weight", s.weight());
                });
            });
        }

        void underUse(UnderUse u) throws IOException {
            objects("lowEngagementCategories", u.lowEngagementCategories(), c -> {
                category(c.category(), c.label());
                g.writeNumberField("connections", c.connections());
                weight("maxWeight", c.maxWeight());
            });
            objects("membershipsToReview", u.membershipsToReview(), m -> {
                connection("connection", m.connection());
                JsonLayout.nullable(g, "value", m.value(), g::writeNumber);
                optString("participation", m.participation().map(p -> p.id()));
                enums("reasons", List.copyOf(m.reasons()));
            });
            objects("wantsToStart", u.wantsToStart(), s -> {
                connection("connection", s.connection());
                optString("participation", s.participation().map(p -> p.id()));
            });
        }

        void upkeep(Upkeep u) throws IOException {
            objects("overdueCheckIns", u.overdueCheckIns(), o -> {
                connection("connection", o.connection());
                g.writeStringField("frequency", o.frequency().id());
                g.writeStringField("lastContact", o.lastContact().toString());
                g.writeNumberField("daysSince", o.daysSince());
                g.writeNumberField("intervalDays", o.intervalDays());
                g.writeNumberField("graceDays", o.graceDays());
                g.writeNumberField("daysOverdue", o.daysOverdue());
            });
            connections("noLastContact", u.noLastContact());
            optString("organizer", u.organizer());
            g.writeBooleanField("organizerNamed", u.organizerNamed());
        }

        /** The fields of one step of the action plan. */
        void recommendation(Recommendation r) throws IOException {
            g.writeNumberField("rank", r.rank());
            g.writeStringField("type", r.type().id());
            g.writeStringField("title", r.title());
            g.writeStringField("reason", r.reason());
            optString("category", r.category());
            strings("topics", r.topics());
            connections("connections", r.connections());
            g.writeObjectFieldStart("step");
            g.writeStringField("kind", r.step().kind().id());
            fields(r.step().arguments());
            g.writeEndObject();
            objects("suggestions", r.suggestions(), s -> {
                g.writeStringField("name", s.name());
                optString("kind", s.kind().map(k -> k.id()));
                optString("category", s.category());
                optString("url", s.url());
                strings("topics", s.topics());
                optString("note", s.note());
            });
        }

        /**
         * Fields by name, each value written by its type: a step's arguments, and the measures whose JSON is their
         * record's components ({@link Structure}, {@link GiveBack}, {@link Thresholds}). A decimal is rounded to 4
         * places (shares, indices, Burt's measures, a step's weights); one that is rounded otherwise comes as a
         * {@code BigDecimal} (the thresholds' weight); an absent value is {@code null}; connections as elsewhere.
         */
        private void fields(Map<String, Object> fields) throws IOException {
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                g.writeFieldName(e.getKey());
                value(e.getValue());
            }
        }

        private void value(Object v) throws IOException {
            if (v instanceof ConnectionRef c) {
                connection(c);
            } else if (v instanceof Map<?, ?> m) {
                g.writeStartObject();
                @SuppressWarnings("unchecked")
                Map<String, Object> args = (Map<String, Object>) m;
                fields(args);
                g.writeEndObject();
            } else if (v instanceof List<?> list) {
                g.writeStartArray();
                for (Object o : list) {
                    value(o);
                }
                g.writeEndArray();
            } else if (v instanceof Optional<?> o && o.isEmpty()) {
                g.writeNull();
            } else if (v instanceof Optional<?> o) {
                value(o.get());
            } else if (v instanceof BigDecimal d) {
                g.writeNumber(d);
            } else if (v instanceof Double d) {
                g.writeNumber(round(d, 4));
            } else if (v instanceof Integer i) {
                g.writeNumber(i);
            } else if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(String.valueOf(v));
            }
        }

        /** Every threshold under its own name; the one weight among the shares is rounded as weights are. */
        void thresholds(Thresholds t) throws IOException {
            Map<String, Object> all = JsonLayout.components(t);
            all.put("lowEngagementWeight", round(t.lowEngagementWeight(), 2));
            fields(all);
        }

        /** An object field: {@code fields} writes the fields of {@code value}. */
        private <T> void object(String field, T value, JsonLayout.Item<? super T> fields) throws IOException {
            JsonLayout.object(g, field, x -> fields.write(value));
        }

        private <T> void objects(String field, List<T> items, JsonLayout.Item<? super T> fields) throws IOException {
            JsonLayout.objects(g, field, items, fields);
        }

        /** A category as every list of categories writes it: its id, then its label. */
        private void category(String id, String label) throws IOException {
            g.writeStringField("category", id);
            g.writeStringField("label", label);
        }

        private void connection(ConnectionRef c) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("kind", c.kind().id());
            g.writeEndObject();
        }

        private void connection(String field, ConnectionRef c) throws IOException {
            g.writeFieldName(field);
            connection(c);
        }

        private void optConnection(String field, Optional<ConnectionRef> c) throws IOException {
            JsonLayout.nullable(g, field, c, this::connection);
        }

        private void connections(String field, List<ConnectionRef> cs) throws IOException {
            JsonLayout.array(g, field, cs, this::connection);
        }

        private void strings(String field, List<String> items) throws IOException {
            JsonLayout.array(g, field, items, g::writeString);
        }

        private void enums(String field, List<? extends Enum<?>> items) throws IOException {
            JsonLayout.array(g, field, items, e -> g.writeString(enumId(e)));
        }

        private void optString(String field, Optional<String> v) throws IOException {
            JsonLayout.textOrNull(g, field, v);
        }

        private void ratio(String field, double v) throws IOException {
            g.writeNumberField(field, round(v, 4));
        }

        private void weight(String field, double v) throws IOException {
            g.writeNumberField(field, round(v, 2));
        }

        private void optRatio(String field, Optional<Double> v) throws IOException {
            JsonLayout.ratioOrNull(g, field, v);
        }
    }
}
