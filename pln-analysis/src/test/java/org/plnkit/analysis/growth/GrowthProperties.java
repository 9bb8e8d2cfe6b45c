package org.plnkit.analysis.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.PlnGen;
import org.plnkit.analysis.growth.Growth.Change;
import org.plnkit.analysis.growth.Growth.Kept;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.quicktheories.core.Gen;

/** Invariants of the comparison on random PLNs and random later snapshots of them (QuickTheories, fixed seed). */
class GrowthProperties {
    private static final long SEED = 20261202L;
    private static final GrowthComparer COMPARER = new GrowthComparer(AssessmentOptions.defaults());

    /** A PLN and a later snapshot of it: some connections dropped, some added, some renamed, some changed. */
    private record Pair(Pln before, Pln after) {
    }

    private static Gen<Pair> pairs() {
        return PlnGen.plns(0, 25).zip(longs().all(), (p, seed) -> new Pair(p, later(p, new Random(seed))));
    }

    static Pln later(Pln p, Random r) {
        List<Connection> out = new ArrayList<>();
        Map<String, String> ids = new TreeMap<>();
        int k = 0;
        for (Connection c : p.connections()) {
            int roll = r.nextInt(10);
            if (roll == 0) {
                continue;                                  // dropped
            }
            Connection.Builder b = c.toBuilder();
            if (roll == 1) {
                b.id("renamed-" + c.id());                 // a new id, the same name
            }
            if (roll == 2) {
                b.frequency(Frequency.values()[r.nextInt(Frequency.values().length)]);
                b.value(1 + r.nextInt(5));
            }
            if (roll == 3) {
                b.participation(Participation.CONTRIBUTOR).givesBack(true);
            }
            if (roll == 4) {
                b.category(PlnGen.connection("x", new int[] {0, r.nextInt(11), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
                        .category());
            }
            Connection n = b.build();
            ids.put(c.id(), n.id());
            out.add(n);
        }
        int added = r.nextInt(4);
        for (int i = 0; i < added; i++) {
            int[] row = new int[12];
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextInt(1000);
            }
            Connection c = PlnGen.connection("new" + k++, row);
            out.add(c.toBuilder().name("New " + c.id()).build());
        }
        List<Link> links = new ArrayList<>();
        for (Link l : p.links()) {
            if (ids.containsKey(l.from()) && ids.containsKey(l.to())) {
                links.add(new Link(ids.get(l.from()), ids.get(l.to())));
            }
        }
        return new Pln(p.participant(), out, links);
    }

    @Test
    void aSnapshotComparedWithItselfShowsNoChange() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(PlnGen.plns(0, 30)).checkAssert(p -> {
            Growth g = COMPARER.compare(p, p);
            assertEquals(List.of(), g.added());
            assertEquals(List.of(), g.dropped());
            assertEquals(p.connections().size(), g.kept().size());
            assertEquals(List.of(), g.changed());
            assertEquals(List.of(), g.categoriesGained());
            assertEquals(List.of(), g.categoriesLost());
            assertEquals(List.of(), g.becameSturdy());
            assertEquals(0, g.health().delta());
            g.health().parts().forEach(part -> assertTrue(part.delta().orElse(0) == 0));
            assertEquals(0, g.overdue().delta());
            assertTrue(g.unchanged());
        });
    }

