package org.plnkit.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Problems are printed to terminals and logs: what could act on them is escaped, every script is kept. */
class ProblemTextTest {
    @Test
    void controlAndBidiCharactersAreEscapedLettersAndEmojiAreKept() {
        Problem p = Problem.error(Place.cell("a\u001B[31m.xlsx", "Conn\u202Eections", "B2", "name\u0007"),
                "name \"Jane\u001B[2J\" \u2066x\u2069 \uFEFF\u200B\ttab\nline");
        assertEquals("a\\u001B[31m.xlsx Conn\\u202Eections!B2: error: name \"Jane\\u001B[2J\" \\u2066x\\u2069"
                + " \\uFEFF\\u200B\\ttab\\nline", p.toString());
        String kept = "María 👩🏽‍🏫 López, مكتبة المدرسة, שרה כהן, 🏴󠁧󠁢󠁳󠁣󠁴󠁿, e\u0301";
        assertEquals(kept, Problem.warning(Place.file("f"), kept).message());
        assertEquals("\\uD83D", Problem.warning(Place.file("f"), "\uD83D").message(), "a lone surrogate");
    }
}
