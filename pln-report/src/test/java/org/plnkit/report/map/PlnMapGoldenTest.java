package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.ParticipantReport;

/**
 * The SVG of maps, byte for byte: three variants under {@code src/test/resources}, and the sample maps of the
 * documentation in {@code docs/img} (so that they stay current). When a change to the picture is intended, look
 * at the new maps, then regenerate with {@code mvn -pl pln-report verify -Dgolden.update=true}, which also
 * rewrites the samples' PNG and alt text. Text is measured with the fonts installed: the goldens were made with
 * DejaVu Sans.
 */
class PlnMapGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "org", "plnkit", "report", "map",
            "golden");
    private static final Path DOCS = Path.of("..", "docs", "img");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void mariaLopezLight() throws IOException {
        check("maria-lopez", Fixtures.maria(), Fixtures.options().build());
    }

    @Test
    void thinPlnAnonymizedDark() throws IOException {
        check("thin-pln-anonymized-dark", Fixtures.thin(),
                Fixtures.options().anonymize(true).theme(Theme.DARK).build());
    }

    @Test
    void overReliantPlnWithoutLegend() throws IOException {
        check("over-reliant-pln-no-legend", Fixtures.overReliant(), Fixtures.options().legend(false).build());
    }

    @Test
    void documentationSamples() throws IOException {
        // as pln map and pln assess draw it: with the assessment's overdue check-ins, gaps and notes
        ParticipantReport maria = ParticipantReport.of(Fixtures.maria(), AssessmentOptions.asOf(Fixtures.AS_OF),
                false);
        sample("maria-lopez", maria.pln(), maria.mapOptions());
        sample("maria-lopez-anonymized-dark", Fixtures.maria(),
                Fixtures.options().anonymize(true).theme(Theme.DARK).build());
        sample("thin-pln", Fixtures.thin(), Fixtures.options().build());
        sample("over-reliant-pln", Fixtures.overReliant(), Fixtures.options().build());
    }

    private static void check(String name, Pln pln, MapOptions options) throws IOException {
        compare(GOLDEN.resolve(name + ".svg"), new PlnMapRenderer(options).svg(pln));
    }

    /** A sample map of the documentation: the SVG is checked; on update the PNG and the alt text are written. */
    private static void sample(String name, Pln pln, MapOptions options) throws IOException {
        PlnMapRenderer renderer = new PlnMapRenderer(options);
        compare(DOCS.resolve(name + ".svg"), renderer.svg(pln));
        if (UPDATE) {
            Files.write(DOCS.resolve(name + ".png"), renderer.png(pln));
            Files.writeString(DOCS.resolve(name + ".alt.txt"), renderer.altText(pln) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static void compare(Path golden, byte[] svg) throws IOException {
        String name = golden.getFileName().toString();
        String actual = new String(svg, StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + ": run with -Dgolden.update=true and look at the result");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            int i = 0;
            while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
                i++;
            }
            assertEquals(excerpt(expected, i), excerpt(actual, i),
                    name + " differs from the golden file at character " + i
                            + " (regenerate with -Dgolden.update=true if the change is intended)");
        }
    }

    private static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 80), Math.min(s.length(), at + 80));
    }
}
