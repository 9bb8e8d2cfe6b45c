package org.plnkit.analysis.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.analysis.health.Health.Part;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

class HealthScoreTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Pln pln(List<String> topics) {
        Participant p = new Participant("p", "Pat", Optional.empty(), Optional.empty(), topics, Optional.of("Feedly"),
                Optional.empty());
        return new Pln(p, List.of(
                c("a", Kind.PERSON, "local-colleagues").value(5).frequency(Frequency.WEEKLY).givesBack(true)
                        .lastContact(AS_OF.minusDays(3)).topics(List.of("x")).build(),
                c("b", Kind.RESOURCE, "blogs-websites").value(2).frequency(Frequency.MONTHLY)
                        .lastContact(AS_OF.minusDays(60)).topics(List.of("x", "y")).build()), List.of());
    }

    @Test
    void handComputedSubScoresAndTotal() {
        Health h = Assessor.assess(pln(List.of("x", "y", "z")), AssessmentOptions.asOf(AS_OF)).health();
        // coverage: 2 of 11 categories, both thin: (½ + ½) / 11 = 0.0909
        assertEquals(Optional.of(9), h.part(Part.COVERAGE).score());
        // diversity: IQV 0.5 / (10/11) = 0.55; half local → balance 1; ¾ · 0.55 + ¼ = 0.6625
        assertEquals(Optional.of(66), h.part(Part.DIVERSITY).score());
        // concentration: weights 20 and 6; H = (400 + 36) / 676; H* = (H − ½) / ½ = 0.2899
        assertEquals(Optional.of(71), h.part(Part.CONCENTRATION).score());
        // topics: x two sources 1, y one ½, z none 0 → 0.5
        assertEquals(Optional.of(50), h.part(Part.TOPICS).score());
        // give-back: 1 of 2 = 50%, the target → 1
        assertEquals(Optional.of(100), h.part(Part.GIVE_BACK).score());
        // upkeep: b is overdue (60 > 30 + 15): 0.9 · (1 − 1/2) + 0.1 (organizer) = 0.55
        assertEquals(Optional.of(55), h.part(Part.UPKEEP).score());
        // (25·9 + 15·66 + 15·71 + 20·50 + 10·100 + 15·55) / 100 = 51.05
        assertEquals(51, h.score());
        assertEquals(100, Arrays.stream(Part.values()).mapToInt(Part::weight).sum());
        assertTrue(h.part(Part.TOPICS).explanation().contains("1 of 3 topics has two or more sources"));
    }

    /**
     * The studio's page speaks as the teacher ("my PLN"): with {@link Voice#I} every explanation does ("I give back",
     * "my engagement", "None of my"), with the same scores; the default speaks to the teacher as before.
     */
    @Test
    void explanationsInTheTeachersOwnVoice() {
        for (Pln p : List.of(pln(List.of("z", "w")), pln(List.of()), pln(List.of("z")),
                new Pln(Participant.of("p"), List.of(c("a", Kind.RESOURCE, "blogs-websites").build()), List.of()))) {
            Health you = Assessor.assess(p, AssessmentOptions.asOf(AS_OF)).health();
            Health me = Assessor.assess(p, AssessmentOptions.asOf(AS_OF).withVoice(Voice.I)).health();
            assertEquals(you.score(), me.score());
            for (Part part : Part.values()) {
                String mine = me.part(part).explanation();
                assertFalse(mine.matches("(?s).*\\b([Yy]ou|[Yy]our)\\b.*"), part + ": " + mine);
                assertEquals(you.part(part).explanation().replace("You give", "I give").replace("you can", "I can")
                        .replace("topics you need", "topics I need").replace("Your", "My").replace("your", "my"),
                        mine);
            }
        }
        Health two = Assessor.assess(pln(List.of("z", "w")), AssessmentOptions.asOf(AS_OF).withVoice(Voice.I)).health();
        assertTrue(two.part(Part.GIVE_BACK).explanation().startsWith("I give back to the one connection I can give back to ("),
                two.part(Part.GIVE_BACK).explanation());
        assertTrue(two.part(Part.TOPICS).explanation().startsWith("None of my 2 topics"),
                two.part(Part.TOPICS).explanation());
    }

    @Test
    void topicsDoNotCountWhenNoneAreNamed() {
        Health h = Assessor.assess(pln(List.of()), AssessmentOptions.asOf(AS_OF)).health();
        assertFalse(h.part(Part.TOPICS).score().isPresent());
        // (225 + 990 + 1065 + 1000 + 825) / 80 = 51.3
        assertEquals(51, h.score());
    }

    /**
     * Two or three connections of equal weight are not "many": the fourteenth QA pass's new teacher with three read
     * "your engagement is spread over many connections".
     */
    @Test
    void evenEngagementOverFewConnectionsSaysHowMany() {
        for (int n = 2; n <= 4; n++) {
            List<org.plnkit.core.model.Connection> cs = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                cs.add(c("c" + i, Kind.PERSON, "local-colleagues").value(3).frequency(Frequency.WEEKLY).build());
            }
            String why = Assessor.assess(new Pln(Participant.of("p"), cs, List.of()), AssessmentOptions.asOf(AS_OF))
                    .health().part(Part.CONCENTRATION).explanation();
            assertFalse(why.contains("many"), why);
            assertTrue(why.contains(" your " + n + " connections."), why);
        }
    }

    @Test
    void emptyPlnScoresZero() {
        Pln empty = new Pln(Participant.of("p"), List.of(), List.of());
        assertEquals(0, Assessor.assess(empty, AssessmentOptions.asOf(AS_OF)).health().score());
    }
}
