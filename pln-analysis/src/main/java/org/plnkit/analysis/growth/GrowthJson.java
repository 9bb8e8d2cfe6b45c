package org.plnkit.analysis.growth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.plnkit.analysis.internal.JsonLayout;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.analysis.growth.Growth.TopicShift;

/**
 * Writes a {@link Growth} as JSON, in the layout of every JSON document of the toolkit ({@link JsonLayout}). Field
 * names are camelCase and stable; {@code docs/growth.md} describes each one. Values of connections' fields are spelled
 * as in the input contract ({@code lurker}, {@code weekly}, {@code yes}); {@code null} is "not given".
 *
 * <pre>{@code
 * String json = GrowthJson.toJson(growth);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GrowthJson {
    /** The version of the layout; it changes when a field is renamed or removed. */
    public static final int SCHEMA_VERSION = 1;

    private GrowthJson() {
    }

    /** Writes the growth as UTF-8 JSON, ending with a newline; the stream is left open. */
    public static void write(Growth g, OutputStream out) throws IOException {
        JsonLayout.write(out, gen -> document(g, gen));
    }

    /** The growth as a JSON string. */
    public static String toJson(Growth g) {
        return JsonLayout.toJson(gen -> document(g, gen));
    }

    private static void document(Growth g, JsonGenerator j) throws IOException {
        j.writeStartObject();
        j.writeNumberField("schemaVersion", SCHEMA_VERSION);
        j.writeObjectFieldStart("participant");
        j.writeStringField("id", g.participant().id());
        j.writeStringField("name", g.participant().displayName());
        j.writeEndObject();
        j.writeStringField("before", g.beforeAsOf().toString());
        j.writeStringField("after", g.afterAsOf().toString());
        fields(g, j);
        j.writeEndObject();
    }

    /** The fields of a growth, inside an object already started (the cohort's JSON nests them). */
    public static void fields(Growth g, JsonGenerator j) throws IOException {
        ties(j, "added", g.added());
        ties(j, "dropped", g.dropped());
        j.writeNumberField("kept", g.kept().size());
        JsonLayout.objects(j, "changed", g.changed(), k -> {
            j.writeStringField("id", k.id());
            j.writeStringField("name", k.name());
            if (!k.beforeId().equals(k.id())) {
                j.writeStringField("beforeId", k.beforeId());
            }
            JsonLayout.objects(j, "changes", k.changes(), c -> {
                j.writeStringField("field", c.field());
                JsonLayout.nullable(j, "before", c.before(), j::writeString);
                JsonLayout.nullable(j, "after", c.after(), j::writeString);
            });
        });
        strings(j, "categoriesGained", g.categoriesGained());
        strings(j, "categoriesLost", g.categoriesLost());
        strings(j, "categoriesSturdier", g.becameSturdy());
        strings(j, "categoriesThinner", g.becameThin());
        JsonLayout.objects(j, "topics", g.topics(), t -> {
            j.writeStringField("topic", t.topic());
            j.writeNumberField("sourcesBefore", t.sourcesBefore());
            j.writeNumberField("sourcesAfter", t.sourcesAfter());
            j.writeStringField("named", JsonLayout.enumId(t.named()));
        });
        strings(j, "topicsWithSecondSource", g.topics().stream().filter(TopicShift::gainedSecondSource)
                .map(TopicShift::topic).toList());
        strings(j, "topicsLostOnlySource", g.topics().stream().filter(TopicShift::lostOnlySource)
                .map(TopicShift::topic).toList());
        j.writeObjectFieldStart("giveBack");
        JsonLayout.ratioOrNull(j, "before", g.giveBack().before());
        JsonLayout.ratioOrNull(j, "after", g.giveBack().after());
        j.writeEndObject();
        j.writeObjectFieldStart("overdueCheckIns");
        j.writeNumberField("before", g.overdue().before());
        j.writeNumberField("after", g.overdue().after());
        j.writeNumberField("delta", g.overdue().delta());
        j.writeEndObject();
        j.writeObjectFieldStart("health");
        j.writeNumberField("before", g.health().before());
        j.writeNumberField("after", g.health().after());
        j.writeNumberField("delta", g.health().delta());
        JsonLayout.objects(j, "parts", g.health().parts(), p -> {
            j.writeStringField("part", JsonLayout.enumId(p.part()));
            JsonLayout.nullable(j, "before", p.before(), j::writeNumber);
            JsonLayout.nullable(j, "after", p.after(), j::writeNumber);
            JsonLayout.nullable(j, "delta", p.delta(), j::writeNumber);
        });
        j.writeEndObject();
        JsonLayout.ratioOrNull(j, "followThroughShare", g.followThroughShare());
        JsonLayout.objects(j, "followThrough", g.followThrough(), s -> {
            j.writeNumberField("rank", s.rank());
            j.writeStringField("type", s.type().id());
            j.writeStringField("title", s.title());
            j.writeStringField("status", JsonLayout.enumId(s.status()));
            j.writeStringField("evidence", s.evidence());
        });
    }

    private static void ties(JsonGenerator j, String name, List<Tie> ties) throws IOException {
        JsonLayout.objects(j, name, ties, t -> {
            j.writeStringField("id", t.id());
            j.writeStringField("name", t.name());
            j.writeStringField("kind", t.kind().id());
            j.writeStringField("category", t.category());
        });
    }

    /** An array of strings; shared with {@link CohortGrowthJson}. */
    static void strings(JsonGenerator j, String name, List<String> values) throws IOException {
        JsonLayout.array(j, name, values, j::writeString);
    }
}
