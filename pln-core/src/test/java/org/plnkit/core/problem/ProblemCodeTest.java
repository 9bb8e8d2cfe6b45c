package org.plnkit.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;

/** Problems are data: a code, a place and arguments, and the message rendered from the code's format string. */
class ProblemCodeTest {
    private static final Place AT = Place.text("maria.yaml", 7, 5);

    @Test
    void theMessageIsRenderedFromTheCodeAndItsArguments() {
        Problem p = Problem.error(AT, ProblemCode.KIND_UNKNOWN, Arg.input("persn"));
        assertEquals("kind \"persn\" is not one of person, organization, resource", p.message());
        assertEquals(ProblemCode.KIND_UNKNOWN, p.code());
        assertEquals("maria.yaml:7:5: error: kind \"persn\" is not one of person, organization, resource", p.toString());
        // a long value is shortened and a line break shown as \\n, as the readers always quoted
        Problem long_ = Problem.error(AT, ProblemCode.KIND_UNKNOWN, Arg.input("x".repeat(80) + "\n"));
        assertEquals("kind \"" + "x".repeat(57) + "…\" is not one of person, organization, resource", long_.message());
        // control characters and bidi overrides are escaped in the rendered message
        assertEquals("kind \"a\\u001B[2Jb\" is not one of person, organization, resource",
                Problem.error(AT, ProblemCode.KIND_UNKNOWN, Arg.input("a\u001B[2Jb")).message());
        assertEquals("value 7 is not between 1 and 5",
                Problem.error(AT, ProblemCode.VALUE_OUT_OF_RANGE, Arg.number(7)).message());
        assertEquals("participant maria is already on row 3; each participant has one row".replace("participant maria",
                "participant \"maria\""), Problem.error(AT, ProblemCode.PARTICIPANT_TWICE, Arg.participantQuoted("maria"),
                Arg.number(3)).message());
    }

    @Test
    void argumentsAreShownOrReplacedByWhatTheyAre() {
        Problem p = Problem.error(AT, ProblemCode.LINKED_TO_UNKNOWN, Arg.connection("Jane Kim"),
                Arg.participant("maria"));
        assertEquals("linked_to names \"Jane Kim\", which is not a connection of participant maria", p.message());
        assertEquals("linked_to names \"(a name)\", which is not a connection of Participant 1",
                p.message(a -> a.shown(v -> a.kind() == Arg.Kind.CONNECTION ? "(a name)" : "Participant 1")));
        assertEquals("a, b, c, d, e, f, g, h, i, j and 2 more",
                Arg.files(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")).shown());
    }

    /**
     * QA (embedder): remedies named the command line's options ("set a default (--default kind=person)"), which mean
     * nothing in a program or in the studio; the library says what to give or set, and a front end adds its options
     * as a note (as {@code pln} does).
     */
    @Test
    void noMessageNamesAnOptionOrACommandOfTheCommandLine() {
        for (ProblemCode c : ProblemCode.values()) {
            assertFalse(c.format().matches("(?s).*(--[a-z]|\\bpln [a-z]).*"), c + ": " + c.format());
        }
        assertEquals("node \"n1\" has no kind (person, organization or resource); map the attribute that gives it or"
                + " set a default kind", Problem.error(AT, ProblemCode.IMPORT_NODE_NO_KIND, Arg.connectionWhole("n1"))
                .message());
        assertEquals("the file does not say whose PLN it is; give the participant id (--participant-id)",
                Problem.error(AT, ProblemCode.IMPORT_NO_PARTICIPANT_ID).withNote(" (--participant-id)").message());
    }

    @Test
    void everyCodeTakesAsManyArgumentsAsItsFormatHasPlaces() {
        for (ProblemCode c : ProblemCode.values()) {
            Arg[] args = new Arg[c.arity()];
            java.util.Arrays.fill(args, Arg.word("w"));
            assertTrue(Problem.warning(AT, c, args).message().contains("w") || c.arity() == 0, c.name());
            c.withoutSuggestion().ifPresent(w -> {
                assertEquals(c.arity() - 1, w.arity(), c.name());
                assertTrue(c.format().startsWith(w.format().replace("; it is ignored", "")), c.name());
            });
        }
        assertThrows(IllegalArgumentException.class, () -> Problem.error(AT, ProblemCode.KIND_UNKNOWN));
    }

    @Test
    void aMessageInTheToolsOwnWordsIsCodeText() {
        Problem p = Problem.error(AT, "the file is empty");
        assertEquals(ProblemCode.TEXT, p.code());
        assertEquals("the file is empty", p.message());
        assertEquals(p, Problem.error(AT, "the file is empty"));
        assertNotEquals(p, Problem.warning(AT, "the file is empty"));
    }

    @Test
    void theReadersGiveCodedProblemsWithTheirUsualWords() {
        String yaml = String.join("\n", "participant: {id: maria}", "connections:",
                "  - {name: Jane Kim, kind: persn, category: mentorz, value: 7}",
                "links:", "  - {from: jane-kim, to: Cosimo}", "");
        List<Problem> ps = new ParticipantFileReader(Taxonomy.defaults(), org.plnkit.core.read.Limits.DEFAULT)
                .read("maria.yaml", yaml.getBytes(StandardCharsets.UTF_8)).problems();
        // the connection is left out for its errors, but it is in the file: only the unknown end is reported
        assertEquals(List.of(ProblemCode.KIND_UNKNOWN_SUGGEST, ProblemCode.CATEGORY_UNKNOWN_SUGGEST,
                ProblemCode.VALUE_OUT_OF_RANGE, ProblemCode.LINK_UNKNOWN),
                ps.stream().map(Problem::code).toList(), ps.toString());
        assertEquals("category \"mentorz\" is not in the taxonomy; did you mean mentors?", ps.get(1).message());
        assertEquals("link names \"Cosimo\", which is not a connection id in this file", ps.get(3).message());
        assertEquals(Arg.Kind.CONNECTION, ps.get(3).args().get(0).kind());
    }
}
