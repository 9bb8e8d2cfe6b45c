package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;

/**
 * What docs/embedding.md promises an embedder: one {@link Assessor} serves many threads, and an {@link Assessment}
 * is immutable (every list, set and map in it refuses changes, and nothing in it is null), so that it can be shared.
 */
class AssessorThreadsTest {
    private static final List<String> SAMPLES = List.of(Samples.MARIA, Samples.SAM, Samples.ALEX);

    @Test
    void oneAssessorAssessesOnePlnFromEightThreadsAtOnceAsFromOne() throws Exception {
        Assessor assessor = new Assessor(AssessmentOptions.defaults());
        for (String sample : SAMPLES) {
            Pln pln = Samples.read(sample);
            Assessment alone = assessor.assess(pln);
            String json = AssessmentJson.toJson(alone);
            String text = AssessmentText.render(alone);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Assessment>> runs = new ArrayList<>();
                for (int i = 0; i < 8 * 4; i++) {
                    runs.add(pool.submit(() -> {
                        start.await();   // all at once, so that the threads overlap
                        return assessor.assess(pln);
                    }));
                }
                start.countDown();
                for (Future<Assessment> run : runs) {
                    Assessment a = run.get(60, TimeUnit.SECONDS);
                    assertEquals(alone, a, sample);
                    assertEquals(alone.hashCode(), a.hashCode(), sample);
                    assertEquals(json, AssessmentJson.toJson(a), sample);
                    assertEquals(text, AssessmentText.render(a), sample);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void everyCollectionInAnAssessmentRefusesChangesAndNothingIsNull() {
        for (String sample : SAMPLES) {
            Assessment a = new Assessor(AssessmentOptions.defaults()).assess(Samples.read(sample));
            List<String> collections = new ArrayList<>();
            walk(a, "assessment", Collections.newSetFromMap(new IdentityHashMap<>()), collections);
            assertTrue(collections.size() > 20, sample + ": only " + collections);
        }
    }

    /** Every record component reachable from {@code o}: collections tried for a change, none null. */
    private static void walk(Object o, String path, Set<Object> seen, List<String> collections) {
        assertTrue(o != null, path + " is null");
        if (!seen.add(o)) {
            return;
        }
        if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> walk(v, path + ".get()", seen, collections));
        } else if (o instanceof Map<?, ?> m) {
            collections.add(path);
            assertThrows(UnsupportedOperationException.class, m::clear, path);
            m.forEach((k, v) -> walk(v, path + "[" + k + "]", seen, collections));
        } else if (o instanceof Collection<?> c) {
            collections.add(path);
            assertThrows(UnsupportedOperationException.class, () -> {
                c.clear();
                if (c.isEmpty()) {
                    // clear() on an empty mutable list does nothing; adding shows it
                    ((Collection<Object>) c).add(path);
                }
            }, path);
            int i = 0;
            for (Object v : c) {
                walk(v, path + "[" + i++ + "]", seen, collections);
            }
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    walk(rc.getAccessor().invoke(o), path + "." + rc.getName() + "()", seen, collections);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(path + "." + rc.getName(), e);
                }
            }
        } else {
            assertTrue(!o.getClass().isArray(), path + " is an array, which a caller could change");
        }
    }
}
