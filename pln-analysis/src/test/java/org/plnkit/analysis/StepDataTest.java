package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.Step;
import org.plnkit.analysis.plan.StepWords;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;

/**
 * Action-plan steps as data: every title and reason is rendered from the step's kind and arguments, connections
 * are named only through the naming function (so a redactor can hide people by kind), and the JSON carries the
 * step's kind and arguments.
 */
class StepDataTest {
    private static final long SEED = 20261202L;
    /** Names people by their kind, as an anonymized output would. */
    private static final Function<ConnectionRef, String> HIDE_PEOPLE =
            c -> c.kind() == Kind.PERSON ? "a colleague" : c.name();

    @ParameterizedTest
    @ValueSource(strings = {Samples.MARIA, Samples.SAM, Samples.ALEX})
    void theWordsAreRenderedFromTheStep(String sample) {
        Assessment a = AssessmentOutputTest.assess(sample);
        assertFalse(a.actionPlan().isEmpty());
        for (Recommendation r : a.actionPlan().recommendations()) {
            assertEquals(StepWords.title(r.step()), r.title());
            assertEquals(r.reason(ConnectionRef::name), r.reason());
            assertEquals(r.step().type(), r.type());
            assertEquals(r.step().connections(), r.connections());
        }
    }

    @Test
    void namingPeopleByKindHidesEveryPersonAStepNames() {
        int[] named = {0};
        qt().withFixedSeed(SEED).withExamples(120).forAll(PlnGen.plns(1, 25)).checkAssert(pln -> {
            Assessment a = Assessor.assess(pln, AssessmentOptions.defaults());
            List<String> people = pln.connections().stream().filter(c -> c.kind() == Kind.PERSON)
                    .map(Connection::name).toList();
            for (Recommendation r : a.actionPlan().recommendations()) {
                String shown = r.title() + " " + r.reason();
                String hidden = r.title(HIDE_PEOPLE) + " " + r.reason(HIDE_PEOPLE);
                for (String person : people) {
                    if (word(person).matcher(shown).find()) {
                        named[0]++;
                    }
                    assertFalse(word(person).matcher(hidden).find(), person + " in " + hidden);
                }
                // what is not a person keeps its name
                for (ConnectionRef c : r.connections()) {
                    if (c.kind() != Kind.PERSON && word(c.name()).matcher(shown).find()) {
                        assertTrue(word(c.name()).matcher(hidden).find(), c.name() + " in " + hidden);
                    }
                }
            }
        });
        assertTrue(named[0] > 0, "no step named a person: the property says nothing");
    }

    /** A name as a whole word: "Name c1" is not in "Name c10". */
    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\w])" + Pattern.quote(name) + "(?![\\w])");
    }

    @Test
    void theJsonCarriesEachStepsKindAndArguments() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (String sample : List.of(Samples.MARIA, Samples.SAM, Samples.ALEX)) {
            Assessment a = AssessmentOutputTest.assess(sample);
            JsonNode plan = new ObjectMapper().readTree(AssessmentJson.toJson(a)).get("actionPlan");
            List<Recommendation> recs = a.actionPlan().recommendations();
            assertEquals(recs.size(), plan.size());
            for (int i = 0; i < recs.size(); i++) {
                Step step = recs.get(i).step();
                JsonNode j = plan.get(i).get("step");
                assertEquals(step.kind().id(), j.get("kind").asText());
                List<String> fields = new ArrayList<>();
                j.fieldNames().forEachRemaining(fields::add);
                List<String> expected = new ArrayList<>(List.of("kind"));
                expected.addAll(step.arguments().keySet());
                assertEquals(expected, fields, step.kind().id());
                kinds.add(step.kind().id());
            }
        }
        assertTrue(kinds.size() >= 6, "the samples show " + kinds);
    }

    @Test
    void eachKindIsSpelledInJsonAsItsNameAndPrintsSo() {
        for (Step.Kind k : Step.Kind.values()) {
            assertEquals(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), k.id());
            assertEquals(k.id(), k.toString());
        }
    }

    @Test
    void everyKindOfStepHasItsRecordAndEveryRecordItsKind() {
        Step reachOnline = new Step.Reach(true, 9, 1, 10);
        Step reachLocal = new Step.Reach(false, 9, 1, 10);
        assertEquals(Step.Kind.REACH_ONLINE, reachOnline.kind());
        assertEquals(Step.Kind.REACH_LOCAL, reachLocal.kind());
        java.util.Set<Class<?>> records = new java.util.HashSet<>();
        for (Step.Kind k : Step.Kind.values()) {
            if (k != Step.Kind.REACH_ONLINE && k != Step.Kind.REACH_LOCAL) {
                assertTrue(records.add(k.record()), "one kind per record: " + k);
            }
        }
        records.add(Step.Reach.class);
        assertEquals(java.util.Set.of(Step.class.getPermittedSubclasses()), records);
    }

    @Test
    void aStepWithoutSuggestionsForAnEmptyCategoryGivesTheTaxonomysExamples() {
        Pln pln = Samples.read(Samples.SAM);
        Assessment a = Assessor.assess(pln, AssessmentOptions.defaults());
        Recommendation gap = a.actionPlan().recommendations().stream()
                .filter(r -> r.step() instanceof Step.AddInCategory s && !s.examples().isEmpty())
                .findFirst().orElseThrow();
        Step.AddInCategory s = (Step.AddInCategory) gap.step();
        assertTrue(gap.suggestions().isEmpty());
        assertEquals(StepWords.reason(s) + " For example: " + org.plnkit.analysis.words.Words.and(s.examples())
                + ".", gap.reason());
    }
}
