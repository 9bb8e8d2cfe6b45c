package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** Invariants of the assessment on random PLNs (QuickTheories, fixed seed). */
class AssessmentProperties {
    private static final long SEED = 20261128L;
    private static final AssessmentOptions OPTIONS = AssessmentOptions.defaults();

    private static Assessment assess(Pln p) {
        return Assessor.assess(p, OPTIONS);
    }

    @Test
    void sharesSumToOne() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(PlnGen.plns(1, 40))
                .checkAssert(p -> {
                    Reliance r = assess(p).reliance();
                    double sum = r.weights().stream().mapToDouble(Reliance.ConnectionWeight::share).sum();
                    assertEquals(1.0, sum, 1e-9);
                    assertEquals(p.connections().size(), r.weights().size());
                });
    }

    @Test
    void concentrationLiesBetweenOneOverNAndOne() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(PlnGen.plns(1, 40))
                .checkAssert(p -> {
                    Reliance r = assess(p).reliance();
                    int n = p.connections().size();
                    double h = r.herfindahl().orElseThrow();
                    assertTrue(h >= 1.0 / n - 1e-12 && h <= 1 + 1e-12, "H = " + h + " for n = " + n);
                    double hn = r.normalizedHerfindahl().orElseThrow();
                    assertTrue(hn >= 0 && hn <= 1, "H* = " + hn);
                    assertTrue(r.top().orElseThrow().share() >= 1.0 / n - 1e-12);
                });
    }

    @Test
    void addingAConnectionInAGapCategoryRemovesTheGapAndNeverLowersCoverage() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(PlnGen.plns(30), PlnGen.connectionRows(), integers().between(0, 100))
                .assuming((p, row, pick) -> !CoverageOf.of(p).gaps().isEmpty())
                .checkAssert((p, row, pick) -> {
                    Assessment before = assess(p);
                    Coverage cb = before.coverage();
                    String gap = cb.gaps().get(pick % cb.gaps().size()).category();
                    Connection added = PlnGen.connection("added", row).toBuilder().category(gap).build();
                    List<Connection> cs = new ArrayList<>(p.connections());
                    cs.add(added);
                    Assessment after = assess(new Pln(p.participant(), cs, p.links()));
                    Coverage ca = after.coverage();
                    assertFalse(ca.isGap(gap));
                    assertEquals(cb.covered() + 1, ca.covered());
                    assertTrue(ca.share() > cb.share());
                    assertTrue(ca.weightedScore() >= cb.weightedScore());
                    assertTrue(after.health().part(Health.Part.COVERAGE).score().orElseThrow()
                            >= before.health().part(Health.Part.COVERAGE).score().orElseThrow());
                });
    }

    @Test
    void theAssessmentDoesNotDependOnTheOrderOfConnectionsOrLinks() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(PlnGen.plns(30), longs().all())
                .checkAssert((p, seed) -> {
                    Random rnd = new Random(seed);
                    List<Connection> cs = new ArrayList<>(p.connections());
                    Collections.shuffle(cs, rnd);
                    List<Link> ls = new ArrayList<>();
                    for (Link l : p.links()) {
                        ls.add(rnd.nextBoolean() ? l : new Link(l.to(), l.from()));
                    }
                    Collections.shuffle(ls, rnd);
                    Pln shuffled = new Pln(p.participant(), cs, ls);
                    Assessment a = assess(p);
                    Assessment b = assess(shuffled);
                    assertEquals(a, b);
                    assertEquals(AssessmentJson.toJson(a), AssessmentJson.toJson(b));
                });
    }

    @Test
    void anonymizingNamesChangesNoNumber() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(PlnGen.plns(30))
                .checkAssert(p -> {
                    List<Connection> cs = new ArrayList<>();
                    int i = 0;
                    for (Connection c : p.connections()) {
                        cs.add(c.toBuilder().name("Connection " + ++i).build());
                    }
                    Participant q = p.participant();
                    Participant anon = new Participant(q.id(), "Participant", Optional.empty(), Optional.empty(),
                            q.topics(), q.organizer(), q.asOf());
                    Pln anonymous = new Pln(anon, cs, p.links());
                    assertEquals(numbers(assess(p)), numbers(assess(anonymous)));
                });
    }

    @Test
    void scoresCountsAndStructureStayInRange() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(PlnGen.plns(40))
                .checkAssert(p -> {
                    Assessment a = assess(p);
                    int n = p.connections().size();
                    assertTrue(a.health().score() >= 0 && a.health().score() <= 100);
                    a.health().subScores().forEach(s -> s.score().ifPresent(v -> assertTrue(v >= 0 && v <= 100)));
                    assertEquals(n, a.composition().local() + a.composition().online());
                    assertEquals(a.coverage().categories(), a.coverage().covered() + a.coverage().gaps().size());
                    a.structure().effectiveSize().ifPresent(e -> assertTrue(e >= 1 - 1e-12 && e <= n + 1e-12));
                    a.structure().efficiency().ifPresent(e -> assertTrue(e > 0 && e <= 1 + 1e-12));
                    // Burt's constraint peaks at 9/8, for two connections linked to each other
                    a.structure().constraint().ifPresent(c -> assertTrue(c > 0 && c <= 1.125 + 1e-12, "c = " + c));
                    for (int r = 0; r < a.actionPlan().recommendations().size(); r++) {
                        assertEquals(r + 1, a.actionPlan().recommendations().get(r).rank());
                    }
                });
    }

    /** Every number and boolean of the JSON output with its path; names and texts left out. */
    private static List<String> numbers(Assessment a) {
        try {
            JsonNode root = new ObjectMapper().readTree(AssessmentJson.toJson(a));
            List<String> out = new ArrayList<>();
            walk("", root, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(String path, JsonNode n, List<String> out) {
        if (n.isNumber() || n.isBoolean()) {
            out.add(path + "=" + n.asText());
        } else if (n.isObject()) {
            n.properties().forEach(e -> walk(path + "." + e.getKey(), e.getValue(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(path + "[" + i + "]", n.get(i), out);
            }
        }
    }

    /** Coverage alone, for assumptions. */
    private static final class CoverageOf {
        static Coverage of(Pln p) {
            return new org.plnkit.analysis.gaps.CoverageMeasure(OPTIONS.taxonomy(), OPTIONS.coreCategories(),
                    OPTIONS.thresholds()).measure(p);
        }
    }
}
