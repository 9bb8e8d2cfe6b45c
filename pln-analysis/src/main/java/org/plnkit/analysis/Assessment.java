package org.plnkit.analysis;

import java.time.LocalDate;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.engagement.UnderUse;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.plan.ActionPlan;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.structure.Structure;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Participant;

/**
 * What a participant learns about their PLN, as of a date: every measure's result, the health score and the action
 * plan. Immutable; usable without the report module. {@link AssessmentJson} writes it as JSON and
 * {@link AssessmentText} as a plain-text summary.
 *
 * <pre>{@code
 * Assessment a = Assessor.assess(pln, AssessmentOptions.asOf(LocalDate.of(2026, 11, 1)));
 * a.coverage().gaps();                      // empty categories
 * a.reliance().keyPeople();                 // only sources of a topic
 * a.health().score();                       // 0–100
 * a.actionPlan().recommendations().get(0);  // the first step
 * }</pre>
 *
 * @param participant the participant
 * @param asOf        the date assessed at
 * @param thresholds  the limits used
 * @param composition kinds, categories, local and online, diversity
 * @param coverage    gaps and thin categories
 * @param reliance    engagement weights and shares, concentration, key people, articulation points, flags
 * @param structure   density, components, effective size, efficiency, constraint
 * @param topics      sources of each topic, uncovered and fragile topics
 * @param underUse    low-engagement categories, memberships to review, where to start
 * @param giveBack    give-back share and one-way ties
 * @param upkeep      overdue check-ins, missing dates, organizer
 * @param health      the health score and its parts
 * @param actionPlan  the ordered recommendations
 *
 * @since 0.1.0
 */
public record Assessment(Participant participant, LocalDate asOf, Thresholds thresholds, Composition composition,
                         Coverage coverage, Reliance reliance, Structure structure, TopicCoverage topics,
                         UnderUse underUse, GiveBack giveBack, Upkeep upkeep, Health health, ActionPlan actionPlan) {
    public Assessment {
        Components.requireNonNull(Assessment.class, participant, asOf, thresholds, composition, coverage, reliance,
                structure, topics, underUse, giveBack, upkeep, health, actionPlan);
    }

    /** The number of connections assessed. */
    public int connectionCount() {
        return composition.connections();
    }
}
