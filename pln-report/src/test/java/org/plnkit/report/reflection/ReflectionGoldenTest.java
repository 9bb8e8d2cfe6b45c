package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.map.PlnMap;

/**
 * The reflection drafts of the three samples, compared with golden files under
 * {@code src/test/resources/org/plnkit/report/reflection/golden}; {@code -Dgolden.update=true} rewrites them, to be
 * reviewed in the diff.
 */
class ReflectionGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/org/plnkit/report/reflection/golden");

    static List<String> samples() {
        return SampleParticipants.NAMES;
    }

    static String draft(ParticipantReport r) {
        String alt = PlnMap.altText(r.pln(), r.mapOptions());
        return new ReflectionDraft(r.taxonomy()).markdown(r.pln(), r.assessment(),
                new ReflectionDraft.MapFigure(Optional.of("map.png"), alt, Optional.of("workbook.xlsx")));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void matchesItsGoldenFile(String name) throws IOException {
        String md = draft(SampleParticipants.report(SampleParticipants.read(name), false));
        Path file = DIR.resolve(name + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, md, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), md, "differs from " + file
                + " (if the change is intended, regenerate with -Dgolden.update=true)");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void answersEveryPromptOfTheWorkshop(String name) {
        String md = draft(SampleParticipants.report(SampleParticipants.read(name), false));
        for (String heading : List.of("# My personal learning network", "## Problem-solving with my PLN",
                "## My connections", "## My resources", "## Maintaining my PLN", "## What I will do next")) {
            assertTrue(md.contains("\n" + heading + "\n") || md.startsWith(heading + "\n"), heading);
        }
        assertTrue(md.contains("> " + ReflectionDraft.WRITE_HERE + " **Write this part yourself.**"),
                "the problem-solving story is a marked prompt");
        assertTrue(md.contains("![A map of the personal learning network of "), "the map with its alt text");
        assertTrue(md.contains("**How I connected.**") && md.contains("**What they bring me.**")
                && md.contains("**How I give back.**"));
        assertTrue(md.endsWith("\n") && !md.contains("\r"));
    }

    @Test
    void speaksForTheParticipantWhereTheFactsAllow() {
        String dana = draft(SampleParticipants.report(SampleParticipants.dana(), false));
        assertTrue(dana.contains("I connect most with Marcus Bell (daily, value 5 of 5)"), dana);
        assertTrue(dana.contains("Marcus Bell is my only source for 4 of my 5 topics"), dana);
        assertTrue(dana.contains("State EdTech Leaders and ISTE through Marcus Bell")
                || dana.contains("through Marcus Bell"), "met_via naming a connection's id reads as its name");
        assertTrue(dana.contains("I do not give back to my connections yet."), dana);
        String sam = draft(SampleParticipants.report(SampleParticipants.sam(), false));
        assertTrue(sam.contains("- **Formative assessment**: no one yet"), sam);
        assertTrue(sam.contains("I have not chosen a tool to organize my resources yet."), sam);
        assertTrue(sam.contains("Not yet in my PLN: Social networks, Online communities"), sam);
    }

    @Test
    void anAnonymizedDraftNamesNoPerson() {
        String md = draft(SampleParticipants.report(SampleParticipants.maria(), true));
        for (String secret : List.of("Maria", "Lopez", "Jane Kim", "Tom Alvarez", "Ruth Okafor", "Lincoln Middle")) {
            assertFalse(md.contains(secret), secret);
        }
        assertTrue(md.contains("Local colleague 1 and Local colleague 2 (local colleagues) and Mentor 1 (mentor)"), md);
        assertTrue(md.contains("[American Association of School Librarians](https://www.ala.org/aasl)"));
        String dana = draft(SampleParticipants.report(SampleParticipants.dana(), true));
        assertFalse(dana.toLowerCase(java.util.Locale.ROOT).contains("marcus"), dana);
        assertTrue(dana.contains("ISTE, Ed Tech Coaches Network and State EdTech Leaders through Mentor 1"), dana);
    }
}
