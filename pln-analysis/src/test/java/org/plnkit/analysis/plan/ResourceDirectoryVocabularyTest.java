package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * The starter directory's vocabulary has no traps: every phrase of every audience, put in a role, picks only the
 * audiences that list it (a phrase's words never match inside a longer phrase: "computer science" is not science),
 * and every entry is offered to it only when the entry is for one of those audiences or for everyone. The QA pass's
 * fragments ("computer lab", "dean of students", "information literacy", "English learners"…) are pinned by name.
 */
class ResourceDirectoryVocabularyTest {
    private static final Taxonomy TAXONOMY = Taxonomy.defaults();
    private static final ResourceDirectory STARTER = ResourceDirectory.starter(TAXONOMY);

    private static Participant participant(String role, String school, List<String> topics) {
        return new Participant("p", "Pat Doe", Optional.ofNullable(role), Optional.ofNullable(school), topics,
                Optional.empty(), Optional.empty());
    }

    /** Every phrase of the directory's audiences and its neutral phrases, in file order. */
    private static List<String> phrases() {
        Set<String> all = new LinkedHashSet<>();
        STARTER.audiences().values().forEach(all::addAll);
        all.addAll(STARTER.neutral());
        return new ArrayList<>(all);
    }

    /** The audiences that list this phrase, in directory order. */
    private static List<String> listing(String phrase) {
        return STARTER.audiences().entrySet().stream().filter(e -> e.getValue().contains(phrase))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void everyPhraseAsARoleOrATopicPicksOnlyTheAudiencesThatListIt() {
        List<String> wrong = new ArrayList<>();
        for (String w : phrases()) {
            List<String> expected = listing(w);
            for (Participant p : List.of(participant(w, null, List.of()), participant(w + " teacher", null, List.of()),
                    participant("Teacher", null, List.of(w)), participant(null, null, List.of("K-12 " + w)),
                    participant(w.toUpperCase(java.util.Locale.ROOT) + " coordinator", null, List.of()))) {
                List<String> got = STARTER.audiencesOf(p);
                if (!got.equals(expected)) {
                    wrong.add("\"" + w + "\" in " + p.role().orElse("") + p.topics() + ": " + got + ", expected "
                            + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static final Set<String> LEVELS = Set.of("elementary", "early-childhood");

    @Test
    void everyPhraseIsOfferedOnlyTheEntriesForItsAudiences() {
        List<String> wrong = new ArrayList<>();
        List<Suggestion> resources = STARTER.resources();
        for (String w : phrases()) {
            List<String> audiences = listing(w);
            Pln pln = new Pln(participant(w + " teacher", null, List.of()), List.of(), List.of());
            Set<String> offered = new LinkedHashSet<>();
            for (Category c : TAXONOMY.categories()) {
                STARTER.suggest(Need.category(c.id()), pln, 1000).forEach(s -> offered.add(s.name()));
            }
            for (int i = 0; i < resources.size(); i++) {
                List<String> forList = STARTER.audiencesOf(i);
                List<String> shared = forList.stream().filter(audiences::contains).toList();
                // a school level alone does not bring an entry mainly for another subject to a subject or a job
                // ("elementary principal" is of both elementary and elementary-principal: not offered NCTE)
                boolean levelOnly = !shared.isEmpty() && LEVELS.containsAll(shared) && !LEVELS.contains(forList.get(0))
                        && !LEVELS.containsAll(audiences);
                boolean fits = forList.isEmpty() || !shared.isEmpty() && !levelOnly;
                if (fits != offered.contains(resources.get(i).name())) {
                    wrong.add("\"" + w + " teacher\" " + (fits ? "is not offered " : "is offered ")
                            + resources.get(i).name() + " (for " + forList + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theVocabularyIsWellFormed() {
        for (String w : phrases()) {
            assertEquals(ResourceDirectory.words(w), w, "a phrase is stored as the words it is compared as");
        }
        for (String w : STARTER.neutral()) {
            assertEquals(List.of(), listing(w), w + " is neutral and an audience's");
        }
        for (int i = 0; i < STARTER.resources().size(); i++) {
            for (String a : STARTER.audiencesOf(i)) {
                assertTrue(STARTER.audiences().containsKey(a), a);
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" → [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Computer lab                          | technology-coach
            computer lab teacher                  | technology-coach
            Dean of students                      | administrator
            Dean                                  | administrator
            information literacy                  | librarian
            Information Literacy                  | librarian
            media literacy                        | technology-coach librarian
            financial literacy                    |
            English learners                      | english-learners
            English language learners             | english-learners
            English as a second language          | english-learners
            ESL                                   | english-learners
            ENL                                   | english-learners
            EAL                                   | english-learners
            English language arts                 | english
            English                               | english
            language arts                         | english
            computer science                      | computer-science
            AP Computer Science A                 | computer-science
            political science                     | social-studies
            library science                       | librarian
            health science                        | cte
            family and consumer sciences          | cte
            science of reading                    | english
            earth science                         | science
            primary sources                       | social-studies
            Oakwood Primary School                | elementary
            mental health                         |
            school health                         | pe-health
            culinary arts                         | cte
            martial arts                          | pe-health
            state of the art                      |
            technical theatre                     | theatre
            career counselor                      | school-counselor
            college and career readiness          |
            French Revolution                     | social-studies
            French                                | world-languages
            Latin America                         | social-studies
            inquiry labs                          | science
            labs                                  |
            lab safety                            |
            kindergarten                          | early-childhood elementary
            Pre-K                                 | early-childhood elementary
            fifth grade                           | elementary
            grade 10                              |
            K-12                                  |
            network administrator                 | technology-coach
            elementary school principal           | administrator elementary-principal elementary
            intervention                          |
            reading intervention                  | english
            student government                    |
            instructional coach                   | instructional-coach
            literacy coach                        | english instructional-coach
            physical literacy                     | pe-health
            adaptive PE                           | pe-health
            music literacy                        | music
            composition                           |
            music composition                     | music
            English composition                   | english
            literacy                              | english
            school counsellor                     | school-counselor
            """)
    void knownTrapsPickTheRightAudiences(String text, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.strip().split(" +"));
        assertEquals(want, Set.copyOf(STARTER.audiencesOf(participant(text, null, List.of()))), "as a role");
        assertEquals(want, Set.copyOf(STARTER.audiencesOf(participant(null, null, List.of(text)))), "as a topic");
    }

    /** A district's own file can name neutral phrases too, and its phrases win over the starter's words. */
    @Test
    void aDistrictsNeutralPhrasesKeepWordsFromMatching() {
        String yaml = """
                neutral: [robotics club, "Science Olympiad"]
                audiences:
                  robotics: [robotics, first lego league]
                resources:
                  - name: VEX Forum
                    category: online-communities
                    for: [robotics]
                """;
        ResourceDirectory d = ResourceDirectory.read("dir.yaml", new java.io.ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), TAXONOMY).value().orElseThrow().withStarter(TAXONOMY);
        assertTrue(d.neutral().containsAll(List.of("robotics club", "science olympiad")), d.neutral().toString());
        assertEquals(List.of(), d.audiencesOf(participant("Science Olympiad coach", null, List.of("robotics club"))));
        assertEquals(List.of("robotics"), d.audiencesOf(participant(null, null, List.of("Robotics"))));
        assertFalse(d.audiencesOf(participant("Science teacher", null, List.of())).isEmpty());
    }
}
