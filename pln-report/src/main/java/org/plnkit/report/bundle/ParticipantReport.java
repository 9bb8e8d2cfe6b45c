package org.plnkit.report.bundle;

import java.util.Objects;
import java.util.stream.Collectors;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Anonymity;
import org.plnkit.report.findings.KeyFindings;
import org.plnkit.report.findings.Voice;
import org.plnkit.report.map.MapInsights;
import org.plnkit.report.map.MapOptions;

/**
 * A participant's PLN as every output shows it, and its assessment. When anonymized, the PLN is anonymized
 * <em>before</em> it is assessed, so that no output (workbook, map, reflection, JSON) ever holds a person's name:
 * the numbers are the same (the assessment never computes with names).
 *
 * <pre>{@code
 * ParticipantReport r = ParticipantReport.of(pln, AssessmentOptions.defaults(), true);
 * r.pln().participant().displayName();   // "Anonymous educator"
 * r.assessment().health().score();       // as without anonymizing
 * }</pre>
 *
 * @param pln        the PLN as shown (anonymized when asked)
 * @param assessment its assessment
 * @param taxonomy   the categories it was assessed with
 * @param anonymized whether people's names were removed
 *
 * @since 0.1.0
 */
public record ParticipantReport(Pln pln, Assessment assessment, Taxonomy taxonomy, boolean anonymized) {
    /** Notes from the assessment shown in the map's legend, at most this many. */
    public static final int MAP_NOTES = 3;

    public ParticipantReport {
        Objects.requireNonNull(pln, "pln");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * Assesses a PLN for its report.
     *
     * @throws IllegalArgumentException when there is no as-of date (see {@link AssessmentOptions#asOfFor(Pln)})
     */
    public static ParticipantReport of(Pln pln, AssessmentOptions options, boolean anonymize) {
        return of(pln, options, anonymize ? Anonymity.EVERYONE : Anonymity.NONE);
    }

    /**
     * Assesses a PLN for its report, with the names this anonymity hides ({@link Anonymity#OTHERS}: the participant
     * keeps their name, the people they name are hidden).
     */
    public static ParticipantReport of(Pln pln, AssessmentOptions options, Anonymity anonymity) {
        Pln shown = anonymity.apply(pln, options.taxonomy());
        return new ParticipantReport(shown, Assessor.assess(shown, options), options.taxonomy(),
                anonymity.hidesPeople());
    }

    /**
     * What the map takes from the assessment, so that the two agree: overdue check-ins (with the assessment's
     * grace), the empty categories, the findings that stand out, and the strongest ties by engagement weight.
     */
    public MapInsights mapInsights() {
        Assessment a = assessment;
        return new MapInsights(
                a.upkeep().overdueCheckIns().stream().map(o -> o.connection().id()).collect(Collectors.toSet()),
                a.coverage().gaps().stream().map(g -> g.category()).toList(),
                KeyFindings.standOut(a, Voice.I, MAP_NOTES),
                a.reliance().weights().stream().map(w -> w.connection().id()).toList());
    }

    /** The map's options: the default size, as of the assessment's date, with its insights. */
    public MapOptions mapOptions() {
        return MapOptions.builder(assessment.asOf()).taxonomy(taxonomy).insights(mapInsights()).build();
    }
}
