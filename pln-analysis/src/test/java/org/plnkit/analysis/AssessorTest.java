package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

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
        assertEquals("no as-of date for ann: give one (--as-of YYYY-MM-DD) or set as_of in the participant file",
                e.getMessage());
    }

    @Test
    void theSameOptionsGiveTheSameAssessment() {
        Pln maria = Samples.read(Samples.MARIA);
        Assessor assessor = new Assessor(AssessmentOptions.defaults());
        assertEquals(assessor.assess(maria), assessor.assess(maria));
    }
}
