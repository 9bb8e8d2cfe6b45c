package org.plnkit.core.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** {@link Text#isBlank}'s first-character shortcut gives what {@link String#isBlank} gives. */
class BlankProperties {
    @Test
    void agreesWithTheJdkOnAnyText() {
        qt().withFixedSeed(31L).withExamples(3000)
                .forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 6))
                .checkAssert(s -> assertEquals(s.isBlank(), Text.isBlank(s), () -> "code points " + s.codePoints()
                        .mapToObj(Integer::toHexString).toList()));
    }

    @Test
    void whiteSpaceAtTheStartIsLookedPast() {
        assertTrue(Text.isBlank(null));
        assertTrue(Text.isBlank(" \t\u2003\n"));
        assertTrue(Text.isBlank("\u3000"));   // the ideographic space is white space
        assertFalse(Text.isBlank("\u2003x"));
        assertFalse(Text.isBlank("x "));
    }
}
