package org.plnkit.analysis.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.engagement.UnderUse.Reason;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;

class UnderUseMeasureTest {

    @Test
    void handPickedUnderUse() {
        UnderUse u = UnderUseMeasure.of(pln(List.of(
                // webinars: 3 × yearly 1 = 3 and 1 × monthly 3 = 3: all ≤ 3, low engagement
                c("w1", Kind.RESOURCE, "webinars-podcasts").value(3).frequency(Frequency.YEARLY).build(),
                c("w2", Kind.RESOURCE, "webinars-podcasts").value(1).frequency(Frequency.MONTHLY).build(),
                // journals: one of them 4 × weekly = 16, not low
                c("j1", Kind.RESOURCE, "online-journals").value(1).frequency(Frequency.YEARLY).build(),
                c("j2", Kind.RESOURCE, "online-journals").value(4).frequency(Frequency.WEEKLY).build(),
                // memberships
                c("org-low", Kind.ORGANIZATION, "professional-organizations").value(2)
                        .participation(Participation.CONTRIBUTOR).build(),
                c("org-lurk", Kind.ORGANIZATION, "professional-organizations").value(3)
                        .participation(Participation.LURKER).build(),
                // valued, or used weekly: reading along there is fine
                c("org-valued", Kind.ORGANIZATION, "professional-organizations").value(5)
                        .participation(Participation.LURKER).build(),
                c("weekly-group", Kind.RESOURCE, "online-communities").frequency(Frequency.WEEKLY)
                        .participation(Participation.LURKER).build(),
                c("org-fine", Kind.ORGANIZATION, "local-state-organizations").value(4).build(),
                c("group", Kind.RESOURCE, "online-communities").value(1).participation(Participation.NONE)
                        .wantsMore(true).build(),
                c("blog", Kind.RESOURCE, "blogs-websites").value(2).build(),         // 2 × 3 = 6; not a membership
                c("forum", Kind.RESOURCE, "online-communities").wantsMore(true).build(),
                c("leader", Kind.ORGANIZATION, "local-state-organizations").wantsMore(true)
                        .participation(Participation.LEADER).build())));

        assertEquals(List.of("webinars-podcasts"),
                u.lowEngagementCategories().stream().map(UnderUse.LowEngagementCategory::category).toList());
        assertEquals(3, u.lowEngagementCategories().get(0).maxWeight(), 1e-15);
        assertEquals(2, u.lowEngagementCategories().get(0).connections());

        assertEquals(List.of("group", "org-low", "org-lurk"),
                u.membershipsToReview().stream().map(m -> m.connection().id()).toList());
        assertEquals(Set.of(Reason.LOW_VALUE, Reason.LITTLE_PARTICIPATION), u.membershipsToReview().get(0).reasons());
        assertEquals(Set.of(Reason.LOW_VALUE), u.membershipsToReview().get(1).reasons());
        assertEquals(Set.of(Reason.LITTLE_PARTICIPATION), u.membershipsToReview().get(2).reasons());

        // wants_more with participation none, or not given; a leader has started
        assertEquals(List.of("forum", "group"), u.wantsToStart().stream().map(s -> s.connection().id()).toList());
    }

    @Test
    void nothingUnderUsedInAnEmptyPln() {
        UnderUse u = UnderUseMeasure.of(pln(List.of()));
        assertTrue(u.lowEngagementCategories().isEmpty());
        assertTrue(u.membershipsToReview().isEmpty());
        assertTrue(u.wantsToStart().isEmpty());
    }
}
