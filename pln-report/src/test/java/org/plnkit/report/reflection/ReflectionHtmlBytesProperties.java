package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's bytes, with the picture written straight into them, are the page's text in UTF-8. */
class ReflectionHtmlBytesProperties {
    /** Lines of each kind the draft writes, with any text (any code point, lone surrogates too) put in. */
    private static final String[] SHAPES = {"# %s", "## %s", "- %s", "1. %s", "> ✍️ %s", "%s", "", "---",
            "![%s](map.png)", "<details><summary>Description of the map</summary>", "</details>"};

    @Test
    void bytesAreThePageInUtf8() {
        qt().withExamples(300).withFixedSeed(23L)
                .forAll(lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 14),
                        integers().all(), integers().between(-1, 3000))
                .checkAssert((texts, seed, pictureSize) -> {
                    Random r = new Random(seed);
                    List<String> lines = new ArrayList<>();
                    for (String t : texts) {
                        lines.add(SHAPES[r.nextInt(SHAPES.length)].replace("%s", t));
                    }
                    String markdown = String.join("\n", lines);
                    Optional<byte[]> png = Optional.empty();
                    if (pictureSize >= 0) {
                        byte[] p = new byte[pictureSize];
                        r.nextBytes(p);
                        png = Optional.of(p);
                    }
                    String title = texts.isEmpty() ? "My personal learning network" : texts.get(0);
                    assertArrayEquals(ReflectionHtml.page(markdown, png, title).getBytes(StandardCharsets.UTF_8),
                            ReflectionHtml.bytes(markdown, png, title), markdown);
                });
    }

    @Test
    void largePicturesWithTextBeyondLatin1() {
        String markdown = "# Mon réseau — “PLN”\n\n![Carte de Zoë’s réseau](map.png)\n\n✍️ Qu’ai-je appris ?\n";
        // the picture is encoded 48 kB at a time: sizes on and around the edges of those slices, and a map's size
        for (int size : new int[] {49_152, 49_153, 49_154, 98_303, 98_304, 400_000}) {
            byte[] png = new byte[size];
            new Random(size).nextBytes(png);
            assertArrayEquals(ReflectionHtml.page(markdown, Optional.of(png), "Réseau")
                    .getBytes(StandardCharsets.UTF_8), ReflectionHtml.bytes(markdown, Optional.of(png), "Réseau"),
                    "picture of " + size + " bytes");
        }
    }
}
