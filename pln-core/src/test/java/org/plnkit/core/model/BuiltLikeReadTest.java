package org.plnkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/**
 * A PLN built in code follows the rules a participant file does: what a reader rejects (a blank id, name or
 * category, a link with a blank end) the model rejects too, naming the fields, and what a reader takes off (spaces
 * around ids and names; blank and repeated topics) is taken off in code, so that a built PLN equals the one read from
 * the same words.
 */
class BuiltLikeReadTest {
    private static final ParticipantFileReader READER = new ParticipantFileReader(Taxonomy.defaults(), Limits.DEFAULT);
    private static final Participant MARIA = Participant.builder("maria").name("Maria Lopez")
            .asOf(LocalDate.of(2026, 11, 1)).build();

    private static ReadResult<Pln> read(String yaml) {
        return READER.read("maria.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The reader reports an error for the file, and building the same thing in code throws, naming the fields. */
    private static void bothReject(String yaml, Supplier<?> build, String record, List<String> fields, String message) {
        ReadResult<Pln> r = read(yaml);
        assertTrue(r.value().isEmpty() && r.problems().stream().anyMatch(Problem::isError), r.problems()::toString);
        BlankFieldException e = assertThrows(BlankFieldException.class, build::get);
        assertEquals(record, e.record());
        assertEquals(fields, e.fields());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aBlankConnectionNameIsRejectedInCodeAsInAFile() {
        bothReject("""
                participant: {id: maria, name: Maria Lopez}
                connections:
                  - {id: jane, name: "  ", kind: person, category: mentors}
                """, () -> Connection.builder("jane", "  ", Kind.PERSON, "mentors").build(), "connection",
                List.of("name"), "connection \"jane\": name is blank; every connection needs an id, a name, a kind"
                        + " and a category, as in a participant file");
    }

    @Test
    void aBlankConnectionIdIsRejectedInCodeAsInAFile() {
        bothReject("""
                participant: {id: maria}
                connections:
                  - {id: " ", name: Jane Kim, kind: person, category: mentors}
                """, () -> Connection.builder(" ", "Jane Kim", Kind.PERSON, "mentors").build(), "connection",
                List.of("id"), "connection \"Jane Kim\": id is blank; every connection needs an id, a name, a kind"
                        + " and a category, as in a participant file");
    }

    @Test
    void everyBlankFieldOfAConnectionIsNamedAtOnce() {
        bothReject("""
                participant: {id: maria}
                connections:
                  - {id: jane, name: "", kind: person, category: ""}
                """, () -> Connection.builder("", "", Kind.PERSON, "").build(), "connection",
                List.of("id", "name", "category"), "connection: id, name and category are blank; every connection"
                        + " needs an id, a name, a kind and a category, as in a participant file");
    }

    @Test
    void aBlankParticipantIdIsRejectedInCodeAsInAFile() {
        bothReject("""
                participant: {id: "  ", name: Maria Lopez}
                connections: []
                """, () -> Participant.builder("  ").name("Maria Lopez").build(), "participant", List.of("id"),
                "participant \"Maria Lopez\": id is blank; every participant needs an id, as in a participant file");
        assertThrows(BlankFieldException.class, () -> Participant.of(""));
    }

    @Test
    void aLinkWithABlankEndIsRejectedInCodeAsInAFile() {
        bothReject("""
                participant: {id: maria}
                connections:
                  - {id: jane, name: Jane Kim, kind: person, category: mentors}
                  - {id: aasl, name: AASL, kind: organization, category: professional-organizations}
                links:
                  - {from: jane, to: " "}
                """, () -> Pln.builder(MARIA)
                        .connection(Connection.builder("jane", "Jane Kim", Kind.PERSON, "mentors").build())
                        .link("jane", " ").build(), "link", List.of("to"),
                "link \"jane\": to is blank; every link needs the ids of the two connections it joins, as in a"
                        + " participant file");
    }

    @Test
    void spacesAroundIdsAndNamesAreTakenOffAsAReaderDoes() {
        Pln read = read("""
                participant: {id: " maria ", name: " Maria Lopez ", as_of: 2026-11-01}
                connections:
                  - {id: " jane ", name: " Jane Kim ", kind: person, category: mentors}
                  - {id: aasl, name: AASL, kind: organization, category: professional-organizations}
                links:
                  - {from: " jane ", to: "aasl "}
                """).value().orElseThrow();
        Pln built = Pln.builder(Participant.builder(" maria ").name(" Maria Lopez ").asOf(LocalDate.of(2026, 11, 1))
                        .build())
                .connection(Connection.builder(" jane ", " Jane Kim ", Kind.PERSON, " mentors ").build())
                .connection(Connection.builder("aasl", "AASL", Kind.ORGANIZATION, "professional-organizations").build())
                .link(" jane ", "aasl ")
                .build();
        assertEquals(read, built);
        assertEquals("jane", built.connections().get(0).id());
        assertEquals("Jane Kim", built.connections().get(0).name());
        assertEquals(new Link("jane", "aasl"), built.links().get(0));
    }

    @Test
    void topicsAreTakenAsAReaderTakesThem() {
        Pln read = read("""
                participant: {id: maria, topics: [" Coding", "", coding, AI, " ai "]}
                connections:
                  - {id: jane, name: Jane Kim, kind: person, category: mentors, topics: [AI, " ", Ai, coding]}
                """).value().orElseThrow();
        Pln built = Pln.builder(Participant.builder("maria").topics(List.of(" Coding", "", "coding", "AI", " ai "))
                        .build())
                .connection(Connection.builder("jane", "Jane Kim", Kind.PERSON, "mentors")
                        .topics(List.of("AI", " ", "Ai", "coding")).build())
                .build();
        assertEquals(read, built);
        assertEquals(List.of("Coding", "AI"), built.participant().topics());
        assertEquals(List.of("AI", "coding"), built.connections().get(0).topics());
        // what already follows the rule is kept as it is, not copied again
        List<String> topics = List.of("coding", "AI");
        assertTrue(topics == Participant.builder("maria").topics(topics).build().topics());
    }

    @Test
    void aBlankFieldIsAnIllegalArgumentAsTheOtherRulesAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Connection.builder("jane", "Jane Kim", Kind.PERSON, "\t").build());
        assertTrue(e instanceof BlankFieldException, e::toString);
    }
}
