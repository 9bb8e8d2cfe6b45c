package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

class AltTextTest {

    @Test
    void describesCountsStrongestTiesGivingBackOverdueAndGaps() {
        String alt = AltText.describe(Fixtures.thin(), Fixtures.options().build());

        assertEquals("A map of the personal learning network of Sam Okoro on 1 November 2026: 4 connections in 3 of "
                + "11 categories, with Sam Okoro in the centre. Local colleagues: 2 (Priya Natarajan, Lena Fischer). "
                + "Mentors: 1 (Mr. Daniel Brooks). Blogs & websites: 1 (The Science Teacher's Lounge (a very long "
                + "blog name about lab safety)). Strongest ties: Priya Natarajan (daily, value 5 of 5); Mr. Daniel "
                + "Brooks (weekly, value 4 of 5); Lena Fischer (monthly, value 3 of 5). Sam Okoro gives back to 1 of "
                + "them. 1 check-in is overdue: Mr. Daniel Brooks. Not yet in the network: Social networks, Online "
                + "communities, Professional organizations, Local & state organizations, Conferences & edcamps, "
                + "Webinars & podcasts, Online journals, Tutorial websites & courses.", alt);
    }

    @Test
    void longCategoriesListThreeNamesAndHowManyMore() {
        String alt = AltText.describe(Fixtures.overReliant(), Fixtures.options().build());

        assertTrue(alt.contains("Local colleagues: 14 (Ana Souza, Ben Carter, Chloé Martin and 11 more)."), alt);
        assertTrue(alt.contains("Strongest ties: Ana Souza (daily, value 5 of 5); Grace Lee (daily, value 5 of 5); "
                + "Chloé Martin (weekly, value 5 of 5)."), alt);
    }

    @Test
    void anonymizedAltTextNamesNoOne() {
        Pln pln = Fixtures.maria();
        String alt = AltText.describe(pln, Fixtures.options().anonymize(true).build());

        for (Connection c : pln.connections()) {
            assertEquals(c.kind() != Kind.PERSON, alt.contains(c.name()), c.name());
        }
        assertFalse(alt.contains("Maria"));
        assertTrue(alt.contains("Anonymous educator gives back to 6 of them."), alt);
    }

    @Test
    void aPlnThatGivesBackToNoOneSaysSoInWords() {
        Participant ana = Participant.builder("ana").name("Ana Souza").build();
        Connection dave = Connection.builder("dave", "Coach Dave Miller", Kind.PERSON, "local-colleagues").build();
        Connection shape = Connection.builder("shape", "SHAPE America", Kind.ORGANIZATION,
                "professional-organizations")
                .build();
        String two = AltText.describe(new Pln(ana, List.of(dave, shape), List.of()), Fixtures.options().build());
        assertTrue(two.contains(" Ana Souza does not give back to any of them yet."), two);
        assertFalse(two.contains("gives back to 0"), two);

        String one = AltText.describe(new Pln(ana, List.of(dave.toBuilder().givesBack(true).build()), List.of()),
                Fixtures.options().build());
        assertTrue(one.contains(" Ana Souza gives back to it."), one);
    }

    @Test
    void anEmptyPlnIsDescribedToo() {
        Pln empty = new Pln(Participant.of("new-teacher"), List.of(), List.of());
        String alt = AltText.describe(empty, Fixtures.options().build());

        assertTrue(alt.startsWith("A map of the personal learning network of new-teacher on 1 November 2026: "
                + "0 connections in 0 of 11 categories"), alt);
        assertTrue(alt.endsWith("Not yet in the network: Local colleagues, Mentors, Social networks, Online "
                + "communities, Blogs & websites, Professional organizations, Local & state organizations, "
                + "Conferences & edcamps, Webinars & podcasts, Online journals, Tutorial websites & courses."), alt);
        // and the map of an empty PLN still renders
        assertTrue(new PlnMapRenderer(Fixtures.options().build()).png(empty).length > 1000);
        assertEquals(Set.of(), Set.copyOf(new PlnMapRenderer(Fixtures.options().build()).geometry(empty).nodes()));
    }

    @Test
    void theRendererAndTheShortcutAgree() {
        Pln pln = Fixtures.maria();
        MapOptions options = Fixtures.options().build();
        assertEquals(PlnMap.altText(pln, options), new PlnMapRenderer(options).altText(pln));
    }
}
