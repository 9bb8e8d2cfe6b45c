package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.model.UnknownCategoryException;

class AssessorTest {

    @Test
    void asOfComesFromTheOptionsElseTheParticipant() {
        Pln maria = Samples.read(Samples.MARIA);
        assertEquals(LocalDate.of(2026, 11, 1), Assessor.assess(maria, AssessmentOptions.defaults()).asOf());
        Assessment later = Assessor.assess(maria, AssessmentOptions.asOf(LocalDate.of(2027, 6, 1)));
        assertEquals(LocalDate.of(2027, 6, 1), later.asOf());
        assertEquals(LocalDate.of(2027, 6, 1), later.upkeep().asOf());
        // seven months later, many more check-ins are overdue
        assertTrue(later.upkeep().overdueCheckIns().size() > 10);
    }

    @Test
    void noAsOfDateAnywhereIsAnErrorNotToday() {
        Pln undated = new Pln(Participant.of("ann"), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Assessor(AssessmentOptions.defaults()).assess(undated));
        // a library's words: an embedder has no --as-of to give (#12), and a PLN built in code has no file
        assertEquals("no as-of date for ann: give one with AssessmentOptions.withAsOf(date) or"
                + " Participant.Builder.asOf(date), or as_of in a participant file", e.getMessage());
        // each remedy it names is API that works
        LocalDate date = LocalDate.of(2026, 11, 1);
        assertEquals(date, new Assessor(AssessmentOptions.defaults().withAsOf(date)).assess(undated).asOf());
        Pln dated = new Pln(undated.participant().toBuilder().asOf(date).build(), List.of(), List.of());
        assertEquals(date, new Assessor(AssessmentOptions.defaults()).assess(dated).asOf());
    }

    private static final Taxonomy SCHOOL = new Taxonomy(List.of(
            new Category("coaches", "Instructional coaches", Set.of(Kind.PERSON), true, "", List.of()),
            new Category("grade-team", "Grade team", Set.of(Kind.PERSON), true, "", List.of()),
            new Category("district-pd", "District PD", Set.of(Kind.ORGANIZATION), true, "", List.of())));

    /**
     * A PLN built with the school's own taxonomy and assessed with the default options: the message says the
     * categories are not in the assessment's taxonomy and how to give the PLN's, not "did you mean mentors".
     */
    @Test
    void aPlnOfAnotherTaxonomyNamesTheTaxonomyOptionNotTheClosestDefault() {
        Pln pln = Pln.builder(Participant.builder("ann").asOf(LocalDate.of(2026, 11, 1)).build())
                .taxonomy(SCHOOL)
                .connection(Connection.builder("lee", "Lee Park", Kind.PERSON, "Instructional coaches").build())
                .connection(Connection.builder("kim", "Kim Ode", Kind.PERSON, "coaches").build())
                .connection(Connection.builder("team", "Grade 4 team", Kind.PERSON, "grade-team").build())
                .build();
        UnknownCategoryException e = assertThrows(UnknownCategoryException.class,
                () -> new Assessor(AssessmentOptions.defaults()).assess(pln));
        assertEquals("categories \"coaches\" (connection \"lee\" and 1 more), \"grade-team\" (connection \"team\")"
                + " are not in the taxonomy this assessment uses (11 categories: local-colleagues, mentors,"
                + " social-networks, …): assess with the taxonomy the PLN was built or read with,"
                + " AssessmentOptions.withTaxonomy(taxonomy)", e.getMessage());
        assertEquals("coaches", e.given());
        // the remedy it names works
        Assessment a = new Assessor(AssessmentOptions.defaults().withTaxonomy(SCHOOL)).assess(pln);
        assertEquals(List.of("District PD"), a.coverage().gaps().stream().map(g -> g.label()).toList());
    }

    @Test
    void theSameOptionsGiveTheSameAssessment() {
        Pln maria = Samples.read(Samples.MARIA);
        Assessor assessor = new Assessor(AssessmentOptions.defaults());
        assertEquals(assessor.assess(maria), assessor.assess(maria));
    }

    /** A PLN built with category labels is assessed like the same PLN with ids: no label counts as a gap. */
    @Test
    void categoriesGivenByLabelCountAsTheirCategory() {
        Pln maria = Samples.read(Samples.MARIA);
        Taxonomy t = Taxonomy.defaults();
        Pln labelled = new Pln(maria.participant(), maria.connections().stream()
                .map(c -> c.toBuilder().category(t.byId(c.category()).orElseThrow().label().toUpperCase(
                        java.util.Locale.ROOT)).build()).toList(), maria.links());
        Assessor assessor = new Assessor(AssessmentOptions.defaults());
        assertEquals(assessor.assess(maria), assessor.assess(labelled));
        assertTrue(assessor.assess(labelled).coverage().gaps().isEmpty());

        Pln unknown = new Pln(maria.participant(), List.of(maria.connections().get(0).toBuilder()
                .category("podcsts and more").build()), List.of());
        UnknownCategoryException e = assertThrows(UnknownCategoryException.class, () -> assessor.assess(unknown));
        assertTrue(e.getMessage().startsWith("category \"podcsts and more\" (connection "), e.getMessage());
        // a real misspelling of the assessment's taxonomy still gets its "did you mean"
        Pln misspelt = new Pln(maria.participant(), List.of(maria.connections().get(0).toBuilder()
                .category("mentr").build()), List.of());
        UnknownCategoryException typo = assertThrows(UnknownCategoryException.class, () -> assessor.assess(misspelt));
        assertTrue(typo.getMessage().endsWith("AssessmentOptions.withTaxonomy(taxonomy); or, if \"mentr\" is a"
                + " misspelling, did you mean \"mentors\" (Mentors)?"), typo.getMessage());
        assertEquals("mentors", typo.closest().orElseThrow().id());
    }
}
