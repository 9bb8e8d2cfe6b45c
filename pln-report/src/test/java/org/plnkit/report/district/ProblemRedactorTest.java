package org.plnkit.report.district;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
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
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;

/** Redaction works on a problem's arguments by their kind: the same words redact differently by what they are. */
class ProblemRedactorTest {
    private static final Cohort COHORT = new Cohort(List.of(
            new Pln(Participant.of("maria-lopez"), List.of(
                    Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues").build(),
                    Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations").build()),
                    List.of()),
            new Pln(Participant.of("sam-rivera"), List.of(
                    Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations").build()),
                    List.of()),
            new Pln(Participant.of("Sam-Rivera"), List.of(), List.of())));
    private static final Place AT = Place.cell("cohort.xlsx", "Connections", "B7", "connection_name");

    private static Redaction redactor(boolean anonymized) {
        CohortAnalysis a = CohortAnalyzer.analyze(COHORT, CohortOptions.defaults()
                .withFallbackAsOf(LocalDate.of(2026, 11, 1)));
        return ProblemRedactor.of(COHORT, anonymized ? CohortLabels.anonymous(a) : CohortLabels.shown(a));
    }

    private static String redacted(ProblemCode code, Arg... args) {
        return redactor(true).message(Problem.error(AT, code, args));
    }

    @Test
    void whatWasTypedForAConnectionIsHiddenUnlessItIsAnOrganizationOfTheCohort() {
        // a person whose row was left out is nowhere else in the cohort: hidden all the same
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1",
                redacted(ProblemCode.LINKED_TO_UNKNOWN, Arg.connection("Florizel Underhill"),
                        Arg.participant("maria-lopez")));
        assertEquals("linked_to names \"(a person)\", which is not a connection of Participant 2",
                redacted(ProblemCode.LINKED_TO_UNKNOWN, Arg.connection("Jane Kim"), Arg.participant("sam-rivera")));
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1; did you mean \"ISTE\"?",
                redacted(ProblemCode.LINKED_TO_UNKNOWN_SUGGEST, Arg.connection("ISTEE"),
                        Arg.participant("maria-lopez"), Arg.connectionWhole("ISTE")));
        // a suggestion that names a person is left out with its clause
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1",
                redacted(ProblemCode.LINKED_TO_UNKNOWN_SUGGEST, Arg.connection("Jane K"),
                        Arg.participant("maria-lopez"), Arg.connectionWhole("Jane Kim")));
        assertEquals("link names \"(a name)\", which is not a connection id in this file",
                redacted(ProblemCode.LINK_UNKNOWN_SUGGEST, Arg.connectionWhole("barnaby-finch"),
                        new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of("bram"))));
        assertEquals("connection \"(a name)\" has no category",
                redacted(ProblemCode.CONNECTION_WITHOUT_CATEGORY, Arg.connectionWhole("Cosimo Ravens")));
        assertEquals("connection_id \"(a name)\" is also given on row 4 for Participant 1; both keep it as their"
                + " shared id, and each gets a local id from its name",
                redacted(ProblemCode.CONNECTION_ID_SHARED, Arg.connection("c.ravens@example.org"), Arg.number(4),
                        Arg.participant("maria-lopez")));
    }

    @Test
    void aParticipantIdIsTheirLabelNeverAThirdParty() {
        // #16: both ids are participants of the cohort, so both are labels, not "(a person)"
        assertEquals("participant_id \"Participant 3\" is not in Participants, but \"Participant 2\" is; ids differ"
                + " in case, so they are read as two participants",
                redacted(ProblemCode.PARTICIPANT_ID_CASE,
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of("Sam-Rivera")),
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of("sam-rivera"))));
        assertEquals("another participant is already on row 3; each participant has one row",
                redacted(ProblemCode.PARTICIPANT_TWICE, Arg.participantQuoted("left-out"), Arg.number(3)));
    }

    @Test
    void anUnlistedParticipantIdIsHiddenButTheSuggestedParticipantIsNamedByTheirLabel() {
        assertEquals("participant_id \"(hidden)\" is not in Participants, so this row is left out; did you mean"
                        + " \"Participant 2\"?",
                redacted(ProblemCode.PARTICIPANT_ID_LOOKALIKE, Arg.input("Sam Rivera"),
                        new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of("sam-rivera"))));
    }

    @Test
    void aQuotedValueIsShownOnlyWhenItIsKnownToNameNoOne() {
        assertEquals("the file is not UTF-8 text; it was read as Windows-1252 (Excel), which gives \"(hidden)\" on"
                + " this line; if letters look wrong, fix them; save it as CSV",
                redacted(ProblemCode.NOT_UTF8_READ_AS_1252, Arg.word("Excel"), Arg.line("name: José Núñez"),
                        Arg.word("CSV")));
        assertEquals("url \"(hidden)\" does not look like a web address",
                redacted(ProblemCode.URL_ODD, Arg.line("janekim profile")));
        assertEquals("category \"(hidden)\" is not in the taxonomy; did you mean mentors?",
                redacted(ProblemCode.CATEGORY_UNKNOWN_SUGGEST, Arg.input("mentorz"), Arg.word("mentors")));
        assertEquals("category \"(a person)\" is not in the taxonomy; did you mean mentors?",
                redacted(ProblemCode.CATEGORY_UNKNOWN_SUGGEST, Arg.input("Jane Kim"), Arg.word("mentors")));
        // words of the contract, categories, numbers and dates are kept, so the row can be fixed
        assertEquals("kind \"Person\" is not one of person, organization, resource",
                redacted(ProblemCode.KIND_UNKNOWN, Arg.input("Person")));
        assertEquals("value \"4.5\" is not a whole number from 1 to 5",
                redacted(ProblemCode.VALUE_NOT_WHOLE, Arg.input("4.5")));
        assertEquals("last_contact \"20 Oct 2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                redacted(ProblemCode.DATE_READ_AS, Arg.word("last_contact"), Arg.input("20 Oct 2026"),
                        Arg.word("2026-10-20"), Arg.word("20 October 2026"), Arg.word("")));
        // QA #18: a coordinator's "x" for yes was shown as gives_back "(hidden)" on a thousand rows
        for (String mark : List.of("x", "X", "\u2713", "n/a", "Not sure")) {
            assertEquals("gives_back \"" + mark + "\" is not yes or no (also y/n, true/false, 1/0)",
                    redacted(ProblemCode.YES_NO_UNKNOWN, Arg.word("gives_back"), Arg.input(mark)));
        }
        assertEquals("gives_back \"(a person)\" is not yes or no (also y/n, true/false, 1/0)",
                redacted(ProblemCode.YES_NO_UNKNOWN, Arg.word("gives_back"), Arg.input("Jane Kim")));
        assertEquals("kind \"(hidden)\" is not one of person, organization, resource",
                redacted(ProblemCode.KIND_UNKNOWN, Arg.input("Person\u0007")));
        assertEquals("frequency \"Mentors\" is not one of a, b",
                redacted(ProblemCode.FREQUENCY_UNKNOWN, Arg.input("Mentors"), Arg.word("a, b")));
    }

    @Test
    void filesAndColumnsOfThePlaceAreRedactedToo() {
        Redaction r = redactor(true);
        Problem p = Problem.error(Place.text("cohort/jane-kim.yaml", 3, 1), ProblemCode.PARTICIPANT_ID_IN_TWO_FILES,
                new Arg(Arg.Kind.PARTICIPANT, Arg.Style.QUOTED, List.of("maria-lopez")),
                Arg.file("cohort/Maria Lopez.yaml"));
        assertEquals("cohort/(participant file 1):3:1", r.place(p.place()).toString());
        assertEquals("participant id \"Participant 1\" is also used in cohort/(participant file 2); each participant"
                + " has one file", r.message(p));
        assertEquals("only participant files (.yaml, .yml, .json) are read in this folder; not (a file), (a file)",
                r.message(Problem.warning(Place.file("cohort"), ProblemCode.FOLDER_OTHER_FILES_PARTICIPANTS,
                        Arg.files(List.of("Jane Kim.docx", "notes/")))));
        // #18: header cells name the data, not people: an unknown column is shown, in the place and the message
        Place header = Place.cell("cohort.xlsx", "Connections", "P1", "Notes");
        assertEquals("cohort.xlsx Connections!P1", r.place(header).toString());
        assertEquals("Notes", r.place(header).field());
        assertEquals("unknown column \"Notes\" is ignored; did you mean notes?",
                r.message(Problem.warning(header, ProblemCode.UNKNOWN_COLUMN_SUGGEST, Arg.column("Notes"),
                        Arg.word("notes"))));
        assertEquals("connection_name", r.place(AT).field());
    }

    @Test
    void withNamesShownEveryMessageIsKeptAsWritten() {
        Problem p = Problem.error(AT, ProblemCode.LINKED_TO_UNKNOWN, Arg.connection("Florizel Underhill"),
                Arg.participant("maria-lopez"));
        assertEquals(p.message(), redactor(false).message(p));
        assertEquals("linked_to names \"Florizel Underhill\", which is not a connection of participant maria-lopez",
                redactor(false).message(p));
    }

    @Test
    void aSheetsNameIsTheUsersWordsAndIsHiddenUnlessSafe() {
        // #18: a copied sheet renamed after someone must not carry the name into an anonymized output
        String named = redacted(ProblemCode.WORKBOOK_LOOKALIKE_SHEET, Arg.input("Jane Kim's copy"),
                Arg.word("Connections"), Arg.word("Connections"));
        assertEquals(false, named.contains("Jane"), named);
        assertEquals(true, named.startsWith("the sheet \"") && named.contains(" has the columns of Connections but is"
                + " not read"), named);
        // shown as written when not anonymized
        assertEquals(true, redactor(false).message(Problem.warning(AT, ProblemCode.WORKBOOK_LOOKALIKE_SHEET,
                Arg.input("Connections (2)"), Arg.word("Connections"), Arg.word("Connections")))
                .startsWith("the sheet \"Connections (2)\" has the columns of Connections"));
    }
}