    @Test
    void theLeanComparisonOfCohortWavesGivesTheSameGrowth() {
        // with the starter directory, so that BEFORE's plan (followed through) names suggestions
        GrowthComparer comparer = new GrowthComparer(AssessmentOptions.defaults().withSuggestions(
                org.plnkit.analysis.plan.ResourceDirectory.starter(org.plnkit.core.model.Taxonomy.defaults())));
        java.time.LocalDate b = java.time.LocalDate.of(2026, 3, 1);
        java.time.LocalDate a = java.time.LocalDate.of(2026, 9, 1);
        qt().withFixedSeed(SEED).withExamples(100).forAll(pairs()).checkAssert(pair -> {
            Growth full = comparer.compare(pair.before(), b, pair.after(), a);
            Growth lean = comparer.compareLean(pair.before(), b, pair.after(), a);
            // every figure but the two assessments, which the lean one makes without structure (and AFTER's plan)
            Growth leanWithFull = new Growth(lean.participant(), lean.beforeAsOf(), lean.afterAsOf(), lean.added(),
                    lean.dropped(), lean.kept(), lean.categoriesGained(), lean.categoriesLost(), lean.becameSturdy(),
                    lean.becameThin(), lean.topics(), lean.giveBack(), lean.overdue(), lean.health(),
                    lean.followThrough(), full.before(), full.after());
            assertEquals(full, leanWithFull);
            assertEquals(GrowthJson.toJson(full), GrowthJson.toJson(lean));
            assertEquals(CohortGrowth.ParticipantGrowth.of(0, full.participant(), full),
                    CohortGrowth.ParticipantGrowth.of(0, lean.participant(), lean));
        });
    }

    @Test
    void swappingInvertsAddedDroppedAndTheDeltas() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(pairs()).checkAssert(pair -> {
            Growth forth = COMPARER.compare(pair.before(), pair.after());
            Growth back = COMPARER.compare(pair.after(), pair.before());
            assertEquals(forth.added(), back.dropped());
            assertEquals(forth.dropped(), back.added());
            assertEquals(forth.categoriesGained(), back.categoriesLost());
            assertEquals(forth.categoriesLost(), back.categoriesGained());
            assertEquals(forth.becameSturdy(), back.becameThin());
            assertEquals(-forth.health().delta(), back.health().delta());
            assertEquals(-forth.overdue().delta(), back.overdue().delta());
            assertEquals(forth.giveBack().before(), back.giveBack().after());
            Map<String, List<Change>> there = new TreeMap<>();
            forth.kept().forEach(k -> there.put(k.beforeId() + ">" + k.id(), k.changes()));
            Map<String, List<Change>> inverted = new TreeMap<>();
            back.kept().forEach(k -> inverted.put(k.id() + ">" + k.beforeId(), k.changes().stream()
                    .map(c -> new Change(c.field(), c.after(), c.before())).toList()));
            assertEquals(there, inverted);
        });
    }

    @Test
    void renamingIdsChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(pairs()).checkAssert(pair -> {
            Growth g = COMPARER.compare(pair.before(), pair.after());
            Growth renamed = COMPARER.compare(pair.before(), renameAll(pair.after()));
            assertEquals(names(g.added()), names(renamed.added()));
            assertEquals(g.dropped(), renamed.dropped());
            assertEquals(g.kept().stream().map(GrowthProperties::withoutIds).toList(),
                    renamed.kept().stream().map(GrowthProperties::withoutIds).toList());
            assertEquals(g.health(), renamed.health());
            assertEquals(g.categoriesGained(), renamed.categoriesGained());
            assertEquals(g.topics(), renamed.topics());
            assertEquals(g.followThrough(), renamed.followThrough());
        });
    }

    private static List<String> names(List<Tie> ties) {
        return ties.stream().map(Tie::name).toList();
    }

    private static String withoutIds(Kept k) {
        return k.beforeId() + " " + k.name() + " " + k.category() + " " + k.changes();
    }

    /** Every connection gets a new id; names, links and the rest stay. */
    private static Pln renameAll(Pln p) {
        Map<String, String> ids = new TreeMap<>();
        List<Connection> out = new ArrayList<>();
        for (Connection c : p.connections()) {
            String id = "z" + Integer.toHexString(c.id().hashCode()) + "-" + ids.size();
            ids.put(c.id(), id);
            out.add(c.toBuilder().id(id).build());
        }
        return new Pln(p.participant(), out, p.links().stream()
                .map(l -> new Link(ids.get(l.from()), ids.get(l.to()))).toList());
    }
}
