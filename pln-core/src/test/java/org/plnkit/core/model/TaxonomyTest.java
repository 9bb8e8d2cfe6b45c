package org.plnkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.TaxonomyReader;

class TaxonomyTest {
    private final Taxonomy t = Taxonomy.defaults();

    @Test
    void theDefaultHasTheElevenCategoriesOfTheContractInOrder() {
        assertEquals(List.of("local-colleagues", "mentors", "social-networks", "online-communities", "blogs-websites",
                "professional-organizations", "local-state-organizations", "conferences-edcamps", "webinars-podcasts",
                "online-journals", "tutorial-websites"), t.ids());
        Category local = t.byId("local-state-organizations").orElseThrow();
        assertEquals("Local & state organizations", local.label());
        assertEquals(Set.of(Kind.ORGANIZATION), local.typicalKinds());
        assertTrue(local.local());
    }

    @Test
    void idsAndLabelsResolveInAnyCase() {
        assertEquals("local-colleagues", t.resolve("Local Colleagues").orElseThrow().id());
        assertEquals("local-colleagues", t.resolve("  LOCAL-COLLEAGUES ").orElseThrow().id());
        assertEquals("blogs-websites", t.resolve("blogs &  websites").orElseThrow().id());
        assertEquals(Optional.empty(), t.resolve("robots"));
    }

    /** Every word of the lesson (and common ones) names a category of the default taxonomy. */
    @Test
    void theLessonsWordsResolveThroughAliases() {
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        for (String w : List.of("Twitter hashtags", "X hashtags", "Twitter/X hashtags", "#hashtags", "Twitter",
                "Mastodon", "LinkedIn", "social media")) {
            words.put(w, "social-networks");
        }
        for (String w : List.of("Facebook groups", "Facebook group", "listservs", "listserv", "forums")) {
            words.put(w, "online-communities");
        }
        for (String w : List.of("podcasts", "podcast", "Podcasts", "webinars", "YouTube channels", "YouTube channel")) {
            words.put(w, "webinars-podcasts");
        }
        for (String w : List.of("edcamps", "edcamp", "EdCamp", "conferences", "conference")) {
            words.put(w, "conferences-edcamps");
        }
        for (String w : List.of("PLCs", "PLC", "colleague", "colleagues")) {
            words.put(w, "local-colleagues");
        }
        for (String w : List.of("MOOCs", "MOOC", "online courses", "tutorials")) {
            words.put(w, "tutorial-websites");
        }
        words.put("blogs", "blogs-websites");
        words.put("journals", "online-journals");
        words.put("mentor", "mentors");
        words.put("associations", "professional-organizations");
        words.put("state associations", "local-state-organizations");
        words.forEach((w, id) -> assertEquals(Optional.of(id), t.resolve(w).map(Category::id), w));
    }

    @Test
    void looseSpellingsIgnorePunctuationAndPlurals() {
        assertEquals("webinars-podcasts", t.resolve("webinar and podcast").orElseThrow().id());
        assertEquals("local-state-organizations", t.resolve("local/state organization").orElseThrow().id());
        assertEquals("online-communities", t.resolve("facebook-groups").orElseThrow().id());
    }

    @Test
    void didYouMeanLooksAtAliasesToo() {
        assertEquals(Optional.of("webinars-podcasts"), t.suggest("podcsts"));
        assertEquals(Optional.of("online-communities"), t.suggest("Facebok groups"));
        assertEquals(Optional.of("conferences-edcamps"), t.suggest("edcampz"));
    }

    @Test
    void aDistrictTaxonomyMayHaveAliasesButNoneTwice() {
        ReadResult<Taxonomy> r = TaxonomyReader.read("district.yaml", stream("""
                categories:
                  - {id: coaches, label: Instructional coaches, aliases: [coach, ICs]}
                  - {id: pd, label: District PD, aliases: [workshops, Coach]}
                """));
        assertEquals(List.of("district.yaml:3:5: error: category pd: \"Coach\" already names category coaches"),
                r.problems().stream().map(Problem::toString).toList());
        Taxonomy d = TaxonomyReader.read("district.yaml", stream("""
                categories:
                  - {id: coaches, label: Instructional coaches, aliases: [coach, ICs]}
                  - {id: pd, label: District PD, aliases: workshops}
                """)).value().orElseThrow();
        assertEquals("coaches", d.resolve("IC").orElseThrow().id());
        assertEquals("pd", d.resolve("Workshop").orElseThrow().id());
        assertEquals(List.of("coach", "ICs"), d.byId("coaches").orElseThrow().aliases());
    }

    @Test
    void aLooseSpellingTwoCategoriesShareResolvesToNeither() {
        Taxonomy d = new Taxonomy(List.of(
                new Category("a", "Book", Set.of(), false, "", List.of(), List.of()),
                new Category("b", "Books", Set.of(), false, "", List.of(), List.of())));
        assertEquals("a", d.resolve("book").orElseThrow().id());
        assertEquals("b", d.resolve("books").orElseThrow().id());
        assertEquals(Optional.empty(), d.resolve("book!"));
    }

    @Test
    void suggestionsPointToTheId() {
        assertEquals(Optional.of("mentors"), t.suggest("Mentor"));
        assertEquals(Optional.of("webinars-podcasts"), t.suggest("webinar-podcasts"));
        assertEquals(Optional.of("online-journals"), t.suggest("Online Journal"));
    }

    @Test
    void aDistrictTaxonomyLoadsWithItsOwnCategories() {
        ReadResult<Taxonomy> r = TaxonomyReader.read("district.yaml", stream("""
                categories:
                  - {id: coaches, label: Instructional coaches, kinds: [person], local: yes}
                  - {id: pd-catalog, label: District PD catalog}
                """));
        assertEquals(List.of(), r.problems());
        Taxonomy d = r.value().orElseThrow();
        assertEquals(List.of("coaches", "pd-catalog"), d.ids());
        assertEquals("coaches", d.resolve("instructional coaches").orElseThrow().id());
        assertTrue(d.byId("coaches").orElseThrow().local());
    }

    @Test
    void badTaxonomyFilesAreReportedWithPlaces() {
        ReadResult<Taxonomy> r = TaxonomyReader.read("district.yaml", stream("""
                categories:
                  - {label: No id}
                  - {id: a, label: A, kinds: [robot]}
                  - {id: a, label: Again}
                """));
        assertEquals(List.of("district.yaml:2:5: error: this category has no id",
                "district.yaml:3:5: error: kind \"robot\" is not one of person, organization, resource",
                "district.yaml:4:5: error: category a is defined twice"),
                r.problems().stream().map(Problem::toString).toList());
        assertTrue(r.value().isEmpty());
        assertEquals("district.yaml:1:1: error: a taxonomy file needs \"categories:\" with a list of categories",
                TaxonomyReader.read("district.yaml", stream("cats: []\n")).problems().get(0).toString());
    }

    @Test
    void twoCategoriesCannotShareALabel() {
        Category a = new Category("a", "Same", Set.of(), false, "", List.of());
        Category b = new Category("b", "same", Set.of(), false, "", List.of());
        assertThrows(IllegalArgumentException.class, () -> new Taxonomy(List.of(a, b)));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
