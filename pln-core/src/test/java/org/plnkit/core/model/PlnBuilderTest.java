package org.plnkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Building a PLN in code is validated like a file: categories by id or label in any case, unknown ones rejected. */
class PlnBuilderTest {
    private static final Participant MARIA = Participant.builder("maria").name("Maria Lopez")
            .asOf(LocalDate.of(2026, 11, 1)).build();

    private static Connection person(String id, String category) {
        return Connection.builder(id, id, Kind.PERSON, category).build();
    }

    @Test
    void aLabelOrAnIdInAnotherCaseResolvesToTheId() {
        Pln pln = Pln.builder(MARIA)
                .connection(person("a", "Local colleagues"))
                .connection(person("b", "  MENTORS "))
                .connection(person("c", "online-journals"))
                .link("a", "b")
                .build();
        assertEquals(List.of("local-colleagues", "mentors", "online-journals"),
                pln.connections().stream().map(Connection::category).toList());
        assertEquals(List.of(new Link("a", "b")), pln.links());
        assertEquals(MARIA, pln.participant());
    }

    @Test
    void anUnknownCategoryIsAnExceptionNamingTheClosestCategory() {
        UnknownCategoryException e = assertThrows(UnknownCategoryException.class,
                () -> Pln.builder(MARIA).connection(person("a", "mentorz")).build());
        assertEquals("unknown category \"mentorz\": use a category id or label of the taxonomy; did you mean"
                + " \"mentors\" (Mentors)?", e.getMessage());
        assertEquals("mentorz", e.given());
        assertEquals(Optional.of("mentors"), e.closest().map(Category::id));

        // far from everything: still the closest one, so the message always helps
        UnknownCategoryException far = assertThrows(UnknownCategoryException.class,
                () -> Taxonomy.defaults().require("zzzzzzzzzzzzzz"));
        assertTrue(far.closest().isPresent(), far.getMessage());
        assertTrue(far.getMessage().startsWith("unknown category \"zzzzzzzzzzzzzz\""), far.getMessage());
    }

    @Test
    void aHugeUnknownCategoryIsShortenedInTheMessage() {
        String huge = "x".repeat(100_000);
        UnknownCategoryException e = assertThrows(UnknownCategoryException.class,
                () -> Taxonomy.defaults().require(huge));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertEquals(huge, e.given());
    }

    @Test
    void anotherTaxonomyIsUsedWhenGiven() {
        Taxonomy district = new Taxonomy(List.of(
                new Category("coaches", "Instructional coaches", Set.of(Kind.PERSON), true, "", List.of()),
                new Category("vendors", "Vendors", Set.of(), false, "", List.of())));
        Pln pln = Pln.builder(MARIA).taxonomy(district).connection(person("a", "Instructional Coaches")).build();
        assertEquals("coaches", pln.connections().get(0).category());
        assertThrows(UnknownCategoryException.class,
                () -> Pln.builder(MARIA).taxonomy(district).connection(person("a", "mentors")).build());
    }

    @Test
    void resolvingAPlnOfIdsGivesTheSamePln() {
        Pln pln = new Pln(MARIA, List.of(person("a", "mentors")), List.of());
        assertSame(pln, pln.withCategoriesResolved(Taxonomy.defaults()));
        Pln labelled = new Pln(MARIA, List.of(person("a", "Mentors")), List.of());
        assertEquals(pln, labelled.withCategoriesResolved(Taxonomy.defaults()));
    }

    @Test
    void theBuilderChecksIdsAndLinksLikeTheConstructor() {
        assertThrows(IllegalArgumentException.class,
                () -> Pln.builder(MARIA).connection(person("a", "mentors")).connection(person("a", "mentors")).build());
        assertThrows(IllegalArgumentException.class,
                () -> Pln.builder(MARIA).connection(person("a", "mentors")).link("a", "zz").build());
    }

    /** Any mix of upper and lower case, with spaces around, of any category's id or label resolves to its id. */
    @Test
    void everySpellingInAnyCaseResolves() {
        List<Category> cats = Taxonomy.defaults().categories();
        qt().withFixedSeed(12L).forAll(integers().between(0, cats.size() - 1), integers().between(0, 1),
                longs().all()).checkAssert((i, useLabel, seed) -> {
                    Category c = cats.get(i);
                    String name = useLabel == 0 ? c.id() : c.label();
                    Random r = new Random(seed);
                    StringBuilder b = new StringBuilder(" ".repeat(r.nextInt(3)));
                    for (char ch : name.toCharArray()) {
                        String s = String.valueOf(ch);
                        b.append(r.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
                    }
                    b.append(" ".repeat(r.nextInt(3)));
                    Pln pln = Pln.builder(MARIA).connection(person("a", b.toString())).build();
                    assertEquals(c.id(), pln.connections().get(0).category(), b.toString());
                });
    }

    @Test
    void theParticipantBuilderSetsEveryFieldAndCopies() {
        Participant p = Participant.builder("maria").name("Maria Lopez").role("Teacher librarian")
                .school("Lincoln Middle School").topics(List.of("coding")).organizer("Wakelet")
                .asOf(LocalDate.of(2026, 11, 1)).build();
        assertEquals(new Participant("maria", "Maria Lopez", Optional.of("Teacher librarian"),
                Optional.of("Lincoln Middle School"), List.of("coding"), Optional.of("Wakelet"),
                Optional.of(LocalDate.of(2026, 11, 1))), p);
        assertEquals(p, p.toBuilder().build());
        assertEquals(Participant.of("sam"), Participant.builder("sam").build());
        assertEquals("Sam", p.toBuilder().id("sam").name("Sam").build().displayName());
        assertThrows(NullPointerException.class, () -> Participant.builder(null).build());
    }
}
