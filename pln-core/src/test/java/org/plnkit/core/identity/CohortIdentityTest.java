package org.plnkit.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.core.identity.Cohorts.cohort;
import static org.plnkit.core.identity.Cohorts.org;
import static org.plnkit.core.identity.Cohorts.person;
import static org.plnkit.core.identity.Cohorts.pln;
import static org.plnkit.core.identity.Cohorts.resource;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;

class CohortIdentityTest {
    @Test
    void theSameUrlWrittenDifferentlyIsOneNode() {
        Cohort c = cohort(
                pln("maria", org("aasl", "AASL", "https://www.ala.org/aasl")),
                pln("sam", org("school-librarians", "American Association of School Librarians", "ala.org/aasl/")),
                pln("alex", org("aasl", "American Association of School Librarians", "HTTP://WWW.ALA.ORG/aasl")),
                pln("lee", org("aasl-about", "About AASL", "https://www.ala.org/aasl/about")));

        CohortIdentity id = CohortIdentity.resolve(c);

        assertEquals(2, id.nodes().size());
        SharedNode aasl = id.nodes().get(0);
        assertEquals("url:ala.org/aasl", aasl.id());
        assertEquals("American Association of School Librarians", aasl.name());
        assertEquals(Kind.ORGANIZATION, aasl.kind());
        assertEquals("professional-organizations", aasl.category());
        assertEquals(List.of(new Mention("maria", "aasl"), new Mention("sam", "school-librarians"),
                new Mention("alex", "aasl")), aasl.mentions());
        assertEquals(List.of("maria", "sam", "alex"), aasl.participantIds());
        assertTrue(aasl.isShared());
        // a deep link is a different url under the contract's rule
        assertEquals("url:ala.org/aasl/about", id.nodeOf("lee", "aasl-about").orElseThrow().id());
        assertFalse(id.nodeOf("lee", "aasl-about").orElseThrow().isShared());
        assertEquals(Optional.of(aasl), id.nodeOf("sam", "school-librarians"));
        assertEquals(Optional.of(aasl), id.node("url:ala.org/aasl"));
        assertEquals(List.of(aasl), id.sharedNodes());
    }

    @Test
    void namesMatchIgnoringCaseSpacesAndPunctuationButOnlyWithinAKind() {
        Cohort c = cohort(
                pln("maria", org("iste", "ISTE.", null)),
                pln("sam", org("iste", "  iste ", null), resource("iste-live", "ISTE", null, "conferences-edcamps")),
                pln("alex", org("the-iste", "The ISTE", null)));

        CohortIdentity id = CohortIdentity.resolve(c);

        SharedNode iste = id.nodeOf("maria", "iste").orElseThrow();
        assertEquals("organization:iste", iste.id());
        assertEquals(List.of(new Mention("maria", "iste"), new Mention("sam", "iste")), iste.mentions());
        assertEquals("ISTE.", iste.name()); // each spelling once: the first in input order
        assertEquals("resource:iste", id.nodeOf("sam", "iste-live").orElseThrow().id());
        assertEquals("organization:the iste", id.nodeOf("alex", "the-iste").orElseThrow().id());
        assertEquals(3, id.nodes().size());
    }

    @Test
    void mentionsChainThroughSharedUrlsAndNames() {
        Cohort c = cohort(
                pln("a", resource("e", "Edutopia", "e.example.org", "blogs-websites")),
                pln("b", resource("e", "edutopia", "https://edutopia.org", "blogs-websites")),
                pln("c", resource("g", "George Lucas Educational Foundation", "edutopia.org/", "online-journals")),
                pln("d", resource("g", "George Lucas Educational Foundation", null, "online-journals")),
                pln("e", resource("x", "Unrelated", "e.example.org/other", "blogs-websites")));

        CohortIdentity id = CohortIdentity.resolve(c);

        SharedNode node = id.nodeOf("a", "e").orElseThrow();
        assertEquals(List.of("a", "b", "c", "d"), node.participantIds());
        assertEquals("url:e.example.org", node.id()); // urls before names, then alphabetical
        assertEquals("George Lucas Educational Foundation", node.name()); // twice, against Edutopia and edutopia once each
        assertEquals("blogs-websites", node.category()); // two each: the first in input order
        assertEquals(2, id.nodes().size());
    }

