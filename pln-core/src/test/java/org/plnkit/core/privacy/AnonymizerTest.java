package org.plnkit.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;

class AnonymizerTest {
    private static final Taxonomy TAXONOMY = Taxonomy.defaults();

    private static Pln maria() {
        Path sample = Path.of("..", "samples", "maria-lopez-librarian.yaml");
        return new ParticipantFileReader().read(sample).value().orElseThrow();
    }

    @Test
    void peopleAreNamedAfterTheirCategoryAndNumberedInInputOrder() {
        Pln shown = Anonymizer.anonymize(maria(), TAXONOMY);

        List<String> names = shown.connections().stream().map(Connection::name).toList();
        assertEquals("Local colleague 1", names.get(0));
        assertEquals("Local colleague 2", names.get(1));
        assertEquals("Mentor 1", names.get(2));
        assertEquals("local-colleague-1", shown.connections().get(0).id());
    }

    @Test
    void organizationsAndResourcesKeepTheirNamesAndIds() {
        Pln original = maria();
        Pln shown = Anonymizer.anonymize(original, TAXONOMY);

        for (int i = 0; i < original.connections().size(); i++) {
            Connection before = original.connections().get(i);
            Connection after = shown.connections().get(i);
            if (before.kind() != Kind.PERSON) {
                assertEquals(before, after);
            }
        }
        assertTrue(shown.connection("aasl").isPresent());
    }

    @Test
    void noPersonNameOrIdSurvivesAnywhere() {
        Pln original = maria();
        String shown = Anonymizer.anonymize(original, TAXONOMY).toString();

        for (Connection c : original.connections()) {
            if (c.kind() == Kind.PERSON) {
                assertFalse(shown.contains(c.name()), c.name());
                assertFalse(shown.contains("id=" + c.id() + ","), c.id());
            }
        }
        assertFalse(shown.contains("Maria"));
        assertFalse(shown.contains("maria-lopez"));
        assertFalse(shown.contains("Lincoln Middle School"));
    }

    @Test
    void linksFollowTheNewIds() {
        Pln shown = Anonymizer.anonymize(maria(), TAXONOMY);

        assertTrue(shown.links().contains(new Link("local-colleague-1", "local-colleague-2")));
        assertTrue(shown.links().contains(new Link("mentor-1", "aasl")));
        assertEquals(maria().links().size(), shown.links().size());
    }

    @Test
    void theParticipantBecomesTheLabelGivenAndKeepsRoleAndDate() {
        Pln shown = new Anonymizer(TAXONOMY, "Participant 7").apply(maria());

        Participant p = shown.participant();
        assertEquals("Participant 7", p.displayName());
        assertEquals(Anonymizer.PARTICIPANT_ID, p.id());
        assertEquals(Optional.of("Teacher librarian"), p.role());
        assertEquals(Optional.empty(), p.school());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), p.asOf());
    }

    @Test
    void contactDetailsOfPeopleAreDroppedAndFreeTextMetViaBecomesOther() {
        Connection person = Connection.builder("joyce", "Joyce Valenza", Kind.PERSON, "social-networks")
                .sharedId("@joycevalenza").url("https://twitter.com/joycevalenza").metVia("Jane's party")
                .frequency(Frequency.WEEKLY).build();
        Connection colleague = Connection.builder("tom", "Tom", Kind.PERSON, "local-colleagues")
                .metVia("school").build();
        Pln pln = new Pln(Participant.of("p"), List.of(person, colleague), List.of());

        Pln shown = Anonymizer.anonymize(pln, TAXONOMY);

        Connection a = shown.connections().get(0);
        assertEquals("Social network 1", a.name());
        assertEquals(Optional.empty(), a.sharedId());
        assertEquals(Optional.empty(), a.url());
        assertEquals(Optional.of("other"), a.metVia());
        assertEquals(Optional.of(Frequency.WEEKLY), a.frequency());
        assertEquals(Optional.of("school"), shown.connections().get(1).metVia());
    }

    @Test
    void metViaOfAnOrganizationThatNamesAPersonFollowsTheirNewId() {
        Connection marcus = Connection.builder("marcus", "Marcus Bell", Kind.PERSON, "mentors").build();
        Connection iste = Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations")
                .metVia("marcus").build();
        Connection blog = Connection.builder("blog", "A blog", Kind.RESOURCE, "blogs-websites")
                .metVia(" Marcus Bell ").build();
        Connection podcast = Connection.builder("pod", "A podcast", Kind.RESOURCE, "webinars-podcasts")
                .metVia("conference").build();
        Pln pln = new Pln(Participant.of("p"), List.of(iste, marcus, blog, podcast), List.of());

        Pln shown = Anonymizer.anonymize(pln, TAXONOMY);

        assertEquals(Optional.of("mentor-1"), shown.connections().get(0).metVia());
        assertEquals(Optional.of("mentor-1"), shown.connections().get(2).metVia());
        assertEquals(Optional.of("conference"), shown.connections().get(3).metVia());
    }

    @Test
    void aPersonIdNeverClashesWithAnOrganizationId() {
        Connection org = Connection.builder("mentor-1", "Mentor 1 Inc.", Kind.ORGANIZATION,
                "professional-organizations").build();
        Connection mentor = Connection.builder("ruth", "Ruth", Kind.PERSON, "mentors").build();
        Pln shown = Anonymizer.anonymize(new Pln(Participant.of("p"), List.of(org, mentor),
                List.of(new Link("mentor-1", "ruth"))), TAXONOMY);

        assertEquals("mentor-1-2", shown.connections().get(1).id());
        assertEquals(List.of(new Link("mentor-1", "mentor-1-2")), shown.links());
    }

    @Test
    void personLabelsOfTheDefaultTaxonomyAreSingular() {
        Anonymizer a = new Anonymizer(TAXONOMY);
        assertEquals("Online community", a.personLabel("online-communities"));
        assertEquals("Blog & website", a.personLabel("blogs-websites"));
        assertEquals("Local & state organization", a.personLabel("local-state-organizations"));
        assertEquals("Person", a.personLabel("no-such-category"));
    }

    @Test
    void anyPlnKeepsItsShapeAndLosesEveryPersonName() {
        List<String> categories = TAXONOMY.ids();
        qt().withExamples(200).withFixedSeed(20261128L)
                .forAll(lists().of(integers().between(0, 3 * categories.size() - 1)).ofSizeBetween(0, 40))
                .checkAssert(codes -> {
                    List<Connection> cs = new ArrayList<>();
                    for (int i = 0; i < codes.size(); i++) {
                        int code = codes.get(i);
                        Kind kind = Kind.values()[code % 3];
                        cs.add(Connection.builder("c" + i, "Secret Name " + i, kind,
                                categories.get(code / 3)).build());
                    }
                    List<Link> links = new ArrayList<>();
                    for (int i = 1; i < cs.size(); i += 2) {
                        links.add(new Link("c" + (i - 1), "c" + i));
                    }
                    Pln pln = new Pln(Participant.of("p"), cs, links);

                    Pln shown = Anonymizer.anonymize(pln, TAXONOMY);

                    assertEquals(cs.size(), shown.connections().size());
                    assertEquals(links.size(), shown.links().size());
                    Set<String> ids = new HashSet<>();
                    for (int i = 0; i < cs.size(); i++) {
                        Connection before = cs.get(i);
                        Connection after = shown.connections().get(i);
                        assertTrue(ids.add(after.id()));
                        assertEquals(before.kind(), after.kind());
                        assertEquals(before.category(), after.category());
                        assertEquals(before.kind() == Kind.PERSON, !after.name().equals(before.name()));
                    }
                });
    }
}
