package org.plnkit.report.district;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

class ProblemRedactorTest {
    private static final Cohort COHORT = new Cohort(List.of(
            new Pln(Participant.of("maria-lopez"), List.of(
                    Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues").build(),
                    Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations").build()),
                    List.of()),
            new Pln(Participant.of("sam-rivera"), List.of(
                    Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations").build()),
                    List.of())));

    private static UnaryOperator<String> redactor(boolean anonymized) {
        CohortAnalysis a = CohortAnalyzer.analyze(COHORT, CohortOptions.defaults()
                .withFallbackAsOf(LocalDate.of(2026, 11, 1)));
        return ProblemRedactor.of(COHORT, anonymized ? CohortLabels.anonymous(a) : CohortLabels.shown(a));
    }

    @Test
    void whatWasTypedForAConnectionIsHiddenUnlessItIsAnOrganizationOfTheCohort() {
        UnaryOperator<String> r = redactor(true);
        // a person whose row was left out is nowhere else in the cohort: hidden all the same
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1",
                r.apply("linked_to names \"Florizel Underhill\", which is not a connection of participant maria-lopez"));
        assertEquals("linked_to names \"(a person)\", which is not a connection of Participant 2",
                r.apply("linked_to names \"Jane Kim\", which is not a connection of participant sam-rivera"));
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1; did you mean \"ISTE\"?",
                r.apply("linked_to names \"ISTEE\", which is not a connection of participant maria-lopez;"
                        + " did you mean \"ISTE\"?"));
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1",
                r.apply("linked_to names \"Jane K\", which is not a connection of participant maria-lopez;"
                        + " did you mean \"Jane Kim\"?"));
        assertEquals("link names \"(a name)\", which is not a connection id in this file",
                r.apply("link names \"barnaby-finch\", which is not a connection id in this file; did you mean bram?"));
        assertEquals("connection \"(a name)\" has no category", r.apply("connection \"Cosimo Ravens\" has no category"));
        assertEquals("connection_id \"(a name)\" is also given on row 4 for Participant 1; both keep it",
                r.apply("connection_id \"c.ravens@example.org\" is also given on row 4 for participant maria-lopez;"
                        + " both keep it"));
    }

    @Test
    void aQuotedLineOrWebAddressIsHiddenAndValuesThatNameNoOneAreKept() {
        UnaryOperator<String> r = redactor(true);
        assertEquals("the file is not UTF-8 text; it was read as Windows-1252 (Excel), which gives \"(hidden)\" on"
                + " this line", r.apply("the file is not UTF-8 text; it was read as Windows-1252 (Excel), which"
                + " gives \"name: José Núñez\" on this line"));
        assertEquals("url \"(hidden)\" does not look like a web address",
                r.apply("url \"janekim profile\" does not look like a web address"));
        assertEquals("category \"mentorz\" is not in the taxonomy; did you mean mentors?",
                r.apply("category \"mentorz\" is not in the taxonomy; did you mean mentors?"));
        assertEquals("value \"five\" is not a whole number from 1 to 5",
                r.apply("value \"five\" is not a whole number from 1 to 5"));
    }

    @Test
    void withNamesShownEveryMessageIsKeptAsWritten() {
        String m = "linked_to names \"Florizel Underhill\", which is not a connection of participant maria-lopez";
        assertEquals(m, redactor(false).apply(m));
    }
}
