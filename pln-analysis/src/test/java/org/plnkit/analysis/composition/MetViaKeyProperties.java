package org.plnkit.analysis.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The key of a "met via" text is the one the separators' pattern gives, with or without separators in it. */
class MetViaKeyProperties {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

    @Test
    void theKeyIsThePatternsReplacement() {
        String alphabet = "aB_ -\t\n\u000B\f\r\u00A0\u2003\u0130x";
        qt().withExamples(5000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(0, 12)).checkAssert(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(c -> b.append(alphabet.charAt(c)));
                    String text = b.toString();
                    assertEquals(SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("-"),
                            CompositionMeasure.metViaKey(text), text);
                });
    }
}
