package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.analysis.PlnGen;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants of the suggestions of random plans drawn from the starter directory (QuickTheories, fixed seed): a plan
 * never suggests the same resource twice, never one the participant already has (by name, however spaced or cased,
 * or by web address, however written), and the same PLN always gives the same plan.
 */
class PlanSuggestionProperties {
    private static final long SEED = 20261203L;
    private static final ResourceDirectory STARTER = ResourceDirectory.starter(Taxonomy.defaults());
    private static final AssessmentOptions OPTIONS = AssessmentOptions.defaults().withSuggestions(STARTER);
    private static final List<String> ROLES = List.of("Teacher librarian", "Kindergarten teacher", "ESL teacher",
            "Dean of students", "Computer lab teacher", "High school chemistry teacher", "Middle school math teacher",
            "Instructional technology coach", "Elementary school principal", "School counselor", "Art teacher",
            "Band director", "Special education teacher", "CTE teacher", "Spanish teacher", "New teacher",
            "Science and math teacher", "Classroom teacher");
    private static final List<String> TOPICS = List.of("coding", "digital citizenship", "simulations", "labs",
            "growth mindset", "primary sources", "civics", "udl", "classroom management", "project-based learning",
            "social-emotional learning", "professional learning", "media literacy", "computer science",
            "makerspaces", "information literacy");

    /** A PLN of a role, some topics, some of the directory's own entries (as held) and some other connections. */
    private static Gen<Pln> plns() {
        Gen<int[]> held = Generate.intArrays(Generate.constant(2), integers().between(0, 1000));
        return integers().between(0, ROLES.size() - 1).zip(integers().between(0, (1 << TOPICS.size()) - 1),
                lists().of(held).ofSizeBetween(0, 12), lists().of(PlnGen.connectionRows()).ofSizeBetween(0, 12),
                PlanSuggestionProperties::build);
    }

    private static Pln build(int role, int topicMask, List<int[]> held, List<int[]> others) {
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            if ((topicMask & 1 << t) != 0) {
                topics.add(TOPICS.get(t));
            }
        }
        List<Connection> cs = new ArrayList<>();
        List<Suggestion> all = STARTER.resources();
        for (int i = 0; i < held.size(); i++) {
            Suggestion s = all.get(held.get(i)[0] % all.size());
            // the same name, the name spelled otherwise, or another name at the same address written otherwise
            int how = held.get(i)[1] % 3;
            String name = switch (how) {
                case 0 -> s.name();
                case 1 -> "  " + s.name().toUpperCase(Locale.ROOT).replace(" ", "   ") + " ";
                default -> "My bookmark " + i;
            };
            Connection.Builder b = Connection.builder("h" + i, name, s.kind().orElse(Kind.RESOURCE),
                    s.category().orElse("blogs-websites"));
            if (how == 2 && s.url().isPresent()) {
                b.url(s.url().get().replace("https://", "http://").replace("://www.", "://") + "/");
            }
            cs.add(b.build());
        }
        for (int i = 0; i < others.size(); i++) {
            cs.add(PlnGen.connection("c" + i, others.get(i)));
        }
        Participant p = new Participant("p", "Pat Doe", Optional.of(ROLES.get(role)), Optional.empty(), topics,
                Optional.empty(), Optional.of(PlnGen.AS_OF));
        return new Pln(p, cs, List.of());
    }

    @Test
    void aPlanSuggestsEachResourceOnceAndNothingThePlnHolds() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(plns()).checkAssert(pln -> {
            Set<String> heldNames = new HashSet<>();
            Set<String> heldUrls = new HashSet<>();
            for (Connection c : pln.connections()) {
                heldNames.add(ResourceDirectory.nameKey(c.name()));
                c.url().ifPresent(u -> heldUrls.add(ResourceDirectory.urlKey(u)));
            }
            Set<String> seen = new HashSet<>();
            for (Recommendation r : Assessor.assess(pln, OPTIONS).actionPlan().recommendations()) {
                for (Suggestion s : r.suggestions()) {
                    String key = ResourceDirectory.nameKey(s.name());
                    assertFalse(!seen.add(key), s.name() + " suggested twice (again in step " + r.rank() + ")");
                    assertFalse(heldNames.contains(key), s.name() + " is already in the PLN");
                    assertFalse(s.url().map(ResourceDirectory::urlKey).filter(heldUrls::contains).isPresent(),
                            s.name() + "'s address is already in the PLN");
                }
            }
        });
    }

    @Test
    void theSamePlnGivesTheSamePlan() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(plns()).checkAssert(pln ->
                assertEquals(Assessor.assess(pln, OPTIONS).actionPlan(), Assessor.assess(pln, OPTIONS).actionPlan()));
    }
}
