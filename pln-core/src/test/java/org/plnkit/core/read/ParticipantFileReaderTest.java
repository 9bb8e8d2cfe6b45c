package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.problem.Problem;

class ParticipantFileReaderTest {
    private final ParticipantFileReader reader = new ParticipantFileReader();

    private ReadResult<Pln> read(String name, String text) {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> messages(ReadResult<?> r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aLastContactAfterTheAsOfDateIsSaidAtItsLine() {
        // QA: a typed year ("2031" for "2021") counted as a check-in kept up, without a word
        ReadResult<Pln> r = read("sam.yaml", """
                participant:
                  id: sam
                  as_of: 2026-11-01
                connections:
                  - {name: Jane, kind: person, category: mentors, last_contact: 2031-05-01}
                  - {name: Bob, kind: person, category: mentors, last_contact: 2026-11-01}
                  - {name: Ann, kind: person, category: mentors, last_contact: 2026-10-02}
                """);
        assertEquals(List.of("sam.yaml:5:65: warning: last_contact 2031-05-01 is after as_of 2026-11-01: a check-in in"
                + " the future counts as up to date; check the year"), messages(r));
        assertEquals(3, r.value().orElseThrow().connections().size(), "the connection is kept, with its date");
        // without an as_of there is nothing to compare with
        assertEquals(List.of(), messages(read("bob.yaml", """
                participant: {id: bob}
                connections:
                  - {name: Jane, kind: person, category: mentors, last_contact: 2031-05-01}
                """)));
    }

    @Test
    void topicsWrittenAsOneTextWithCommasAreOneTopicAndSaidSo() {
        // QA (#7): "topics: literacy, math" is one YAML scalar; ';' separates topics in a text, so it is one topic
        ReadResult<Pln> r = read("sam.yaml", """
                participant:
                  id: sam
                  topics: literacy, math
                connections:
                  - {name: Jane, kind: person, category: mentors, topics: "ideas; math, science"}
                  - {name: Bob, kind: person, category: mentors, topics: [reading, writing]}
                """);
        assertEquals(List.of("sam.yaml:3:11: warning: topics \"literacy, math\" is read as one topic: topics are"
                + " separated by ; (literacy; math)"), messages(r));
        assertEquals(List.of("literacy, math"), r.value().orElseThrow().participant().topics());
    }

    @Test
    void readsTheContractExampleWithEveryField() {
        ReadResult<Pln> r = read("maria.yaml", """
                participant:
                  id: maria-lopez
                  name: Maria Lopez
                  role: Teacher librarian
                  school: Lincoln Middle School
                  topics: [makerspaces, digital citizenship, coding]
                  organizer: Feedly
                  as_of: 2026-11-01
                connections:
                  - id: jane
                    name: Jane Kim
                    kind: person
                    category: local-colleagues
                    met_via: school
                    frequency: weekly
                    value: 5
                    gives_back: true
                    topics: [makerspaces, coding]
                    last_contact: 2026-10-20
                  - id: aasl
                    name: American Association of School Librarians
                    kind: organization
                    category: professional-organizations
                    url: https://www.ala.org/aasl
                    frequency: monthly
                    value: 4
                    participation: lurker
                    wants_more: true
                links:
                  - { from: jane, to: aasl }
                """);
        assertEquals(List.of(), messages(r));
        Pln pln = r.value().orElseThrow();
        assertEquals("maria-lopez", pln.participant().id());
        assertEquals(Optional.of("Teacher librarian"), pln.participant().role());
        assertEquals(List.of("makerspaces", "digital citizenship", "coding"), pln.participant().topics());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), pln.participant().asOf());
        Connection jane = pln.connection("jane").orElseThrow();
        assertEquals(Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues").metVia("school")
                .frequency(Frequency.WEEKLY).value(5).givesBack(true).topics(List.of("makerspaces", "coding"))
                .lastContact(LocalDate.of(2026, 10, 20)).build(), jane);
        Connection aasl = pln.connection("aasl").orElseThrow();
        assertEquals(Optional.of(Participation.LURKER), aasl.participation());
        assertEquals(Optional.of(true), aasl.wantsMore());
        assertEquals(Optional.empty(), aasl.givesBack());
        assertEquals(List.of(new Link("jane", "aasl")), pln.links());
    }

