package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Participant;

class GroupsTest {
    private static Participant at(String id, String school) {
        return new Participant(id, "", Optional.empty(), Optional.ofNullable(school), List.of(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void aSpellingOfAGroupIsNamedAsTheGroupAndAnyOtherAsTyped() {
        Groups g = Groups.of(List.of(at("a", "Lakeside MS"), at("b", "lakeside  ms"), at("c", "Lakeside MS"),
                at("d", null)), Participant::school);
        assertEquals("Lakeside MS", g.nameOf(1));
        assertEquals(GroupSummary.NOT_GIVEN, g.nameOf(3));
        // a participant of another wave with a spelling of the group, or a school no one grouped has
        assertEquals("Lakeside MS", g.nameFor(Optional.of(" LAKESIDE MS. ")));
        assertEquals("North High", g.nameFor(Optional.of("North   High")));
        assertEquals(GroupSummary.NOT_GIVEN, g.nameFor(Optional.of("  ")));
        assertEquals(GroupSummary.NOT_GIVEN, g.nameFor(Optional.empty()));
    }
}
