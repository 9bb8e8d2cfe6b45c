package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;

/**
 * The reader's warm-up reads its made-up cohort through the real code paths (shared and inline strings, numbers,
 * dates, links, near-miss topics) without an error: a warm-up that failed early would warm nothing, silently.
 */
class ReaderWarmUpTest {
    @Test
    void theMadeUpCohortIsReadWithoutErrors() throws Exception {
        ReadResult<Cohort> r = ReaderWarmUp.run(Taxonomy.defaults());
        assertFalse(r.problems().stream().anyMatch(p -> p.isError()), r.problems().toString());
        Cohort c = r.value().orElseThrow();
        assertEquals(30, c.size());
        assertEquals(600, c.plns().stream().mapToInt(p -> p.connections().size()).sum());
        assertFalse(c.plns().stream().allMatch(p -> p.links().isEmpty()), "some rows are linked");
    }
}
