package org.plnkit.analysis.giveback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;

class GiveBackMeasureTest {

    @Test
    void handComputedShareAndOneWayTies() {
        GiveBack g = GiveBackMeasure.of(pln(List.of(
                person("ann").givesBack(true).build(),
                person("bob").givesBack(false).value(2).build(),
                person("cy").value(5).frequency(Frequency.DAILY).build(),     // blank: no
                c("org", Kind.ORGANIZATION, "professional-organizations").givesBack(true).build(),
                c("blog", Kind.RESOURCE, "blogs-websites").build())));
        assertEquals(5, g.connections());
        // a blog one only reads is no place to give back to: 2 of the other 4
        assertEquals(4, g.canGiveBackTo());
        assertEquals(2, g.givesBackTo());
        assertEquals(0.5, g.share().orElseThrow(), 1e-15);
        assertEquals(3, g.people());
        assertEquals(1, g.peopleGivenBackTo());
        // most engaged first: cy (25) before bob (6)
        assertEquals(List.of("cy", "bob"), g.oneWayTies().stream().map(ConnectionRef::id).toList());
    }

    @Test
    void onlyPlacesWherePeopleMeetCountBesidePeopleAndOrganizations() {
        GiveBack g = GiveBackMeasure.of(pln(List.of(
                c("sim", Kind.RESOURCE, "tutorial-websites").build(),
                c("pod", Kind.RESOURCE, "webinars-podcasts").build(),
                c("group", Kind.RESOURCE, "online-communities").build(),
                c("tag", Kind.RESOURCE, "social-networks").givesBack(true).build(),
                c("camp", Kind.RESOURCE, "conferences-edcamps").build(),
                // a guest on a podcast gives back there: it counts once the participant says so
                c("show", Kind.RESOURCE, "webinars-podcasts").givesBack(true).build())));
        assertEquals(6, g.connections());
        assertEquals(4, g.canGiveBackTo());
        assertEquals(2, g.givesBackTo());
        assertEquals(0.5, g.share().orElseThrow(), 1e-15);
        GiveBack none = GiveBackMeasure.of(pln(List.of(c("sim", Kind.RESOURCE, "tutorial-websites").build())));
        assertEquals(0, none.canGiveBackTo());
        assertTrue(none.share().isEmpty());
    }

    @Test
    void noConnections() {
        GiveBack g = GiveBackMeasure.of(pln(List.of()));
        assertFalse(g.share().isPresent());
        assertEquals(0, g.people());
    }
}
