package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.report.SampleParticipants;

/**
 * The reflection draft read as a new user would read it, on PLNs unlike the samples: one person, two people with
 * the same name, roles other than a classroom teacher. Each case is a defect found by looking at real drafts.
 */
class ReflectionWordingTest {

    private static Pln pln(String yaml) {
        ReadResult<Pln> r = new ParticipantFileReader().read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return r.value().orElseThrow(() -> new AssertionError(r.problems().toString()));
    }

    private static String draft(String yaml) {
        return ReflectionGoldenTest.draft(SampleParticipants.report(pln(yaml), false));
    }

    private static String participant(String role) {
        return "participant:\n  id: p\n  name: Ana Souza\n" + (role == null ? "" : "  role: " + role + "\n")
                + "  as_of: 2026-11-15\nconnections:\n";
    }

    private static final String TWO = """
              - { name: Coach Dave Miller, kind: person, category: local-colleagues, frequency: weekly, value: 4 }
              - { name: SHAPE America, kind: organization, category: professional-organizations, value: 5 }
            """;

    @Test
    void onePersonIsNamedInTheSingular() {
        String md = draft(participant("PE teacher") + TWO);
        assertTrue(md.contains("The person I learn from is Coach Dave Miller (local colleague)."), md);
        assertFalse(md.contains("The people I learn from are Coach Dave Miller"), md);
    }

    @Test
    void twoConnectionsWithTheSameNameAreToldApart() {
        String md = draft(participant("School librarian") + """
                  - { name: Tom Baker, kind: person, category: local-colleagues, frequency: weekly, value: 3 }
                  - { name: Tom Baker, kind: person, category: mentors, frequency: rarely, value: 2 }
                  - { name: José Álvarez, kind: person, category: local-colleagues, frequency: daily, value: 4 }
                  - { name: José Álvarez, kind: person, category: local-colleagues, frequency: yearly, value: 1 }
                """);
        assertFalse(md.contains("Tom Baker and Tom Baker"), md);
        assertFalse(md.contains("Tom Baker, Tom Baker"), md);
        assertTrue(md.contains("Tom Baker (local colleague)") && md.contains("Tom Baker (mentor)"), md);
        assertTrue(md.contains("José Álvarez (local colleague 1)") && md.contains("José Álvarez (local colleague 2)"),
                md);
        assertTrue(md.contains("- Rarely: Tom Baker (mentor)"), md);
        assertTrue(md.contains("Tom Baker (local colleague, weekly, value 3 of 5)"), "one pair of parentheses: " + md);
        assertTrue(md.contains("José Álvarez and another José Álvarez (local colleagues)"), md);
        assertFalse(md.contains(") ("), "no name followed by two pairs of parentheses: " + md);
    }

    @Test
    void theProblemSolvingPromptFitsTheRole() {
        String teacher = draft(participant("PE teacher") + TWO);
        assertTrue(teacher.contains("a lesson that did not work"), teacher);
        assertTrue(teacher.contains("a question from a student or a parent"), teacher);

        String director = draft(participant("District technology director") + TWO);
        assertFalse(director.contains("a lesson that did not work"), director);
        assertFalse(director.contains("What could you share: a lesson"), director);
        assertTrue(director.contains("a project that stalled"), director);

        String counsellor = draft(participant("School counsellor") + TWO);
        assertFalse(counsellor.contains("a lesson that did not work"), counsellor);
        assertTrue(counsellor.contains("a student you were not sure how to support"), counsellor);

        String librarian = draft(participant("Teacher librarian") + TWO);
        assertTrue(librarian.contains("a library program"), librarian);

        String none = draft(participant(null) + TWO);
        assertFalse(none.contains("a lesson that did not work"), none);
    }

    @Test
    void theDefaultCategoriesExamplesFitAnyEducatorAndReadAsEnglish() {
        String md = draft(participant("Kindergarten teacher") + """
                  - { name: Teaching Littles Podcast, kind: resource, category: webinars-podcasts, value: 3 }
                """);
        assertFalse(md.contains("librarian next door"), "library wording for a kindergarten teacher: " + md);
        assertTrue(md.contains("For example: the teacher next door, the school librarian and the tech coach."), md);
        String dana = ReflectionGoldenTest.draft(SampleParticipants.report(SampleParticipants.dana(), false));
        assertTrue(dana.contains("For example: a state conference and an edcamp."), dana);
    }
}
