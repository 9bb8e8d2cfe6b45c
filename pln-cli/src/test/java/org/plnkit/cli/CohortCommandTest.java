package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.CohortReader;

class CohortCommandTest {
    private static final String SAMPLE = "../samples/lakeside-district.xlsx";
    private static final String CSV_FOLDER = "../pln-core/src/test/resources/org/plnkit/core/read/gen-cohort-50";
    private static final List<String> OUTPUTS = List.of("district.xlsx", "cohort-map.png", "cohort-map.svg",
            "cohort-map.alt.txt", "cohort.json");

    @Test
    void writesTheDistrictOutputsAndSaysWhatItFound(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--as-of", "2026-11-01");
        // the sample has rows with errors: they are left out, the outputs are still written, and the exit says so
        assertEquals(1, r.exit(), r.err());
        for (String f : OUTPUTS) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        // "Mentor" at Connections!D12 is an alias of mentors since #15: 1,418 connections read, 8 errors
        assertTrue(r.out().startsWith("read 30 participants and 1,418 connections from " + SAMPLE
                + " (8 errors, 1 warning)"), r.out());
        // 8 errors, 6 rows left out (two unknown linked_to names leave out only the link), as the Overview says
        assertTrue(r.out().contains("  6 input rows were left out; every problem is on the Input problems sheet"),
                r.out());
        assertTrue(r.out().contains("; 3 communities and 1 small group (modularity"), r.out());
        assertTrue(r.out().contains("most shared: Westfield EdTech Summit (13)"), r.out());
        assertTrue(r.out().contains("people are anonymized"));
        String json = Files.readString(dir.resolve("cohort.json"));
        assertTrue(json.contains("\"anonymized\": true"));
        assertTrue(json.contains("\"participants\": 30"));
    }

    /** QA: a cohort sharing one organization was told "1 shared organizations, resources and people". */
    @Test
    void oneSharedNodeIsSaidInTheSingular(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(in.resolve("t" + i + ".yaml"), """
                    participant: {id: t%d, school: School %d, as_of: 2026-11-01}
                    connections:
                      - {name: ISTE, kind: organization, category: professional-organizations}
                    """.formatted(i, i % 2));
        }
        Cli r = Cli.run("cohort", in.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  1 shared organization, resource or person; "), r.out());
        assertTrue(r.out().contains("most shared: ISTE (3)"), r.out());
    }