    @Test
    void reportsEveryProblemWithItsLineColumnAndReason() {
        ReadResult<Pln> r = read("bad.yaml", """
                participant:
                  id: x
                  topics: [coding]
                connections:
                  - name: A
                    kind: persn
                    category: mentr
                    value: 7
                    last_contact: 2026-13-01
                    gives_back: maybe
                    frequency: fortnightly
                    colour: red
                    topics: [codng]
                  - name: B
                links:
                  - {from: a, to: bb}
                """);
        assertTrue(r.value().isEmpty(), "no half-read model");
        assertEquals(List.of(
                "bad.yaml:6:11: error: kind \"persn\" is not one of person, organization, resource; did you mean person?",
                "bad.yaml:7:15: error: category \"mentr\" is not in the taxonomy; did you mean mentors?",
                "bad.yaml:8:12: error: value 7 is not between 1 and 5",
                "bad.yaml:9:19: error: last_contact \"2026-13-01\" is not a real date",
                "bad.yaml:10:17: error: gives_back \"maybe\" is not yes or no (also y/n, true/false, 1/0)",
                "bad.yaml:11:16: error: frequency \"fortnightly\" is not one of daily, weekly, monthly, quarterly, yearly, rarely",
                "bad.yaml:12:5: warning: unknown field \"colour\"; it is ignored",
                "bad.yaml:13:13: warning: topic \"codng\" is not one of the participant's topics; did you mean \"coding\"?",
                "bad.yaml:14:5: error: connection \"B\" has no category",
                "bad.yaml:14:5: error: connection \"B\" has no kind (person, organization or resource)",
                "bad.yaml:16:5: error: link names \"bb\", which is not a connection id in this file; did you mean b?"),
                messages(r));
        assertEquals(9, r.errorCount());
        assertEquals(2, r.warningCount());
    }

    /**
     * A misspelt word of the contract's vocabulary gets the same "did you mean" as a misspelt category: the teacher
     * who typed "weekley" was only told the six frequencies. Words that are not near one get the list alone.
     */
    @Test
    void aMisspeltKindFrequencyOrParticipationGetsADidYouMean() {
        ReadResult<Pln> r = read("p.yaml", """
                participant: {id: p}
                connections:
                  - {name: Ana, kind: persn, category: mentors, frequency: weekley, participation: lurkr}
                  - {name: Blog, kind: Resourse, category: blogs, frequency: Montly, participation: leeder}
                  - {name: Bo, kind: robot, category: mentors, frequency: fortnightly, participation: active}
                """);
        assertEquals(List.of(
                "p.yaml:3:23: error: kind \"persn\" is not one of person, organization, resource; did you mean person?",
                "p.yaml:3:60: error: frequency \"weekley\" is not one of daily, weekly, monthly, quarterly, yearly,"
                        + " rarely; did you mean weekly?",
                "p.yaml:3:84: error: participation \"lurkr\" is not one of none, lurker, contributor, leader; did you"
                        + " mean lurker?",
                "p.yaml:4:24: error: kind \"Resourse\" is not one of person, organization, resource; did you mean"
                        + " resource?",
                "p.yaml:4:62: error: frequency \"Montly\" is not one of daily, weekly, monthly, quarterly, yearly,"
                        + " rarely; did you mean monthly?",
                "p.yaml:4:85: error: participation \"leeder\" is not one of none, lurker, contributor, leader; did you"
                        + " mean leader?",
                "p.yaml:5:22: error: kind \"robot\" is not one of person, organization, resource",
                "p.yaml:5:59: error: frequency \"fortnightly\" is not one of daily, weekly, monthly, quarterly,"
                        + " yearly, rarely",
                "p.yaml:5:87: error: participation \"active\" is not one of none, lurker, contributor, leader"),
                messages(r));
    }

    /**
     * A link to a connection left out for its own errors is not reported again: the second QA pass's teacher, with a
     * typo in a kind and one in a category, was also told that both ends of her link were "not a connection id in
     * this file", though both connections were there.
     */
    @Test
    void aLinkToAConnectionWithErrorsIsNotAnotherError() {
        ReadResult<Pln> r = read("p.yaml", """
                participant: {id: p}
                connections:
                  - {name: Ana, kind: persn, category: mentors}
                  - {name: Bo, kind: person, category: mentrs}
                links:
                  - {from: ana, to: bo}
                  - {from: ana, to: bob}
                """);
        assertEquals(List.of(
                "p.yaml:3:23: error: kind \"persn\" is not one of person, organization, resource; did you mean person?",
                "p.yaml:4:40: error: category \"mentrs\" is not in the taxonomy; did you mean mentors?",
                "p.yaml:7:5: error: link names \"bob\", which is not a connection id in this file; did you mean bo?"),
                messages(r));
    }

