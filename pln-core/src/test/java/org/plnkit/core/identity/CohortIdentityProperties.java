package org.plnkit.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.quicktheories.core.Gen;

/** Invariants of the identity rule on random cohorts drawn from small pools, so that mentions collide often. */
class CohortIdentityProperties {
    private static final String[] NAMES = {"AASL", "aasl.", "ISTE", "The ISTE", "Edutopia", "#tlchat", "TLChat",
            "Jane Kim", "jane  kim", "..."};
    private static final String[] URLS = {null, null, "https://www.ala.org/aasl", "ala.org/aasl/", "iste.org",
            "HTTP://ISTE.ORG", "edutopia.org", "twitter.com/hashtag/tlchat", "ala.org/aasl/about"};
    private static final String[] SHARED = {null, null, null, "jane@x.org", "JANE@x.org", "p1", "org-7"};

    @Test
    void everyMentionIsInExactlyOneNodeOrTie() {
        qt().withFixedSeed(1L).withExamples(300).forAll(cohorts()).checkAssert(c -> {
            CohortIdentity id = CohortIdentity.resolve(c);
            Map<Mention, Integer> seen = new HashMap<>();
            id.nodes().forEach(n -> n.mentions().forEach(m -> seen.merge(m, 1, Integer::sum)));
            id.participantTies().forEach(t -> seen.merge(t.mention(), 1, Integer::sum));
            int mentions = 0;
            for (Pln p : c.plns()) {
                for (Connection k : p.connections()) {
                    mentions++;
                    assertEquals(1, seen.get(new Mention(p.participant().id(), k.id())));
                }
            }
            assertEquals(mentions, seen.size());
            assertEquals(id.nodes().size(), id.nodes().stream().map(SharedNode::id).distinct().count());
        });
    }

    @Test
    void theLookupByPlaceAgreesWithTheLookupByIds() {
        qt().withFixedSeed(4L).withExamples(300).forAll(cohorts()).checkAssert(c -> {
            CohortIdentity id = CohortIdentity.resolve(c);
            assertTrue(id.isOf(c));
            assertFalse(id.isOf(new Cohort(c.plns())));
            for (int p = 0; p < c.plns().size(); p++) {
                Pln pln = c.plns().get(p);
                for (int k = 0; k < pln.connections().size(); k++) {
                    String pid = pln.participant().id();
                    String cid = pln.connections().get(k).id();
                    assertEquals(id.nodeOf(pid, cid).map(id.nodes()::indexOf).orElse(-1), id.nodeIndex(c, p, k));
                    assertEquals(id.participantOf(pid, cid), id.participantAt(c, p, k));
                }
            }
        });
    }

    @Test
    void theRuleMergesWhatItMustAndNoPeopleWithoutAnId() {
        qt().withFixedSeed(2L).withExamples(300).forAll(cohorts()).checkAssert(c -> {
            CohortIdentity id = CohortIdentity.resolve(c);
            Map<String, String> nodeByKey = new HashMap<>();
            for (Pln p : c.plns()) {
                for (Connection k : p.connections()) {
                    Optional<SharedNode> n = id.nodeOf(p.participant().id(), k.id());
                    if (n.isEmpty()) {
                        continue; // a participant tie
                    }
                    List<String> keys = new ArrayList<>();
                    k.sharedId().ifPresent(s -> keys.add("id " + IdentityKeys.sharedId(s)));
                    if (k.kind() != Kind.PERSON) {
                        k.url().flatMap(IdentityKeys::url).ifPresent(u -> keys.add("url " + u));
                        String name = IdentityKeys.name(k.name());
                        if (!name.isEmpty()) {
                            keys.add(k.kind() + " " + name);
                        }
                    }
                    for (String key : keys) {
                        String prev = nodeByKey.putIfAbsent(key, n.get().id());
                        assertTrue(prev == null || prev.equals(n.get().id()), key + " is in two nodes");
                    }
                    if (keys.isEmpty()) {
                        assertEquals(1, n.get().mentions().size(), "a mention that shares nothing stands alone");
                    }
                }
            }
        });
    }

    @Test
    void theGroupingAndIdsDoNotDependOnInputOrder() {
        qt().withFixedSeed(3L).withExamples(200).forAll(cohorts()).checkAssert(c -> {
            List<Pln> reversed = new ArrayList<>(c.plns());
            Collections.reverse(reversed);
            assertEquals(grouping(CohortIdentity.resolve(c)), grouping(CohortIdentity.resolve(new Cohort(reversed))));
            assertEquals(CohortIdentity.resolve(c).nodes(), CohortIdentity.resolve(c).nodes());
        });
    }

    private static Map<String, Set<Mention>> grouping(CohortIdentity id) {
        return id.nodes().stream().collect(Collectors.toMap(SharedNode::id, n -> new HashSet<>(n.mentions())));
    }

    private static Gen<Cohort> cohorts() {
        return lists().of(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 8)).ofSizeBetween(1, 6)
                .map(CohortIdentityProperties::cohort);
    }

    private static Cohort cohort(List<List<Integer>> seeds) {
        List<Pln> plns = new ArrayList<>();
        for (int p = 0; p < seeds.size(); p++) {
            List<Connection> cs = new ArrayList<>();
            for (int i = 0; i < seeds.get(p).size(); i++) {
                int s = seeds.get(p).get(i);
                Kind kind = Kind.values()[s % 3];
                cs.add(Connection.builder("c" + i, NAMES[s / 3 % NAMES.length], kind, "blogs-websites")
                        .url(URLS[s / 31 % URLS.length]).sharedId(SHARED[s / 311 % SHARED.length]).build());
            }
            plns.add(new Pln(Participant.of("p" + p), cs, List.of()));
        }
        return new Cohort(plns);
    }
}
