package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;

class WaysTest {
    private static Connection connection(Kind kind, String category) {
        return Connection.builder("c1", "Something", kind, category).build();
    }

    @Test
    void eachCategoryOfTheDefaultTaxonomyHasItsWayAndAPersonIsContacted() {
        Map<String, Ways> expected = Map.of("conferences-edcamps", Ways.ATTEND, "online-journals", Ways.READ_ISSUE,
                "blogs-websites", Ways.READ, "webinars-podcasts", Ways.LISTEN, "social-networks", Ways.FOLLOW,
                "online-communities", Ways.VISIT, "tutorial-websites", Ways.STUDY,
                "professional-organizations", Ways.TAKE_PART, "local-state-organizations", Ways.TAKE_PART);
        for (Category c : Taxonomy.defaults().categories()) {
            assertEquals(Ways.CONTACT, Ways.of(connection(Kind.PERSON, c.id())), c.id());
            Ways way = Ways.of(connection(Kind.RESOURCE, c.id()));
            assertEquals(expected.getOrDefault(c.id(), Ways.READ), way, c.id());
            assertEquals(way == Ways.READ && !expected.containsKey(c.id()) ? Ways.TAKE_PART : way,
                    Ways.of(connection(Kind.ORGANIZATION, c.id())), c.id());
        }
        List<String> ids = Taxonomy.defaults().categories().stream().map(Category::id).toList();
        assertTrue(ids.containsAll(expected.keySet()), "the taxonomy names " + ids);
    }

    @Test
    void aCategoryADistrictAddedFallsBackOnTheKind() {
        assertEquals(Ways.TAKE_PART, Ways.of(connection(Kind.ORGANIZATION, "district-book-club")));
        assertEquals(Ways.READ, Ways.of(connection(Kind.RESOURCE, "district-book-club")));
        assertEquals(Ways.CONTACT, Ways.of(connection(Kind.PERSON, "district-book-club")));
    }
}
