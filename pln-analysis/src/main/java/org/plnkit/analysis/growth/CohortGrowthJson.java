package org.plnkit.analysis.growth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.plnkit.analysis.internal.JsonLayout;
import org.plnkit.analysis.cohort.CohortJson;
import org.plnkit.analysis.growth.CohortGrowth.Group;
import org.plnkit.analysis.growth.CohortGrowth.Overview;
import org.plnkit.core.model.Participant;

/**
 * The {@code growth} section of {@code cohort.json} for two waves ({@code pln cohort WAVE2 --before WAVE1}); fields are
 * described in {@code docs/growth.md}. Participants are named by the labels the district outputs use.
 *
 * <pre>{@code
 * CohortJson.write(analysis, labels, input, List.of(CohortGrowthJson.section(growth, labels::participant,
 *         labels.anonymized(), seed)), out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortGrowthJson {
    private CohortGrowthJson() {
    }

    /**
     * The section.
     *
     * @param g          the growth
     * @param label      what a participant of wave 2 is called, by index
     * @param anonymized whether participants are anonymized (then those only in wave 1 are counted, not named)
     * @param seed       the seed of the bootstrap, to report
     */
    public static CohortJson.Section section(CohortGrowth g, IntFunction<String> label, boolean anonymized, long seed) {
        return new CohortJson.Section("growth", j -> write(g, label, anonymized, seed, j));
    }

    static void write(CohortGrowth g, IntFunction<String> label, boolean anonymized, long seed, JsonGenerator j)
            throws IOException {
        j.writeStartObject();
        j.writeNumberField("paired", g.participants().size());
        j.writeNumberField("compared", g.overview().compared());
        j.writeNumberField("onlyBeforeCount", g.onlyBefore().size());
        j.writeNumberField("onlyAfterCount", g.onlyAfter().size());
        GrowthJson.strings(j, "onlyBefore", anonymized ? List.of()
                : g.onlyBefore().stream().map(Participant::displayName).toList());
        GrowthJson.strings(j, "onlyAfter", g.onlyAfter().stream()
                .map(p -> anonymized ? "(new in wave 2)" : p.displayName()).toList());
        j.writeFieldName("overview");
        overview(j, g.overview());
        j.writeNumberField("bootstrapResamples", CohortGrowthAnalyzer.RESAMPLES);
        j.writeNumberField("bootstrapSeed", seed);
        JsonLayout.objects(j, "categories", g.categories(), c -> {
            j.writeStringField("category", c.category());
            j.writeNumberField("gained", c.gained());
            j.writeNumberField("lost", c.lost());
        });
        JsonLayout.objects(j, "spread", g.spread(), s -> {
            j.writeStringField("name", s.name());
            j.writeStringField("kind", s.kind().id());
            j.writeStringField("category", s.category());
            j.writeNumberField("before", s.before());
            j.writeNumberField("after", s.after());
        });
        groups(j, "bySchool", g.bySchool());
        groups(j, "byRole", g.byRole());
        JsonLayout.objects(j, "participants", g.declinedFirst(), p -> {
            j.writeStringField("participant", label.apply(p.index()));
            if (p.failure().isPresent()) {
                j.writeStringField("failure", p.failure().get());
            } else {
                j.writeNumberField("healthBefore", p.healthBefore());
                j.writeNumberField("healthAfter", p.healthAfter());
                j.writeNumberField("delta", p.healthDelta());
                GrowthJson.strings(j, "categoriesGained", p.gained());
                GrowthJson.strings(j, "categoriesLost", p.lost());
                j.writeNumberField("added", p.added());
                j.writeNumberField("dropped", p.dropped());
                j.writeNumberField("changed", p.changed());
                JsonLayout.ratioOrNull(j, "followThroughShare", p.followThrough());
            }
        });
        j.writeEndObject();
    }

    private static void overview(JsonGenerator j, Overview o) throws IOException {
        j.writeStartObject();
        j.writeNumberField("compared", o.compared());
        j.writeNumberField("medianChange", JsonLayout.round(o.medianChange(), 2));
        j.writeNumberField("ciLow", JsonLayout.round(o.ciLow(), 2));
        j.writeNumberField("ciHigh", JsonLayout.round(o.ciHigh(), 2));
        j.writeNumberField("confidence", JsonLayout.round(0.95, 2));
        j.writeNumberField("improved", o.improved());
        j.writeNumberField("declined", o.declined());
        j.writeNumberField("shareGainingCategory", JsonLayout.round(o.shareGainingCategory(), 4));
        j.writeNumberField("medianBefore", JsonLayout.round(o.medianBefore(), 2));
        j.writeNumberField("medianAfter", JsonLayout.round(o.medianAfter(), 2));
        j.writeEndObject();
    }

    private static void groups(JsonGenerator j, String name, List<Group> groups) throws IOException {
        JsonLayout.objects(j, name, groups, gr -> {
            j.writeStringField("name", gr.name());
            j.writeFieldName("overview");
            overview(j, gr.overview());
        });
    }
}
