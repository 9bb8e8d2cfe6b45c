package org.plnkit.core.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/**
 * {@link Text#slug} takes a short cut for ASCII names (no normalizer, no string per character): it gives exactly the
 * slug of the general path, for any ASCII text and for text with other characters too.
 */
class SlugProperties {
    @Test
    void asciiNamesGetTheSlugOfTheGeneralPath() {
        qt().withFixedSeed(17L).withExamples(2000)
                .forAll(strings().ascii().ofLengthBetween(0, 40))
                .checkAssert(name -> assertEquals(Text.slugOfAny(name), Text.slug(name), name));
    }

    @Test
    void otherNamesTooGetTheSlugOfTheGeneralPath() {
        qt().withFixedSeed(18L).withExamples(1000)
                .forAll(strings().betweenCodePoints(0x20, 0x2FF).ofLengthBetween(0, 30))
                .checkAssert(name -> assertEquals(Text.slugOfAny(name), Text.slug(name), name));
        assertEquals("cafe-creme-2", Text.slug(" Café  crème #2 "));
        assertEquals("abc-xyz-09", Text.slug("ABC--xyz__09"));
    }
}