    @Test
    void missingKindIsReportedOnceAtTheConnection() {
        ReadResult<Pln> r = read("p.yaml", "participant: {id: p}\nconnections:\n  - {name: Ann, category: mentors}\n");
        assertEquals(List.of("p.yaml:3:5: error: connection \"Ann\" has no kind (person, organization or resource)"),
                messages(r));
    }

    @Test
    void connectionIdsDefaultToSlugsWithClashesNumbered() {
        ReadResult<Pln> r = read("p.yaml", """
                participant: {id: p}
                connections:
                  - {name: "José Núñez", kind: person, category: Mentors}
                  - {name: "José  Núñez!", kind: person, category: MENTORS}
                  - {name: "#tlchat", kind: resource, category: Social Networks}
                  - {name: "!!!", kind: resource, category: social-networks}
                  - {id: tlchat-2, name: Other, kind: resource, category: social-networks}
                """);
        assertEquals(List.of(), messages(r));
        assertEquals(List.of("jose-nunez", "jose-nunez-2", "tlchat", "connection-4", "tlchat-2"),
                r.value().orElseThrow().connections().stream().map(Connection::id).toList());
    }

    @Test
    void duplicateIdsSelfLinksAndRepeatedLinksAreReported() {
        ReadResult<Pln> r = read("p.yaml", """
                participant: {id: p}
                connections:
                  - {id: a, name: A, kind: person, category: mentors}
                  - {id: a, name: B, kind: person, category: mentors}
                  - {id: c, name: C, kind: person, category: mentors}
                links:
                  - {from: a, to: a}
                  - {from: a, to: c}
                  - {from: c, to: a}
                """);
        assertEquals(List.of(
                "p.yaml:4:10: error: connection id \"a\" is used twice (also at line 3)",
                "p.yaml:7:5: error: link joins \"a\" to itself",
                "p.yaml:9:5: warning: link c - a is given twice; links have no direction"), messages(r));
    }

    /**
     * One source entered twice (the studio's QA teacher added "Marta Ruiz" again): a warning at the second name, naming
     * the first by its number; names differing only in case and spaces are the same; two given ids are two on purpose.
     */
    @Test
    void aSecondConnectionOfTheSameNameIsAWarning() {
        ReadResult<Pln> r = read("p.yaml", """
                participant: {id: p}
                connections:
                  - {name: Marta Ruiz, kind: person, category: local-colleagues}
                  - {name: NCTM, kind: organization, category: professional-organizations}
                  - {name: "marta  ruiz ", kind: person, category: local-colleagues}
                  - {id: jk1, name: Jane Kim, kind: person, category: mentors}
                  - {id: jk2, name: Jane Kim, kind: person, category: local-colleagues}
                """);
        assertEquals(List.of("p.yaml:5:12: warning: connection \"marta  ruiz\" has the same name as connection 1: if it"
                + " is the same source, remove one; if not, tell them apart in their names"), messages(r));
        assertEquals(5, r.value().orElseThrow().connections().size(), "a warning: nothing is left out");
    }

    @Test
    void duplicateKeysAreErrors() {
        ReadResult<Pln> r = read("p.yaml", "participant:\n  id: x\n  id: y\n");
        assertEquals(List.of("p.yaml:3:3: error: key \"id\" is given twice (first at line 2); remove one"), messages(r));
    }

    @Test
    void readsJsonWithTheSameMeaning() {
        ReadResult<Pln> r = read("p.json", """
                {"participant": {"id": "p", "as_of": "2026-01-02"},
                 "connections": [{"name": "ISTE", "kind": "organization", "category": "Professional Organizations",
                                  "value": 3, "gives_back": "Y", "frequency": " Monthly "}]}
                """);
        assertEquals(List.of(), messages(r));
        Connection c = r.value().orElseThrow().connections().get(0);
        assertEquals("professional-organizations", c.category());
        assertEquals(Optional.of(3), c.value());
        assertEquals(Optional.of(true), c.givesBack());
        assertEquals(Optional.of(Frequency.MONTHLY), c.frequency());
    }

    @Test
    void syntaxErrorsNameTheirPlace() {
        assertEquals(List.of("p.json:1:17: error: not valid JSON: the file ends before every { and [ is closed (a } or ]"
                + " is missing)"),
                messages(read("p.json", "{\"participant\": ")));
        List<String> tab = messages(read("p.yaml", "participant:\n\tid: x\n"));
        assertEquals(1, tab.size());
        assertTrue(tab.get(0).startsWith("p.yaml:2:1: error: a tab is used for indentation; YAML needs spaces"), tab.get(0));
        assertEquals(List.of("p.yaml:2:7: error: the quoted value that starts here is never closed (a \" or ' is"
                + " missing)"), messages(read("p.yaml", "participant:\n  id: \"x\n")));
    }

