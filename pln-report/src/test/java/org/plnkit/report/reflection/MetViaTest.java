package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/**
 * The reflection draft's "How I connected" sentence reads well whatever a participant wrote in {@code met_via}: the
 * contract's suggested values, a connection's id or name, a phrase with its own preposition, a bare name.
 */
class MetViaTest {
    private static final Pattern SENTENCE = Pattern.compile("I connected with Jane Kim ([^\\n]*?)\\.(?: |\\n)");

    private static String howConnected(String metVia) {
        String yaml = """
                participant:
                  id: p
                  role: Teacher librarian
                  as_of: 2026-11-01
                connections:
                  - id: jane
                    name: Jane Kim
                    kind: person
                    category: local-colleagues
                    met_via: %s
                  - id: marcus
                    name: Marcus Bell
                    kind: person
                    category: mentors
                """.formatted("'" + metVia.replace("'", "''") + "'");
        ReadResult<Pln> r = new ParticipantFileReader().read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        Pln pln = r.value().orElseThrow(() -> new AssertionError(r.problems().toString()));
        Assessment a = Assessor.assess(pln, AssessmentOptions.defaults());
        String md = new ReflectionDraft(Taxonomy.defaults()).markdown(pln, a,
                new ReflectionDraft.MapFigure(Optional.empty(), "map", Optional.empty()));
        Matcher m = SENTENCE.matcher(md);
        assertTrue(m.find(), md);
        return m.group(1);
    }

    @ParameterizedTest(name = "met_via \"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            school                          | at school
            School                          | at school
            district                        | through my district
            in-person                       | in person
            in person                       | in person
            twitter                         | on Twitter
            X                               | on Twitter
            facebook                        | on Facebook
            Instagram                       | on Instagram
            linkedin                        | on LinkedIn
            conference                      | at a conference
            professional-organization       | through a professional organization
            professional organization       | through a professional organization
            mentor-program                  | through a mentor program
            mentor_program                  | through a mentor program
            email                           | by email
            other                           | in other ways
            at ISTE                         | at ISTE
            At ISTE                         | at ISTE
            at ISTE.                        | at ISTE
            met at ISTE                     | at ISTE
            I met her at ISTELive 2025      | at ISTELive 2025
            ISTE                            | through ISTE
            through a colleague             | through a colleague
            via a colleague                 | via a colleague
            a colleague                     | through a colleague
            colleague                       | through a colleague
            my principal                    | through my principal
            on Twitter                      | on Twitter
            in a book study                 | in a book study
            during student teaching         | during student teaching
            student teaching                | during student teaching
            edcamp                          | at an edcamp
            Edcamp Lincoln                  | at Edcamp Lincoln
            AASL conference                 | at the AASL conference
            the AASL National Conference    | at the AASL National Conference
            a summer institute              | at a summer institute
            marcus                          | through Marcus Bell
            Marcus Bell                     | through Marcus Bell
            met through Marcus Bell         | through Marcus Bell
            google                          | through a web search
            district PE meeting             | at the district PE meeting
            a coaching clinic               | at a coaching clinic
            state music festival            | at the state music festival
            """)
    void readsAsASentence(String metVia, String expected) {
        assertEquals(expected, howConnected(metVia));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            at ISTE
            ISTE
            through a colleague
            twitter
            met at ISTE
            a colleague
            """)
    void neverDoublesAPreposition(String metVia) {
        String s = howConnected(metVia);
        for (String twice : List.of("through at", "through through", "through via", "at at", "on on",
                "through on", "through met", "through a a")) {
            assertTrue(!s.contains(twice), s);
        }
    }
}
