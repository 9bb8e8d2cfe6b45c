package org.plnkit.analysis;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.analysis.health.Voice;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * What an assessment is computed with. The as-of date is never taken from the clock: give it with
 * {@link #withAsOf(LocalDate)}, or leave it empty to use the participant's own {@code as_of}.
 *
 * <pre>{@code
 * AssessmentOptions o = AssessmentOptions.defaults()
 *         .withAsOf(LocalDate.of(2026, 11, 1))
 *         .withThresholds(Thresholds.DEFAULTS.toBuilder().topShareLimit(0.25).build());
 * }</pre>
 *
 * @param asOf           the date to assess at; empty: the participant's {@code as_of}
 * @param taxonomy       the categories to assess coverage against
 * @param thresholds     the limits flags and scores use
 * @param engagement     how value and frequency make an engagement weight
 * @param coreCategories category ids that are core for the participant's role (none by default)
 * @param suggestions    where concrete suggestions for the action plan come from
 * @param voice          whom the health score's explanations speak of: {@link Voice#YOU} ("your engagement", the
 *                       default) or {@link Voice#I} ("my engagement", for a page that speaks as the teacher)
 *
 * @since 0.1.0
 */
public record AssessmentOptions(Optional<LocalDate> asOf, Taxonomy taxonomy, Thresholds thresholds,
                                EngagementScale engagement, Set<String> coreCategories,
                                SuggestionSource suggestions, Voice voice) {
    public AssessmentOptions {
        Components.requireNonNull(AssessmentOptions.class, asOf, taxonomy, thresholds, engagement, coreCategories,
                suggestions, voice);
        coreCategories = Set.copyOf(coreCategories);
    }

    /**
     * The default taxonomy, thresholds and engagement scale; no core categories, no suggestions; as of the
     * participant's date.
     */
    public static AssessmentOptions defaults() {
        return new AssessmentOptions(Optional.empty(), Taxonomy.defaults(), Thresholds.DEFAULTS,
                EngagementScale.DEFAULT, Set.of(), SuggestionSource.NONE, Voice.YOU);
    }

    /** The defaults, as of a date. */
    public static AssessmentOptions asOf(LocalDate date) {
        return defaults().withAsOf(date);
    }

    public AssessmentOptions withAsOf(LocalDate date) {
        return new AssessmentOptions(Optional.of(date), taxonomy, thresholds, engagement, coreCategories, suggestions,
                voice);
    }

    public AssessmentOptions withTaxonomy(Taxonomy t) {
        return new AssessmentOptions(asOf, t, thresholds, engagement, coreCategories, suggestions, voice);
    }

    public AssessmentOptions withThresholds(Thresholds t) {
        return new AssessmentOptions(asOf, taxonomy, t, engagement, coreCategories, suggestions, voice);
    }

    public AssessmentOptions withEngagement(EngagementScale e) {
        return new AssessmentOptions(asOf, taxonomy, thresholds, e, coreCategories, suggestions, voice);
    }

    public AssessmentOptions withCoreCategories(Set<String> ids) {
        return new AssessmentOptions(asOf, taxonomy, thresholds, engagement, ids, suggestions, voice);
    }

    /** The health score's explanations in this voice ("my engagement" with {@link Voice#I}). */
    public AssessmentOptions withVoice(Voice v) {
        return new AssessmentOptions(asOf, taxonomy, thresholds, engagement, coreCategories, suggestions, v);
    }

    public AssessmentOptions withSuggestions(SuggestionSource s) {
        return new AssessmentOptions(asOf, taxonomy, thresholds, engagement, coreCategories, s, voice);
    }

    /**
     * The as-of date for a PLN: the one given here, else the participant's. The message names no command-line
     * option: a front end that has one (the CLI's {@code --as-of}) resolves the date before it gets here. It names the
     * API that gives a date, for a PLN built in code, and the file's {@code as_of}, for one that was read.
     *
     * @throws IllegalArgumentException when neither is given
     */
    public LocalDate asOfFor(Pln pln) {
        return asOf.or(() -> pln.participant().asOf()).orElseThrow(() -> new IllegalArgumentException(
                "no as-of date for " + pln.participant().displayName()
                        + ": give one with AssessmentOptions.withAsOf(date) or Participant.Builder.asOf(date),"
                        + " or as_of in a participant file"));
    }
}
