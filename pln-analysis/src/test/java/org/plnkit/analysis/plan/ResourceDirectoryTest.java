package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.pln;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Samples;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.ReadResult;

class ResourceDirectoryTest {

    private static ReadResult<ResourceDirectory> read(String yaml) {
        return ResourceDirectory.read("dir.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                Taxonomy.defaults());
    }

    private static InputStream bytes(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The starter is read without an ObjectMapper (#17): the tree must be the one readTree gives, node for node. */
    @Test
    void theStartersTreeIsTheOneReadTreeGives() throws IOException {
        String starter = "/org/plnkit/analysis/plan/starter-resources.yaml";
        JsonNode expected;
        JsonNode actual;
        try (InputStream in = ResourceDirectory.class.getResourceAsStream(starter)) {
            expected = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        try (InputStream in = ResourceDirectory.class.getResourceAsStream(starter)) {
            actual = ResourceDirectory.bundledTree(in);
        }
        assertTrue(expected.get("resources").size() > 50);
        assertEquals(expected, actual);
        // the same for the shapes a starter may take: keys twice, empty and null values, nesting, no document
        for (String yaml : List.of("a: [x, {b: c, b: d}]\nb:\nc: ~\nd: []\ne: {}\n", "- a\n- [b, [c]]\n", "",
                "# only a comment\n", "x\n", "a: 1st\n---\nb: 2\n")) {
            assertEquals(new ObjectMapper(new YAMLFactory()).readTree(bytes(yaml)), ResourceDirectory.bundledTree(
                    bytes(yaml)), yaml);
        }
        // numbers and booleans have nodes of their own in readTree: the bundled file must not hold them
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceDirectory.bundledTree(bytes("a: x\nb: 12\n")));
        assertEquals("the bundled starter directory holds a VALUE_NUMBER_INT at line 2; write it as text",
                e.getMessage());
    }

    @Test
    void readsEntriesWithCategoryByLabelAndTopicsAsACell() {
        ResourceDirectory d = read("""
                resources:
                  - name: Edutopia
                    kind: Resource
                    category: Blogs & websites
                    url: https://www.edutopia.org
                    topics: classroom management; SEL
                    note: Free articles.
                """).value().orElseThrow();
        Suggestion s = d.resources().get(0);
        assertEquals("Edutopia", s.name());
        assertEquals(Kind.RESOURCE, s.kind().orElseThrow());
        assertEquals("blogs-websites", s.category().orElseThrow());
        assertEquals(List.of("classroom management", "SEL"), s.topics());
        assertEquals("Free articles.", s.note().orElseThrow());
    }

    @Test
    void reportsEachProblemWithTheResourceItIsAbout() {
        ReadResult<ResourceDirectory> r = read("""
                resources:
                  - name: Edutopia
                    category: Blogs and websits
                  - kind: resource
                  - name: Thing
                    kind: gadget
                  - name: Fine
                    tpoics: [x]
                """);
        assertFalse(r.value().isPresent());
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        assertTrue(messages.get(0).startsWith("resource 1 (Edutopia): unknown category \"Blogs and websits\""),
                messages.toString());
        assertTrue(messages.contains("resource 2 has no name"), messages.toString());
        assertTrue(messages.contains("resource 3 (Thing): kind \"gadget\" is not one of person, organization, "
                + "resource"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("resource 4 (Fine): unknown field \"tpoics\"")
                && m.contains("did you mean \"topics\"")), messages.toString());
    }

    @Test
    void reportsEveryProblemOfEveryEntryAtOnceEachWhereItWasWritten() {
        ReadResult<ResourceDirectory> r = read("""
                resources:
                  - name: Thing
                    kind: gadget
                    category: Local & state orgs
                    for: [nobody]
                  - name: Fine
                    kind: organization
                  - name: Other
                    category: Mentros
                  - just a line
                  - url: https://example.org
                starter: keep
                """);
        assertFalse(r.value().isPresent());
        assertEquals(List.of(
                "dir.yaml:3:11: error: resource 1 (Thing): kind \"gadget\" is not one of person, organization,"
                        + " resource",
                "dir.yaml:4:15: error: resource 1 (Thing): unknown category \"Local & state orgs\"; did you mean"
                        + " \"Local & state organizations\" (local-state-organizations)?",
                "dir.yaml:5:10: error: resource 1 (Thing): unknown audience \"nobody\"; use one of "
                        + String.join(", ", new java.util.TreeSet<>(ResourceDirectory.starter(Taxonomy.defaults())
                                .audiences().keySet())),
                "dir.yaml:9:15: error: resource 3 (Other): unknown category \"Mentros\"; did you mean \"Mentors\""
                        + " (mentors)?",
                "dir.yaml:10:5: error: resource 4 is not a mapping with a name, kind, category…",
                "dir.yaml:11:5: error: resource 5 has no name",
                "dir.yaml:12:10: error: starter \"keep\" is not add or replace"),
                r.problems().stream().map(Problem::toString).sorted(java.util.Comparator.comparingInt(
                        (String x) -> Integer.parseInt(x.split(":")[1]))).toList());
    }

    @Test
    void aShortenedCategoryGetsTheCategoryItsWordsBelongTo() {
        Taxonomy t = Taxonomy.defaults();
        assertEquals("local-state-organizations", ResourceDirectory.suggestCategory("Local & state orgs", t)
                .orElseThrow().id());
        assertEquals("professional-organizations", ResourceDirectory.suggestCategory("prof. orgs", t)
                .orElseThrow().id());
        assertEquals("mentors", ResourceDirectory.suggestCategory("Mentros", t).orElseThrow().id());
        // words two categories share: no guess
        assertTrue(ResourceDirectory.suggestCategory("online", t).isEmpty());
        assertTrue(ResourceDirectory.suggestCategory("gardening clubs", t).isEmpty());
    }

    @Test
    void aKeyGivenTwiceIsSaidAndTheLastIsUsed() {
        ReadResult<ResourceDirectory> r = read("""
                resources:
                  - name: Edutopia
                    category: blogs-websites
                    category: online-journals
                """);
        assertEquals("online-journals", r.value().orElseThrow().resources().get(0).category().orElseThrow());
        assertEquals(List.of("dir.yaml:4:5: warning: \"category\" is given twice (also on line 3): the last one is"
                + " used"), r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileWithoutResourcesIsAnError() {
        assertEquals(1, read("categories: []").errorCount());
        assertEquals(1, read("resources: [unclosed").errorCount());
        // a file the parser cannot read is placed where it stopped
        Problem broken = read("resources:\n  - name: X\n    kind: [unclosed\n").problems().get(0);
        assertTrue(broken.place().line() >= 3, broken.toString());
        assertTrue(broken.message().startsWith("this is not a readable YAML file: "), broken.toString());
    }

    @Test
    void suggestsByCategoryAndTopicLeavingOutWhatThePlnHolds() {
        ResourceDirectory d = Samples.directory();
        Pln p = pln(List.of("digital citizenship", "ai in education"), List.of(
                // the same resource under another address spelling: left out
                c("cse", Kind.RESOURCE, "blogs-websites").url("http://commonsense.org/education").build(),
                c("edu", Kind.RESOURCE, "blogs-websites").build()));
        List<Suggestion> blogs = d.suggest(Need.category("blogs-websites"), p, 5);
        // AI for Education matches one of the participant's topics: first; Edutopia keeps file order after it
        assertEquals(List.of("AI for Education", "Edutopia"), blogs.stream().map(Suggestion::name).toList());
        assertEquals(List.of("Code.org Professional Learning"),
                d.suggest(Need.topic("CODING"), p, 5).stream().map(Suggestion::name).toList());
        assertEquals(1, d.suggest(Need.category("blogs-websites"), p, 1).size());
        assertTrue(d.suggest(Need.topic("coding"), p, 0).isEmpty());
        assertTrue(d.suggest(Need.category("mentors"), p, 3).isEmpty());
    }

    @Test
    void addressesAndNamesCompareLoosely() {
        assertEquals(ResourceDirectory.urlKey("https://www.Edutopia.org/"), ResourceDirectory.urlKey("edutopia.org"));
        assertEquals(ResourceDirectory.nameKey("  The  Daring Librarian! "),
                ResourceDirectory.nameKey("the daring librarian"));
    }
}
