package org.plnkit.analysis.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link HealthScore#twoDecimals} writes what {@code String.format(Locale.ROOT, "%.2f", x)} writes. */
class TwoDecimalsProperties {
    private static String formatted(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    @Test
    void agreesWithTheFormatterOnSharesAndScores() {
        qt().withFixedSeed(20261203L).withExamples(20000).forAll(SourceDSL.doubles().between(0, 1))
                .checkAssert(x -> assertEquals(formatted(x), HealthScore.twoDecimals(x), Double.toString(x)));
        qt().withFixedSeed(20261204L).withExamples(5000).forAll(SourceDSL.doubles().between(-1e6, 1e6))
                .checkAssert(x -> assertEquals(formatted(x), HealthScore.twoDecimals(x), Double.toString(x)));
    }

    @Test
    void agreesOnHalvesAndEdges() {
        // every x.xx5 (the half-up cases), shares made of small counts, and the edges of the type
        for (int i = 0; i <= 1000; i++) {
            double x = i / 1000.0;
            assertEquals(formatted(x), HealthScore.twoDecimals(x), Double.toString(x));
            assertEquals(formatted(-x), HealthScore.twoDecimals(-x), Double.toString(-x));
        }
        for (int n = 1; n <= 60; n++) {
            for (int k = 0; k <= n; k++) {
                double x = (double) k / n;
                assertEquals(formatted(x), HealthScore.twoDecimals(x), k + "/" + n);
                assertEquals(formatted(x * x), HealthScore.twoDecimals(x * x), k + "/" + n + " squared");
            }
        }
        for (double x : new double[] {0.0, -0.0, 1.005, 0.125, 0.135, 2.675, 1e-7, 0.995, 0.9950000001, 1e20,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals(formatted(x), HealthScore.twoDecimals(x), Double.toString(x));
        }
    }
}
