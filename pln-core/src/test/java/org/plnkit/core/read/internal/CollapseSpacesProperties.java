package org.plnkit.core.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Text#collapseSpaces} (with its quick answer for text that has nothing to collapse) gives what its rule
 * gives, written here as a regular expression: stripped, each run of white space or space characters one space.
 */
class CollapseSpacesProperties {
    /** Letters, plain spaces, and every kind of space and line break a spreadsheet cell may hold. */
    private static final String ALPHABET = "aZ9é#  \t\n\r\f\u00a0\u2007\u202f\u3000\u2028\u2029\u000b\u001c\u001fx.";
    /** What {@code Character.isWhitespace} or {@code isSpaceChar} accepts: ASCII white space, FS to US, separators. */
    private static final Pattern RUNS = Pattern.compile("[\\s\\x1C-\\x1F\\p{Z}]+");

    private static Gen<String> texts() {
        return SourceDSL.lists().of(Generate.pick(ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).toList()))
                .ofSizeBetween(0, 20).map(l -> String.join("", l));
    }

    /** The rule: stripped, each run of white space or space characters one space. */
    private static String byRule(String s) {
        return RUNS.matcher(s.strip()).replaceAll(" ");
    }

    @Test
    void agreesWithTheRule() {
        qt().withFixedSeed(20261203L).withExamples(5000).forAll(texts())
                .checkAssert(s -> assertEquals(byRule(s), Text.collapseSpaces(s), s));
    }

    @Test
    void textWithNothingToCollapseIsReturnedAsItIs() {
        qt().withFixedSeed(20261205L).withExamples(2000).forAll(texts()).checkAssert(s -> {
            String t = s.strip();
            if (byRule(t).equals(t)) {
                assertSame(t, Text.collapseSpaces(t), t);
            }
        });
    }
}
