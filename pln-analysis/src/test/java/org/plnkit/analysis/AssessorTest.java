package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        // a library's words: an embedder has no --as-of to give (#12)
        assertEquals("no as-of date for ann: give one in the options (AssessmentOptions.asOf or withAsOf) or set as_of"
                + " in the participant file", e.getMessage());
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
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    }
}
