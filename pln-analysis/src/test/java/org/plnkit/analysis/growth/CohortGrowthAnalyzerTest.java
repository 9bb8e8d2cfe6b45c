package org.plnkit.analysis.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.analysis.growth.CohortGrowth.ParticipantGrowth;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

class CohortGrowthAnalyzerTest {
    private static Pln as(Pln p, String id, String school) {
        Participant q = p.participant();
        return new Pln(new Participant(id, q.name() + " " + id, q.role(), Optional.of(school), q.topics(),
                q.organizer(), q.asOf()), p.connections(), p.links());
    }

    @Test
    void pairsByIdAndListsWhoIsInOneWaveOnly() {
        Pln b = GrowthPairs.before();
        Pln a = GrowthPairs.after();
        Cohort wave1 = new Cohort(List.of(as(b, "p1", "North"), as(b, "p2", "South"), as(b, "left", "North")));
        Cohort wave2 = new Cohort(List.of(as(a, "new", "North"), as(a, "P2 ", "South"), as(b, "p1", "North")));
        CohortGrowth g = new CohortGrowthAnalyzer(CohortOptions.defaults().withThreads(2)).analyze(wave1, wave2);
        // "P2 " pairs with p2 in another case; the model takes the space off its id, as a reader does
        assertEquals(List.of("P2", "p1"), g.participants().stream().map(p -> p.participant().id()).toList());
        assertEquals(List.of(1, 2), g.participants().stream().map(ParticipantGrowth::index).toList());
        assertEquals(List.of("left"), g.onlyBefore().stream().map(Participant::id).toList());
        assertEquals(List.of("new"), g.onlyAfter().stream().map(Participant::id).toList());
        ParticipantGrowth p2 = g.participants().get(0);
        assertEquals(57, p2.healthBefore());
        assertEquals(76, p2.healthAfter());
        assertEquals(List.of("social-networks", "webinars-podcasts"), p2.gained());
        assertEquals(3, p2.added());
        assertEquals(1, p2.dropped());
        assertEquals(5, p2.changed());      // Pat Green's new name is a change (docs/growth.md)
        // p1 did not change: it stalled, so it comes first
        assertEquals(List.of("p1", "P2"), g.declinedFirst().stream().map(p -> p.participant().id()).toList());
        // median of {0, 19} is 9.5; every resample's median is 0, 9.5 or 19
        assertEquals(9.5, g.overview().medianChange());
        assertEquals(0.0, g.overview().ciLow());
        assertEquals(19.0, g.overview().ciHigh());
        assertEquals(0.5, g.overview().shareGainingCategory());
        assertEquals(List.of("North", "South"), g.bySchool().stream().map(CohortGrowth.Group::name).toList());
        assertEquals(19.0, g.bySchool().get(1).overview().medianChange());
        CohortGrowth.CategoryChange social = g.categories().stream()
                .filter(c -> c.category().equals("social-networks")).findFirst().orElseThrow();
        assertEquals(1, social.gained());
        // the same waves, threads or not, give the same figures
        assertEquals(g, new CohortGrowthAnalyzer(CohortOptions.defaults().withThreads(1)).analyze(wave1, wave2));
    }

    @Test
    void schoolsThatDifferOnlyInCaseOrSpacingAreOneGroupAsInTheCohortAnalysis() {
        // QA #16: "Valley View Middle School" and "valley view middle school" were two rows of Growth by school,
        // while the Overview's By school counts them as one school
        Pln b = GrowthPairs.before();
        Pln a = GrowthPairs.after();
        Cohort wave1 = new Cohort(List.of(as(b, "p1", "North"), as(b, "p2", "north"), as(b, "p3", "North")));
        Cohort wave2 = new Cohort(List.of(as(a, "p1", "North"), as(a, "p2", "north "), as(a, "p3", "NORTH  ")));
        CohortGrowth g = new CohortGrowthAnalyzer(CohortOptions.defaults().withThreads(1)).analyze(wave1, wave2);
        assertEquals(List.of("North"), g.bySchool().stream().map(CohortGrowth.Group::name).toList());
        assertEquals(3, g.bySchool().get(0).overview().compared());
    }

    @Test
    void sharedResourcesThatSpread() {
        Pln b = GrowthPairs.before();
        Pln a = GrowthPairs.after();
        List<Pln> w1 = new ArrayList<>();
        List<Pln> w2 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            w1.add(as(b, "p" + i, "North"));
            w2.add(as(i == 0 ? b : a, "p" + i, "North"));
        }
        CohortGrowth g = new CohortGrowthAnalyzer(CohortOptions.defaults()).analyze(new Cohort(w1), new Cohort(w2));
        // #MTBoS and Cult of Pedagogy: named by nobody in wave 1, by 2 in wave 2
        assertEquals(List.of("#MTBoS 0 -> 2", "Cult of Pedagogy 0 -> 2"), g.spread().stream()
                .map(s -> s.name() + " " + s.before() + " -> " + s.after()).toList());
    }

    @Test
    void theBootstrapIsSeededAndHoldsTheMedian() {
        int[] v = new int[501];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 41 - 20;
        }
        double m = Bootstrap.median(v);
        double[] ci = Bootstrap.medianInterval(v, 2000, 0.95, 7);
        assertTrue(ci[0] <= m && m <= ci[1], m + " in " + ci[0] + ".." + ci[1]);
        assertTrue(ci[1] - ci[0] <= 6, "a 501-value interval is narrow");
        assertEquals(List.of(ci[0], ci[1]), List.of(Bootstrap.medianInterval(v, 2000, 0.95, 7)[0],
                Bootstrap.medianInterval(v, 2000, 0.95, 7)[1]));
        assertEquals(2.5, Bootstrap.median(new int[] {1, 2, 3, 4}));
    }
}
