package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plnkit.core.model.Pln;
import org.plnkit.core.problem.Problem;

/**
 * Coverage-guided fuzzing of the participant-file reader with Jazzer. In a normal build ({@code mvn verify}) each
 * test runs once per input kept under {@code src/test/resources/org/plnkit/core/read/ReaderFuzzTestInputs/} (the
 * hostile cases found so far); to fuzz for new ones, run
 * {@code JAZZER_FUZZ=1 mvn -pl pln-core test -Dtest=ReaderFuzzTest}: findings are written next to those inputs,
 * where they stay as regression tests. QuickTheories' generators ({@code *Properties}) cover the shapes we can
 * think of; this finds the ones we cannot.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void anyBytesAsYamlGiveProblemsOrAPlnNeverAnException(byte[] bytes) {
        check(new ParticipantFileReader().read("fuzz.yaml", bytes));
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesAsJsonGiveProblemsOrAPlnNeverAnException(byte[] bytes) {
        check(new ParticipantFileReader().read("fuzz.json", bytes));
    }

    private static void check(ReadResult<Pln> r) {
        assertEquals(r.value().isEmpty(), r.hasErrors(), r.problems().toString());
        for (Problem p : r.problems()) {
            String s = p.toString();
            assertFalse(s.isBlank());
            // messages are safe to print: no control character reaches the terminal
            assertFalse(s.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F), s);
        }
    }
}
