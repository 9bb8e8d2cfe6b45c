package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {
    private static final String SAMPLE = "../samples/maria-lopez-librarian.yaml";

    @Test
    void writesAPngOfTheAskedSizeWithAltTextBeside(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("maria.png");
        Cli r = Cli.run("map", SAMPLE, "-o", png.toString(), "--size", "1200x900");
        assertEquals(0, r.exit(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(900, img.getHeight());
        String alt = Files.readString(dir.resolve("maria.alt.txt"));
        assertTrue(alt.startsWith("A map of the personal learning network of Maria Lopez on 1 November 2026"), alt);
    }

    @Test
    void anonymizedSvgNamesNoPersonAndIsStable(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("m.svg");
        assertEquals(0, Cli.run("map", SAMPLE, "-o", svg.toString(), "--anonymize").exit());
        String text = Files.readString(svg);
        for (String person : new String[] {"Jane Kim", "Tom Alvarez", "Ruth Okafor", "Maria Lopez"}) {
            assertFalse(text.contains(person), person);
            assertFalse(Files.readString(dir.resolve("m.alt.txt")).contains(person), person);
        }
        assertTrue(text.contains("Local colleague 1"));
        assertTrue(text.contains("American Association of School Librarians"));
        byte[] first = Files.readAllBytes(svg);
        assertEquals(0, Cli.run("map", SAMPLE, "-o", svg.toString(), "--anonymize", "--force").exit());
        assertArrayEquals(first, Files.readAllBytes(svg), "same input, same bytes");
    }

    @Test
    void existingOutputsNeedForceAndBadOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("m.png");
        Files.writeString(png, "keep me");
        Cli r = Cli.run("map", SAMPLE, "-o", png.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("already exists; add --force to replace it"), r.err());
        assertEquals("keep me", Files.readString(png));
        assertEquals(2, Cli.run("map", SAMPLE, "-o", png.toString(), "--size", "big").exit());
        assertEquals(2, Cli.run("map", SAMPLE, "-o", dir.resolve("m.gif").toString()).exit());
        assertEquals(2, Cli.run("map", SAMPLE, "--theme", "neon", "-o", png.toString()).exit());
    }

    @Test
    void anInvalidFileDrawsNoMap(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: robot, category: mentors}\n");
        Cli r = Cli.run("map", bad.toString(), "-o", dir.resolve("x.png").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("kind \"robot\" is not one of person, organization, resource"), r.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void aCohortInputDrawsTheCohortMap(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("cohort.png");
        Cli r = Cli.run("map", "../samples/lakeside-district.xlsx", "-o", png.toString(), "--as-of", "2026-11-01");
        assertEquals(1, r.exit(), "the sample cohort has rows with errors: drawn, and flagged");
        assertTrue(r.out().contains("30 participants"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertTrue(Files.readString(dir.resolve("cohort.alt.txt")).length() > 100);
    }

    @Test
    void theMapAndTheAssessmentAgreeOnOverdueCheckIns(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("m.svg");
        assertEquals(0, Cli.run("map", SAMPLE, "-o", svg.toString()).exit());
        Cli json = Cli.run("assess", SAMPLE, "--format", "json");
        String alt = Files.readString(dir.resolve("m.alt.txt"));
        com.fasterxml.jackson.databind.JsonNode overdue = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out()).get("upkeep").get("overdueCheckIns");
        assertTrue(alt.contains(overdue.size() + " check-in") || overdue.size() == 0, alt + " / " + overdue.size());
    }

    /** Every --size message says the range allowed, whatever was wrong with the value. */
    @Test
    void aSizeOutOfRangeSaysTheRange(@TempDir Path dir) {
        String range = "the width must be 480 to 8000 points and the height 360 to 8000 (from 480x360 to 8000x8000)";
        for (String size : new String[] {"10x10", "100000x100000", "9000x600", "800x200", "400x300"}) {
            Cli r = Cli.run("map", "../samples/sam-rivera-new-teacher.yaml", "-o", dir.resolve("m.png").toString(),
                    "--size", size);
            assertEquals(2, r.exit(), size);
            assertTrue(r.err().startsWith("--size " + size + " is out of range: " + range + "\n"), r.err());
        }
        // the smallest size allowed draws (it failed inside the tool when the command allowed less than the map)
        Cli smallest = Cli.run("map", "../samples/maria-lopez-librarian.yaml", "-o", dir.resolve("s.png").toString(),
                "--size", "480x360");
        assertEquals(0, smallest.exit(), smallest.err());
        Cli words = Cli.run("map", "../samples/sam-rivera-new-teacher.yaml", "--size", "big");
        assertTrue(words.err().startsWith("--size is WIDTHxHEIGHT in points, e.g. 1600x1200, not big; " + range),
                words.err());
    }
}