    @Test
    void theDistrictWorkbookListsTheResourcesNobodyUsesYet(@TempDir Path dir) throws Exception {
        Path resources = dir.resolve("district-resources.yaml");
        Files.writeString(resources, """
                resources:
                  - name: Westfield EdTech Summit
                    kind: organization
                    category: conferences-edcamps
                  - name: Lakeside Makerspace Guild
                    kind: resource
                    category: online-communities
                    url: https://makers.lakeside.example.org
                """);
        Path out = dir.resolve("out");
        Cli r = Cli.run("cohort", SAMPLE, "--out", out.toString(), "--as-of", "2026-11-01", "--resources",
                resources.toString());
        assertEquals(1, r.exit(), r.err());   // the sample's rows with errors
        String xlsx = xlsxText(out.resolve("district.xlsx"));
        assertTrue(xlsx.contains("The district's directory: entries nobody uses yet"), "the sheet has the list");
        assertTrue(xlsx.contains("Lakeside Makerspace Guild"), "the unused entry is listed");
        // 13 participants name the summit: only the guild is unused
        assertTrue(xlsx.contains("1 of the 2 entries of " + resources + " are named by no participant"), xlsx);

        // a cohort's --anonymize hides everyone: it takes no WHO
        Run others = Run.of(new CohortCommand(), SAMPLE, "--out", dir.resolve("o").toString(), "--anonymize=others");
        assertEquals(2, others.exit());
        assertTrue(others.err().contains("--anonymize"), others.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void peopleAreAnonymizedUnlessNamesAreAskedFor(@TempDir Path dir) throws Exception {
        List<String> people = people(CohortReader.read(Path.of(SAMPLE)).value().orElseThrow());
        assertTrue(people.size() > 30);
        Path anon = dir.resolve("anon");
        Cli.run("cohort", SAMPLE, "--out", anon.toString(), "--as-of", "2026-11-01");
        String everything = Files.readString(anon.resolve("cohort.json")) + Files.readString(anon.resolve(
                "cohort-map.svg")) + Files.readString(anon.resolve("cohort-map.alt.txt"))
                + xlsxText(anon.resolve("district.xlsx"));
        for (String name : people) {
            assertFalse(everything.contains(name), name);
        }
        // the workbook names the command line's options, which pln cohort gives the library (DistrictHints, #12)
        String workbook = xlsxText(anon.resolve("district.xlsx"));
        for (String hint : List.of("participants by number (run with --show-names for names).",
                "Participants are shown by number; pln cohort --support-key FILE writes who is who.",
                "No directory given: run pln cohort with --resources FILE (the district",
                "nobody uses yet (run pln cohort with --resources FILE).",
                "; pln validate " + SAMPLE + " shows them.")) {
            assertTrue(workbook.contains(hint), hint);
        }
        Path named = dir.resolve("named");
        Cli r = Cli.run("cohort", SAMPLE, "--out", named.toString(), "--as-of", "2026-11-01", "--show-names");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("people are named"));
        String json = Files.readString(named.resolve("cohort.json"));
        assertTrue(json.contains("\"anonymized\": false"));
        assertTrue(json.contains("Łukasz Foster"), "participants are named");
    }

    @Test
    void theSameInputGivesTheSameBytesForAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Cli.run("cohort", SAMPLE, "--out", one.toString(), "--as-of", "2026-11-01", "--threads", "1");
        Cli.run("cohort", SAMPLE, "--out", two.toString(), "--as-of", "2026-11-01", "--threads", "3");
        for (String f : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void readsCsvFoldersToo(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("cohort", CSV_FOLDER, "--out", dir.toString(), "--group-by", "community");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().startsWith("read 50 participants"), r.out());
        assertTrue(Files.readString(dir.resolve("cohort-map.svg")).contains("in a disc per community"));
        Path yaml = dir.resolve("yaml");
        Cli y = Cli.run("cohort", CSV_FOLDER + "/participants", "--out", yaml.toString());
        // one file of this folder has a broken link: it is reported, the other 49 participants are analysed
        assertEquals(1, y.exit(), y.err() + y.out());
        assertTrue(y.out().startsWith("read 49 participants"), y.out());
        assertTrue(y.err().contains("nuno-harrison.yaml:38:5: error: link names \"bjrn-bennett\""), y.err());
        assertTrue(Files.exists(yaml.resolve("district.xlsx")));
    }

    @Test
    void anAnonymizedRunPrintsProblemsAsTheInputProblemsSheetShowsThem(@TempDir Path dir) {
        Cli y = Cli.run("cohort", CSV_FOLDER + "/participants", "--out", dir.toString(), "--anonymize");
        assertEquals(1, y.exit(), y.err() + y.out());
        // the file is named after its participant, and the link after a person: neither is printed
        assertTrue(y.err().contains("participants/(participant file "), y.err());
        assertTrue(y.err().contains(":38:5: error: link names \"(a name)\""), y.err());
        assertFalse(y.err().contains("nuno-harrison") || y.err().contains("bjrn-bennett"), y.err());
    }

    @Test
    void withoutAsOfTheMapIsDatedByTheDataNotByTheDayOfTheRun(@TempDir Path dir) throws Exception {
        Cohort cohort = CohortReader.read(Path.of(SAMPLE)).value().orElseThrow();
        String latest = cohort.latestAsOf().orElseThrow().toString();
        Cli.run("cohort", SAMPLE, "--out", dir.toString());
        assertTrue(Files.readString(dir.resolve("cohort-map.svg")).contains(latest), latest);
        Path fixed = dir.resolve("fixed");
        Cli.run("cohort", SAMPLE, "--out", fixed.toString(), "--as-of", "2026-12-24");
        assertTrue(Files.readString(fixed.resolve("cohort-map.svg")).contains("2026-12-24"));
    }

    @Test
    void strictModeWritesNothingWhenTheInputHasErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("cohort", SAMPLE, "--out", out.toString(), "--strict");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Connections!I5: error: value 7 is not between 1 and 5"), r.err());
        assertTrue(r.err().contains("has errors and --strict was given; nothing was written"), r.err());
        assertFalse(Files.exists(out.resolve("district.xlsx")));
    }

    @Test
    void usageErrorsAndExistingOutputs(@TempDir Path dir) throws Exception {
        assertEquals(2, Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--anonymize", "--show-names").exit());
        assertEquals(2, Cli.run("cohort", SAMPLE).exit(), "--out is required");
        assertEquals(2, Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--threads", "0").exit());
        assertEquals(2, Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--group-by", "role").exit());
        Cli single = Cli.run("cohort", "../samples/maria-lopez-librarian.yaml", "--out", dir.toString());
        assertEquals(2, single.exit());
        assertTrue(single.err().contains("one participant's file"), single.err());
        Cli missing = Cli.run("cohort", dir.resolve("nope.xlsx").toString(), "--out", dir.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());

        Files.writeString(dir.resolve("cohort.json"), "keep me");
        Cli r = Cli.run("cohort", SAMPLE, "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("already exists; add --force to replace it"), r.err());
        assertEquals("keep me", Files.readString(dir.resolve("cohort.json")));
        assertEquals(1, Cli.run("cohort", SAMPLE, "--out", dir.toString(), "--force").exit());
        assertTrue(Files.readString(dir.resolve("cohort.json")).startsWith("{"));
    }

    @Test
    void timingsGoToStandardError(@TempDir Path dir) {
        Cli r = Cli.run("cohort", CSV_FOLDER, "--out", dir.toString(), "--timings");
        assertEquals(0, r.exit());
        for (String phase : new String[] {"read", "analyse", "write", "assess", "projection", "workbook"}) {
            assertTrue(r.err().contains(phase), phase + " in " + r.err());
        }
    }

    /** Every participant's name and every person's name, of 4 characters or more. */
    static List<String> people(Cohort c) {
        List<String> out = new ArrayList<>();
        for (Pln p : c.plns()) {
            if (p.participant().name().length() >= 4) {
                out.add(p.participant().name());
            }
            for (Connection x : p.connections()) {
                if (x.kind() == Kind.PERSON && x.name().length() >= 4) {
                    out.add(x.name());
                }
            }
        }
        return out;
    }

    /** The text of every XML part of a workbook. */
    static String xlsxText(Path xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                z.transferTo(out);
                b.append(out.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return b.toString();
    }
}
