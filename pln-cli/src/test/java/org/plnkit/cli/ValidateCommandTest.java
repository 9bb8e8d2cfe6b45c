package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String SAMPLE = "../samples/maria-lopez-librarian.yaml";

    @Test
    void aValidFileExitsZeroAndSaysWhatItHolds() {
        Cli r = Cli.run("validate", SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertEquals(SAMPLE + ": valid, participant maria-lopez with 15 connections and 6 links\n\n"
                + "1 input checked: no problems\n", r.out());
    }

    @Test
    void problemsArePrintedWithPlacesAndCountedInTheSummary(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: Mentr, value: 7, mood: ok}\n");
        Cli r = Cli.run("validate", SAMPLE, bad.toString());
        assertEquals(1, r.exit());
        assertEquals(SAMPLE + ": valid, participant maria-lopez with 15 connections and 6 links\n"
                + bad + ":3:39: error: category \"Mentr\" is not in the taxonomy; did you mean mentors?\n"
                + bad + ":3:53: error: value 7 is not between 1 and 5\n"
                + bad + ":3:56: warning: unknown field \"mood\"; it is ignored\n"
                + bad + ": invalid, not usable\n\n"
                + "2 inputs checked: 2 errors, 1 warning in 1 input\n", r.out());
        Cli quiet = Cli.run("validate", "--quiet", bad.toString());
        assertFalse(quiet.out().contains("warning: unknown field"), quiet.out());
    }

    @Test
    void jsonOutputIsForTools(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: mentors, value: 9}\n");
        Cli r = Cli.run("validate", "--format", "json", SAMPLE, bad.toString());
        assertEquals(1, r.exit());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(j.get("valid").asBoolean());
        assertEquals(1, j.get("errors").asInt());
        assertEquals(15, j.get("inputs").get(0).get("connections").asInt());
        JsonNode p = j.get("inputs").get(1).get("problems").get(0);
        assertEquals("error", p.get("severity").asText());
        assertEquals(3, p.get("line").asInt());
        assertEquals("value 9 is not between 1 and 5", p.get("message").asText());
        // a tool tells problems apart by their code, not by the wording (which may improve)
        assertEquals("VALUE_OUT_OF_RANGE", p.get("code").asText());
    }

    @Test
    void usageErrorsExitTwoAndMissingFilesOne() {
        assertEquals(2, Cli.run("validate").exit());
        assertEquals(2, Cli.run("validate", "--format", "xml", SAMPLE).exit());
        assertEquals(2, Cli.run("no-such-command").exit());
        Cli missing = Cli.run("validate", "does-not-exist.yaml");
        assertEquals(1, missing.exit());
        assertTrue(missing.out().startsWith("does-not-exist.yaml: error: no such file"), missing.out());
    }

    @Test
    void aDistrictTaxonomyChangesWhatIsValid(@TempDir Path dir) throws Exception {
        Path tax = dir.resolve("tax.yaml");
        Files.writeString(tax, "categories:\n  - {id: coaches, label: Coaches}\n");
        Path pln = dir.resolve("p.yaml");
        Files.writeString(pln, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: Coaches}\n");
        assertEquals(0, Cli.run("validate", "--taxonomy", tax.toString(), pln.toString()).exit());
        assertEquals(1, Cli.run("validate", pln.toString()).exit());
        Files.writeString(tax, "categories: 3\n");
        Cli bad = Cli.run("validate", "--taxonomy", tax.toString(), pln.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("the taxonomy file cannot be used:"), bad.err());
        assertTrue(bad.err().endsWith("see pln validate --help\n"), bad.err());
        assertFalse(bad.err().contains("Usage:"), "a file, not the syntax: no whole help");
    }

    @Test
    void helpTeachesTheCommands() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("validate"));
        assertTrue(r.out().contains("Exit codes:"));
    }

    @Test
    void theSampleCohortShowsTheMistakesSamplesReadmeDocuments() throws Exception {
        Cli r = Cli.run("validate", "../samples/lakeside-district.xlsx");
        assertEquals(1, r.exit());
        java.util.List<String> places = r.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .map(l -> l.substring("../samples/lakeside-district.xlsx ".length(), l.indexOf(": ")))
                .toList();
        // Connections!D12 ("Mentor") is the mentors category's alias now: no longer a mistake
        assertEquals(java.util.List.of("Connections!P1", "Connections!I5", "Connections!N19",
                "Connections!H27", "Connections!O30", "Connections!C35", "Connections!O43", "Connections!J52",
                "Participants!A7"), places);
        String readme = Files.readString(Path.of("../samples/README.md"));
        for (String place : places) {
            assertTrue(readme.contains("`" + place + "`"), place + " is documented in samples/README.md");
        }
        assertTrue(r.out().contains("lakeside-district.xlsx: invalid, 30 participants with 1,418 connections"), r.out());
    }

    /** A picture, an empty file or any text that is not an input is a problem of that file: exit code 1, never 0. */
    @Test
    void aFileThatIsNotAnInputIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path png = Files.write(dir.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello world\n");
        Path empty = Files.writeString(dir.resolve("empty"), "");
        for (Path p : List.of(png, text, empty)) {
            Cli r = Cli.run("validate", p.toString());
            assertEquals(1, r.exit(), p + ": " + r.out());
            assertTrue(r.out().startsWith(p + ": error: not a PLN input: expected a participant file"), r.out());
            assertTrue(r.out().contains("1 input checked: 1 error, 0 warnings in 1 input"), r.out());
            Cli assess = Cli.run("assess", p.toString());
            assertEquals(1, assess.exit(), p + ": " + assess.err());
            assertTrue(assess.err().startsWith(p + ": error: not a PLN input"), assess.err());
            assertEquals("", assess.out());
        }
        assertEquals(1, Cli.run("validate", "../samples/README.md", SAMPLE).exit());
    }

    /**
     * A folder of snapshots of one participant (samples/growth: before and after, each with its as_of) is not a
     * cohort with a participant twice: each snapshot is checked on its own.
     */
    @Test
    void aFolderOfSnapshotsOfOneParticipantIsCheckedFileByFile(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("validate", "../samples/growth");
        assertEquals(0, r.exit(), r.out());
        assertEquals("../samples/growth: 2 snapshots of one participant, each checked on its own (compare them with"
                + " pln compare BEFORE AFTER)\n"
                + "../samples/growth/sam-rivera-before.yaml: valid, participant sam-rivera with 6 connections and 2 links\n"
                + "../samples/growth/sam-rivera-after.yaml: valid, participant sam-rivera with 8 connections and 2 links\n"
                + "\n2 inputs checked: no problems\n", r.out());
        // two files of one participant on the same date are still one participant twice in a cohort folder
        Files.copy(Path.of(SAMPLE), dir.resolve("a.yaml"));
        Files.copy(Path.of(SAMPLE), dir.resolve("b.yaml"));
        Cli twice = Cli.run("validate", dir.toString());
        assertEquals(1, twice.exit(), twice.out());
        assertTrue(twice.out().contains("is also used in"), twice.out());
    }

    /** README's and samples/README.md's command: only the sample cohort's deliberate mistakes. */
    @Test
    void theReadmesValidateCommandShowsOnlyTheDeliberateMistakes() throws Exception {
        String command = "./pln validate samples/*.yaml samples/*.xlsx samples/growth";
        assertTrue(Files.readString(Path.of("../README.md")).contains("`" + command + "`"));
        assertTrue(Files.readString(Path.of("../samples/README.md")).contains("`" + command + "`"));
        List<String> args = new java.util.ArrayList<>(List.of("validate"));
        try (java.util.stream.Stream<Path> s = Files.list(Path.of("../samples"))) {
            s.map(Path::toString).filter(n -> n.endsWith(".yaml") || n.endsWith(".xlsx")).sorted().forEach(args::add);
        }
        args.add("../samples/growth");
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.exit());
        List<String> problems = r.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .toList();
        assertEquals(9, problems.size(), r.out());
        assertTrue(problems.stream().allMatch(l -> l.startsWith("../samples/lakeside-district.xlsx ")), r.out());
        assertTrue(r.out().endsWith("9 inputs checked: 8 errors, 1 warning in 1 input\n"), r.out());
    }

    /**
     * A formula cell whose saved result is empty ({@code <v></v>}, as programs that do not calculate write it) is
     * reported as a formula to type the value of, with its cell, never as a value that is missing.
     */
    @Test
    void aFormulaCellIsReportedAsAFormulaNotAsMissing(@TempDir Path dir) throws Exception {
        Path made = dir.resolve("made.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var s = wb.createSheet("Connections");
            String[][] rows = {{"participant_id", "connection_name", "kind", "category"}, {"p1", null, "person",
                    "mentors"}, {"p1", "Ana", "person", "mentors"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < 4; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            s.getRow(1).createCell(1).setCellFormula("HYPERLINK(\"http://e\",\"x\")");
            try (var o = Files.newOutputStream(made)) {
                wb.write(o);
            }
        }
        // POI leaves the result out; give the cell an empty one, as openpyxl and others write it
        Path xlsx = dir.resolve("formula.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(made));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(xml.contains("</f></c>"), xml);
                    b = xml.replace("</f></c>", "</f><v></v></c>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        Cli r = Cli.run("validate", xlsx.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains(xlsx + " Connections!B2: error: this cell holds a formula without a saved result"
                + " (the program that wrote the file did not calculate it); open the file in Excel or LibreOffice and"
                + " save it, or type the value\n"), r.out());
        assertFalse(r.out().contains("missing"), r.out());
    }
}
