package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The quick path of {@link ResourceDirectory#nameKey} (printable ASCII) gives what its rules give: NFKC, lower case,
 * runs of white space one space, punctuation and spaces trimmed from both ends.
 */
class NameKeyProperties {
    /** Letters, digits, spaces and every ASCII punctuation mark, weighted towards the edges' cases. */
    private static final String ALPHABET = "aZ9 -.,!'\"#$%&()*+/:;<=>?@[\\]^_`{|}~Mz0 #  ";

    private static Gen<String> asciiNames() {
        return SourceDSL.lists().of(Generate.pick(ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).toList()))
                .ofSizeBetween(0, 24).map(l -> String.join("", l));
    }

    @Test
    void theQuickPathAgreesWithTheRules() {
        qt().withFixedSeed(20261203L).withExamples(3000).forAll(asciiNames())
                .checkAssert(s -> assertEquals(ResourceDirectory.nameKeyByRules(s), ResourceDirectory.nameKey(s), s));
    }

    @Test
    void namesOutsideAsciiTakeTheRules() {
        for (String s : new String[] {"  Ｆｕｌｌ　Width ", "Café  Éducation!", "#ÉdChat", "tab\there", "", "...",
                "  #MTBoS  ", "ISTE!", "The  Joyful Compass Podcast"}) {
            assertEquals(ResourceDirectory.nameKeyByRules(s), ResourceDirectory.nameKey(s), s);
        }
        assertEquals("mtbos", ResourceDirectory.nameKey("  #MTBoS!  "));
        assertEquals("the joyful compass podcast", ResourceDirectory.nameKey("The  Joyful Compass Podcast"));
    }
}
