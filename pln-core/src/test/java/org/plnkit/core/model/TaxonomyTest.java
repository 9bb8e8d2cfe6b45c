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
        assertEquals(Optional.empty(), t.resolve("podcasts"));
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
