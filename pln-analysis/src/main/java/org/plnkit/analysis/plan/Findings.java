package org.plnkit.analysis.plan;

import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.engagement.UnderUse;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.internal.Components;

/**
 * The measures of one PLN that an action plan is drawn from.
 *
 * @param composition kinds, categories, local and online
 * @param coverage    gaps and thin categories
 * @param reliance    engagement shares, key people, flags
 * @param topics      sources of each topic
 * @param underUse    low-engagement categories, memberships to review, where to start
 * @param giveBack    give-back share and one-way ties
 * @param upkeep      overdue check-ins, missing dates, organizer
 *
 * @since 0.1.0
 */
public record Findings(Composition composition, Coverage coverage, Reliance reliance, TopicCoverage topics,
                       UnderUse underUse, GiveBack giveBack, Upkeep upkeep) {
    public Findings {
        Components.requireNonNull(Findings.class, composition, coverage, reliance, topics, underUse, giveBack, upkeep);
    }
}
