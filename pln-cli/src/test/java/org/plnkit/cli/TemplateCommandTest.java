package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.report.template.TemplateOptions;
import org.plnkit.report.template.TemplateWriter;
import org.plnkit.report.template.YamlTemplate;

class TemplateCommandTest {
    @Test
    void writesTheWorkbookAndSaysWhatToDoNext(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("organizer.xlsx");
        Run r = Run.of(new TemplateCommand(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Wrote " + out + ", a PLN organizer workbook with 11 categories.\n"
                + "Fill it in, then check it with: pln validate " + out + "\n", r.out());
        assertArrayEquals(new TemplateWriter(TemplateOptions.defaults()).bytes(), Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anExistingFileIsKeptUnlessForced(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("organizer.xlsx");
        Files.writeString(out, "precious");
        Run r = Run.of(new TemplateCommand(), "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(out + " already exists; add --force to replace it"), r.err());
        assertEquals("precious", Files.readString(out));
        assertEquals(0, Run.of(new TemplateCommand(), "--force", "-o", out.toString()).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("Connections", wb.getSheetName(2));
        }
    }

    @Test
    void yamlStarterByOptionOrByExtensionAndItReadsCleanly(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yml");
        assertEquals(0, Run.of(new TemplateCommand(), "--yaml", "-o", a.toString()).exit());
        assertEquals(0, Run.of(new TemplateCommand(), b.toString()).exit(), "init/template OUT, .yml means YAML");
        assertEquals(Files.readString(a), Files.readString(b));
        ReadResult<Pln> r = new ParticipantFileReader().read(a);
        assertEquals(List.of(), r.problems());
        Run screen = Run.of(new TemplateCommand(), "--yaml", "-o", "-");
        assertEquals(Files.readString(a), screen.out());
    }

    @Test
    void aDistrictTaxonomyFillsTheDropDown(@TempDir Path dir) throws Exception {
        Path tax = dir.resolve("tax.yaml");
        Files.writeString(tax, "categories:\n  - {id: coaches, label: Coaches, kinds: [person]}\n"
                + "  - {id: groups, label: Groups, kinds: [organization]}\n");
        Path out = dir.resolve("t.xlsx");
        assertEquals(0, Run.of(new TemplateCommand(), "--taxonomy", tax.toString(), "--no-example", "-o",
                out.toString()).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("Lists!$A$2:$A$3", wb.getName("Categories").getRefersToFormula());
            assertEquals(0, wb.getSheet("Connections").getLastRowNum());
        }
        Files.writeString(tax, "categories:\n  - {id: x, label: \"=cmd()\"}\n");
        Run bad = Run.of(new TemplateCommand(), "--taxonomy", tax.toString(), "-o", dir.resolve("u.xlsx").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("would run as a formula"), bad.err());
        assertFalse(Files.exists(dir.resolve("u.xlsx")));
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertEquals(2, Run.of(new TemplateCommand(), "--yaml", "-o", dir.resolve("x.xlsx").toString()).exit());
        assertEquals(2, Run.of(new TemplateCommand(), "-o", dir.resolve("x.txt").toString()).exit());
        Run rows = Run.of(new TemplateCommand(), "--rows", "0", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, rows.exit());
        assertTrue(rows.err().startsWith("--rows must be between 1 and 100000, not 0"), rows.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
        assertEquals(2, Run.of(new TemplateCommand(), "--bogus").exit());
    }

    @Test
    void aMissingFolderIsCreatedButAFileInTheWayIsAFailureToWrite(@TempDir Path dir) throws Exception {
        Run r = Run.of(new TemplateCommand(), "-o", dir.resolve("new/dir/t.xlsx").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(java.nio.file.Files.size(dir.resolve("new/dir/t.xlsx")) > 0);
        java.nio.file.Files.writeString(dir.resolve("file"), "x");
        Run blocked = Run.of(new TemplateCommand(), "-o", dir.resolve("file/t.xlsx").toString());
        assertEquals(3, blocked.exit());
        assertTrue(blocked.err().contains("file"), blocked.err());
    }

    @Test
    void helpTeachesWithExamplesAndTheInitAlias() {
        Run r = Run.of(new TemplateCommand(), "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("pln template -o pln-organizer.xlsx"), r.out());
        assertTrue(r.out().contains("init is another name for template"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    /** A science teacher's starter: their role, NSTA and #NGSSchat, as the library makes it for that role. */
    @Test
    void roleMakesTheStarterFitTheSubject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("my-pln.yaml");
        Cli r = Cli.run("init", "--yaml", "--role", "8th grade science teacher", "--as-of", "2026-12-01", "-o",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(YamlTemplate.text(TemplateOptions.defaults().withAsOf(java.time.LocalDate.of(2026, 12, 1))
                .withRole("8th grade science teacher")), Files.readString(out));
        ReadResult<Pln> read = new ParticipantFileReader().read(out);
        assertEquals(List.of(), read.problems());
        assertEquals("8th grade science teacher", read.value().orElseThrow().participant().role().orElseThrow());
        assertTrue(Files.readString(out).contains("National Science Teaching Association (NSTA)"));
        Cli help = Cli.run("init", "--help");
        assertTrue(help.out().contains("pln init --yaml --role \"8th grade science teacher\" -o my-pln.yaml"),
                help.out());
    }

    /** The workbook keeps its one example (it goes to a group); a role too long to be one is refused. */
    @Test
    void roleIsForTheYamlStarterAndAFewWords(@TempDir Path dir) {
        Cli workbook = Cli.run("template", "--role", "PE teacher", "-o", dir.resolve("o.xlsx").toString());
        assertEquals(2, workbook.exit());
        assertTrue(workbook.err().startsWith("--role makes the YAML starter for one teacher; add --yaml"),
                workbook.err());
        assertFalse(Files.exists(dir.resolve("o.xlsx")));
        Cli tooLong = Cli.run("init", "--yaml", "--role", "x".repeat(201), "-o", dir.resolve("y.yaml").toString());
        assertEquals(2, tooLong.exit());
        assertTrue(tooLong.err().startsWith("--role: the role is 201 characters long; say what you teach in at most"
                + " 200"), tooLong.err());
        assertFalse(Files.exists(dir.resolve("y.yaml")));
    }

    /** The YAML starter is dated today (or --as-of), its example's last contacts before that date. */
    @Test
    void theStarterIsDatedTodayOrAsOf(@TempDir Path dir) throws Exception {
        Cli today = Cli.run("init", "--yaml", "-o", "-");
        assertEquals(0, today.exit(), today.err());
        java.time.LocalDate now = java.time.LocalDate.now();
        assertTrue(today.out().contains("  as_of: " + now + "                 # the date you filled this in"),
                today.out());
        assertTrue(today.out().contains("    last_contact: " + now.minusDays(12) + "\n"), today.out());
        Path out = dir.resolve("my-pln.yaml");
        Cli dated = Cli.run("init", "--as-of", "2025-03-01", out.toString());
        assertEquals(0, dated.exit(), dated.err());
        ReadResult<Pln> r = new ParticipantFileReader().read(out);
        assertEquals(List.of(), r.problems());
        assertEquals(java.time.LocalDate.of(2025, 3, 1), r.value().orElseThrow().participant().asOf().orElseThrow());
        assertEquals(List.of(java.time.LocalDate.of(2025, 2, 17), java.time.LocalDate.of(2025, 1, 13)),
                r.value().orElseThrow().connections().stream().map(c -> c.lastContact().orElseThrow()).toList());
        Path book = dir.resolve("organizer.xlsx");
        assertEquals(0, Cli.run("template", "--as-of", "2025-03-01", "-o", book.toString()).exit());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            assertEquals(java.time.LocalDate.of(2025, 3, 1), wb.getSheet("Participants").getRow(1).getCell(6)
                    .getLocalDateTimeCellValue().toLocalDate());
        }
    }
}