    @Test
    void peopleAreMergedOnlyByAnExplicitSharedId() {
        Connection janeA = Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues")
                .url("https://twitter.com/janekim").build();
        Connection janeB = Connection.builder("jane-kim", "Jane Kim", Kind.PERSON, "local-colleagues")
                .url("https://twitter.com/janekim").build();
        Cohort c = cohort(
                pln("maria", janeA, person("kim", "J. Kim", "Jane.Kim@lincoln.org")),
                pln("sam", janeB, person("jk", "Jane Kim", "jane.kim@LINCOLN.org")));

        CohortIdentity id = CohortIdentity.resolve(c);

        assertEquals("mention:maria/jane", id.nodeOf("maria", "jane").orElseThrow().id());
        assertEquals("mention:sam/jane-kim", id.nodeOf("sam", "jane-kim").orElseThrow().id());
        SharedNode byId = id.nodeOf("maria", "kim").orElseThrow();
        assertEquals("id:jane.kim@lincoln.org", byId.id());
        assertEquals(List.of(new Mention("maria", "kim"), new Mention("sam", "jk")), byId.mentions());
        assertEquals(3, id.nodes().size());
    }

    @Test
    void aSharedIdThatIsAnotherParticipantIsATieNotANode() {
        Cohort c = cohort(
                pln("maria", person("sam-lee", "Sam Lee", "SAM"), person("me", "Myself", "maria")),
                pln("sam", person("maria", "Maria Lopez", "maria")));

        CohortIdentity id = CohortIdentity.resolve(c);

        assertEquals(List.of(new ParticipantTie(new Mention("maria", "sam-lee"), "sam"),
                new ParticipantTie(new Mention("sam", "maria"), "maria")), id.participantTies());
        assertEquals("maria", id.participantTies().get(0).from());
        assertEquals("sam", id.participantTies().get(0).to());
        assertEquals(Optional.of("sam"), id.participantOf("maria", "sam-lee"));
        assertEquals(Optional.empty(), id.nodeOf("maria", "sam-lee"));
        // naming oneself is not a tie: it stays an ordinary mention
        assertEquals(Optional.empty(), id.participantOf("maria", "me"));
        assertEquals("id:maria", id.nodeOf("maria", "me").orElseThrow().id());
        assertEquals(1, id.nodes().size());
        assertThrows(IllegalArgumentException.class, () -> new ParticipantTie(new Mention("a", "b"), "a"));
    }

    @Test
    void aSharedIdAlsoMergesOrganizationsWithDifferentNamesAndUrls() {
        Connection a = Connection.builder("x", "State Library Assoc.", Kind.ORGANIZATION, "local-state-organizations")
                .sharedId("org-42").build();
        Connection b = Connection.builder("y", "ILA", Kind.ORGANIZATION, "local-state-organizations")
                .sharedId("ORG-42").url("ila.example.org").build();
        CohortIdentity id = CohortIdentity.resolve(cohort(pln("p", a), pln("q", b)));
        assertEquals(1, id.nodes().size());
        assertEquals("id:org-42", id.nodes().get(0).id());
    }

    @Test
    void theResultIsImmutable() {
        CohortIdentity id = CohortIdentity.resolve(cohort(pln("p", org("a", "A", null))));
        assertThrows(UnsupportedOperationException.class, () -> id.nodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> id.nodes().get(0).mentions().clear());
        assertThrows(UnsupportedOperationException.class, () -> id.participantTies().clear());
    }
}
