package org.plnkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/** The comments of a hand-written participant file survive the studio's save, in their places. */
class CommentsTest {
    static final String HAND_WRITTEN = """
            # My PLN for the fall PD course. Ask Jane about the makerspace grant!
            participant:
              id: sam
              name: Sam Rivera   # as on my badge
              # I moved to the science department in August
              role: 7th grade science teacher
              topics: [labs, ngss]
              as_of: 2026-09-01
            connections:
              # my mentor from student teaching
              - name: Jane Kim
                kind: person
                category: mentors
                frequency: monthly   # should be weekly
                topics:
                  - labs     # she runs the lab days
                  - ngss
              - id: nsta
                name: "NSTA #science"
                kind: organization
                category: professional-organizations
                url: https://www.nsta.org/#join
            # the end: more to add after the winter break
            """;

    static String save(String onDisk, Draft d) {
        return Comments.of(onDisk).applyTo(d.yaml().text());
    }

    @Test
    void everyCommentGoesBackToItsPlace() {
        Draft d = Draft.parse(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        String saved = save(HAND_WRITTEN, d);
        String[] lines = saved.split("\n");
        assertEquals(Comments.HEADER, lines[0]);
        assertEquals("# My PLN for the fall PD course. Ask Jane about the makerspace grant!", lines[1]);
        assertTrue(saved.contains("  name: Sam Rivera  # as on my badge\n"), saved);
        assertTrue(saved.contains("  # I moved to the science department in August\n  role: 7th grade science teacher\n"),
                saved);
        assertTrue(saved.contains("  # my mentor from student teaching\n  - name: Jane Kim\n"), saved);
        assertTrue(saved.contains("frequency: monthly  # should be weekly\n"), saved);
        // a '#' inside a value or a web address is not a comment
        assertTrue(saved.contains("NSTA #science"), saved);
        assertTrue(saved.contains("https://www.nsta.org/#join"), saved);
        // the comment inside the topics list has no field of its own: kept at the end, under a note, not dropped
        assertTrue(saved.endsWith("# the end: more to add after the winter break\n" + Comments.ORPHANS
                + "\n# she runs the lab days\n"), saved);
        // what is saved reads as the same PLN as the page's draft, and saving it again changes nothing
        ReadResult<Pln> withComments = new ParticipantFileReader().read("sam.yaml",
                saved.getBytes(StandardCharsets.UTF_8));
        ReadResult<Pln> without = new ParticipantFileReader().read("sam.yaml", d.yaml().bytes());
        assertEquals(without.value().orElseThrow(), withComments.value().orElseThrow());
        Draft reopened = Draft.parse(saved.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(saved, save(saved, reopened));
    }

    @Test
    void commentsFollowTheirConnectionWhenItMovesAndStayWhenItGoes() {
        Draft d = Draft.parse(HAND_WRITTEN.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        // the teacher adds a connection at the top and removes Jane Kim
        d.connections.remove(0);
        d.connections.add(0, new java.util.LinkedHashMap<>(java.util.Map.of("name", "Lee Park", "kind", "person",
                "category", "local-colleagues")));
        String saved = save(HAND_WRITTEN, d);
        for (String c : List.of("# my mentor from student teaching", "# should be weekly", "# she runs the lab days",
                "# as on my badge", "# the end: more to add after the winter break")) {
            assertTrue(saved.contains(c), c + " in\n" + saved);
        }
        int orphans = saved.indexOf(Comments.ORPHANS);
        assertTrue(orphans > saved.indexOf("name: Lee Park") && saved.indexOf("# my mentor") > orphans, saved);
        assertTrue(new ParticipantFileReader().read("sam.yaml", saved.getBytes(StandardCharsets.UTF_8))
                .value().isPresent());
        Draft reopened = Draft.parse(saved.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(saved, save(saved, reopened), "saving again unchanged writes the same bytes");
    }

    @Test
    void aFileWithoutCommentsIsWrittenAsTheStudioWritesIt() {
        Draft d = Draft.parse("participant: {id: a}\nconnections: []\n".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(d.yaml().text(), save("participant: {id: a}\nconnections: []\n", d));
        assertEquals(d.yaml().text(), save("not: [yaml", d));
    }
}