    @Test
    void wrongShapesAreExplained() {
        assertEquals(List.of("p.yaml:1:1: error: a participant file is a mapping with participant:, connections: and links:, not a list"),
                messages(read("p.yaml", "- a\n- b\n")));
        assertEquals(List.of("p.yaml:1:1: error: participant: is missing; it needs at least an id"),
                messages(read("p.yaml", "connections: []\n")));
        assertEquals(List.of("p.yaml:2:3: error: participant id is missing",
                "p.yaml:2:7: error: id should be a single value, not a list"),
                messages(read("p.yaml", "participant:\n  id: [a, b]\n")));
        assertEquals(List.of("p.yaml:2:14: error: connections: is a list of connections, not a value"),
                messages(read("p.yaml", "participant: {id: p}\nconnections: 3\n")));
    }

    @Test
    void emptyZipAndAliasBombFilesGetClearMessages() {
        assertEquals(List.of("e.yaml: error: the file is empty; it needs at least participant: with an id"),
                messages(read("e.yaml", "")));
        assertEquals(List.of("x.yaml: error: this is a zip file (an .xlsx workbook?), not a YAML or JSON participant file"),
                messages(reader.read("x.yaml", new byte[] {'P', 'K', 3, 4, 0, 0})));
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        ReadResult<Pln> r = read("bomb.yaml", bomb.toString());
        assertTrue(r.value().isEmpty());
        List<String> expected = new ArrayList<>(List.of(
                "bomb.yaml: error: the file has 60 YAML aliases in all (the first 10 are listed); none is accepted"));
        for (int k = 0; k < 10; k++) {
            expected.add("bomb.yaml:" + (2 + k / 6) + ":" + (8 + 4 * (k % 6)) + ": error: YAML aliases (*"
                    + (char) ('a' + k / 6) + ") are not accepted in a participant file; write the value out");
        }
        assertEquals(expected, messages(r));
    }

    /** QA: a file with three aliases said only the first; each is said at its place, all at once (#16). */
    @Test
    void everyAliasIsReportedAtItsPlace() {
        assertEquals(List.of(
                "a.yaml:2:22: error: YAML aliases (*m) are not accepted in a participant file; write the value out",
                "a.yaml:4:12: error: YAML aliases (*t) are not accepted in a participant file; write the value out",
                "a.yaml:6:32: error: YAML aliases (*m) are not accepted in a participant file; write the value out"),
                messages(read("a.yaml", """
                        participant: {id: ann}
                        connections: [{name: *m, kind: person, category: mentors},
                          {name: Bo, kind: person, category: mentors,
                           topics: *t},
                          {name: Cy, kind: person, category: mentors,
                           frequency: weekly, met_via: *m}]
                        """)));
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        ParticipantFileReader small = new ParticipantFileReader(org.plnkit.core.model.Taxonomy.defaults(),
                new Limits(1000, 50, 64, 1000, 100, 10));
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, "participant: {id: p}\n# " + "x".repeat(2000) + "\n");
        ReadResult<Pln> r = small.read(f);
        assertEquals(List.of(f + ": error: the file is 2 KB; the limit is 1 KB per participant file"), messages(r));
        assertEquals(java.util.Optional.of(Limit.PARTICIPANT_FILE_SIZE), Limit.of(r.problems().get(0)));
        assertEquals(List.of(dir.resolve("none.yaml") + ": error: no such file"), messages(small.read(dir.resolve("none.yaml"))));
    }

    @Test
    void tooManyConnectionsIsAnError() {
        ParticipantFileReader small = new ParticipantFileReader(org.plnkit.core.model.Taxonomy.defaults(),
                new Limits(1 << 20, 50, 64, 1000, 100, 2));
        ReadResult<Pln> r = small.read("p.yaml", """
                participant: {id: p}
                connections:
                  - {name: A, kind: person, category: mentors}
                  - {name: B, kind: person, category: mentors}
                  - {name: C, kind: person, category: mentors}
                """.getBytes(StandardCharsets.UTF_8));
        assertFalse(r.value().isPresent());
        assertEquals(List.of("p.yaml:3:3: error: there are 3 connections; the limit is 2 connections per participant"),
                messages(r));
        assertEquals(java.util.Optional.of(Limit.CONNECTIONS), Limit.of(r.problems().get(0)));
    }

    @Test
    void theBundledSampleIsValid() {
        ReadResult<Pln> r = reader.read(Path.of("../samples/maria-lopez-librarian.yaml"));
        assertEquals(List.of(), messages(r));
        assertEquals(15, r.value().orElseThrow().connections().size());
    }
}
