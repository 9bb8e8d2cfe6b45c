package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Reason;

/**
 * The workbook reader's own StAX loop ({@link SheetXml}) gives the same cohort and the same problems with either
 * parser (Aalto, shipped with the command line, and the JDK's, used when Aalto is missing), and the reasons a
 * workbook cannot be read are coded, with a library's words as a hidden detail.
 */
class SheetXmlTest {
    static Stream<Path> workbooks() throws IOException {
        Stream<Path> corpus = Files.list(HostileCorpusTest.CORPUS.resolve("cohort"))
                .filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted();
        return Stream.concat(corpus, Stream.of(Path.of("../samples/lakeside-district.xlsx")));
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void aaltoAndTheJdksParserReadTheSame(Path workbook) {
        assertEquals("aalto", SheetXml.parser, "Aalto is on pln-core's test class path");
        ReadResult<org.plnkit.core.model.Cohort> aalto = read(workbook, "aalto");
        ReadResult<org.plnkit.core.model.Cohort> jdk = read(workbook, "jdk");
        assertEquals(messages(aalto.problems()), messages(jdk.problems()), workbook.toString());
        assertEquals(aalto.value(), jdk.value(), workbook.toString());
    }

    /** {@link SheetScanner} (the default) and Aalto alone read every hostile workbook and the sample the same. */
    @ParameterizedTest
    @MethodSource("workbooks")
    void theScannerAndAaltoAloneReadTheSame(Path workbook) {
        ReadResult<org.plnkit.core.model.Cohort> scanned = read(workbook, "aalto");
        boolean before = SheetXml.scanner;
        SheetXml.scanner = false;
        ReadResult<org.plnkit.core.model.Cohort> aalto;
        try {
            aalto = read(workbook, "aalto");
        } finally {
            SheetXml.scanner = before;
        }
        assertEquals(messages(aalto.problems()), messages(scanned.problems()), workbook.toString());
        assertEquals(aalto.value(), scanned.value(), workbook.toString());
    }

    @Test
    void theSampleWorkbookIsReadWithItsPlantedMistakes() {
        ReadResult<org.plnkit.core.model.Cohort> r = read(Path.of("../samples/lakeside-district.xlsx"), "aalto");
        assertFalse(r.value().orElseThrow().plns().isEmpty());
        List<String> all = messages(r.problems());
        assertEquals(9, all.size(), all.toString());
        assertTrue(all.contains("../samples/lakeside-district.xlsx Connections!N19: error: last_contact \"2026-13-02\""
                + " is not a real date"), all.toString());
        assertTrue(all.contains("../samples/lakeside-district.xlsx Connections!I5: error: value 7 is not between 1 and"
                + " 5"), all.toString());
    }

    /**
     * A cell's {@code r}, {@code t} and {@code s} are read from Aalto's buffer, trimmed by its typed access; values
     * with spaces around them, or that are not plain, must still mean what they meant as text (as the JDK's parser
     * reads them): a reference with a leading space names no column, a type with a space is no known type.
     */
    @Test
    void oddCellAttributesMeanWhatTheyMeantAsText(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String header = "<row r=\"1\">" + inline("A1", "participant_id") + inline("B1", "connection_name")
                + inline("C1", "kind") + inline("D1", "category") + inline("E1", "value") + "</row>";
        String rows = header
                + "<row r=\"2\">" + inline("A2", "p1") + "<c r=\"B2\" t=\"s\"><v>0</v></c>"
                + inline("C2", "person") + inline("D2", "mentors") + "<c r=\"E2\" s=\"0\"><v>4</v></c></row>"
                + "<row r=\"3\">" + inline("A3", "p1") + "<c r=\" B3\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B3 \" t=\" s\"><v>1</v></c>" + inline("C3", "person") + inline("D3", "mentors") + "</row>"
                + "<row r=\"4\">" + inline("A4", "p2") + "<c r=\"b4\" t=\"s \"><v> 1 </v></c>"
                + "<c r=\"B4\" t=\"s\"><v> 1</v></c>" + inline("C4", "person") + inline("D4", "mentors")
                + "<c r=\"E4\" s=\" 0 \"><v>007</v></c></row>"
                + "<row r=\"5\">" + inline("A5", "p3") + "<c r=\"B5\" t=\"str\"><f>x</f><v>Formula text</v></c>"
                + inline("C5", "organization") + inline("D5", "mentors") + "<c r=\"E5\" s=\"+0\"><v>3</v></c></row>"
                + "<row r=\"6\">" + inline("A6", "p3") + "<c r=\"\" t=\"s\"><v>0</v></c>"
                + "<c r=\"ABCDE6\" t=\"s\"><v>1</v></c>" + inline("C6", "person") + inline("D6", "mentors")
                + "<c t=\"s\"><v>1</v></c></row>";
        Path workbook = dir.resolve("odd.xlsx");
        Files.write(workbook, RawXlsx.builder().sharedStrings("Ana Ruiz", "Ben Ode").sheet("Connections", rows).bytes());
        ReadResult<org.plnkit.core.model.Cohort> aalto = read(workbook, "aalto");
        ReadResult<org.plnkit.core.model.Cohort> jdk = read(workbook, "jdk");
        assertEquals(messages(jdk.problems()), messages(aalto.problems()));
        assertEquals(jdk.value(), aalto.value());
        assertTrue(aalto.value().isPresent(), messages(aalto.problems()).toString());
        List<String> names = aalto.value().orElseThrow().plns().stream()
                .flatMap(p -> p.connections().stream().map(c -> c.name())).toList();
        assertTrue(names.contains("Ana Ruiz") && names.contains("Formula text"), names.toString());
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void aLibrarysWordsAreAHiddenDetail() {
        Reason r = WorkbookSource.explain(new SheetXml.Damaged("unexpected text near \"Jane Kim\""));
        assertEquals(ProblemCode.WORKBOOK_DAMAGED_DETAIL, r.code());
        assertEquals(Arg.Kind.LINE, r.args().get(0).kind());
        assertEquals("the workbook is damaged: unexpected text near \"Jane Kim\"", r.message());
        Reason other = WorkbookSource.explain(new IllegalStateException("Cannot get item at 9 with strings: [Jane]"));
        assertEquals(ProblemCode.WORKBOOK_CANNOT_READ_DETAIL, other.code());
        assertEquals(Arg.Kind.LINE, other.args().get(0).kind());
    }

    @Test
    void aDoctypeIsRefusedWithItsOwnCode() {
        ReadResult<org.plnkit.core.model.Cohort> r = read(HostileCorpusTest.CORPUS.resolve("cohort/xxe-in-sheet.xlsx"),
                "aalto");
        assertTrue(r.problems().stream().anyMatch(p -> p.code() == ProblemCode.WORKBOOK_DOCTYPE), r.problems().toString());
    }

    /**
     * A formula whose saved result is an empty {@code <v></v>} (as some programs write formulas they do not
     * calculate) has no result: it is reported as a formula to type the value of, never as a value missing; a text
     * formula ({@code t="str"}) may have an empty result, which is an empty cell.
     */
    @Test
    void aFormulaWithAnEmptySavedResultIsReportedAsAFormula(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String head = RawXlsx.row(1, "participant_id", "connection_name", "kind", "category", "url");
        Path file = dir.resolve("formulas.xlsx");
        Files.write(file, RawXlsx.builder().sheet("Connections", head
                + "<row r=\"2\">" + RawXlsx.inline("A2", "p1") + "<c r=\"B2\"><f>HYPERLINK(\"http://e\",\"x\")</f>"
                + "<v></v></c>" + RawXlsx.inline("C2", "person") + RawXlsx.inline("D2", "mentors") + "</row>"
                + "<row r=\"3\">" + RawXlsx.inline("A3", "p1") + RawXlsx.inline("B3", "Ana") + RawXlsx.inline("C3",
                "person") + RawXlsx.inline("D3", "mentors") + "<c r=\"E3\" t=\"str\"><f>IF(1,\"\",\"x\")</f><v></v></c>"
                + "</row>").bytes());
        for (String parser : List.of("aalto", "jdk")) {
            ReadResult<org.plnkit.core.model.Cohort> r = read(file, parser);
            List<String> all = messages(r.problems());
            assertTrue(all.contains(file + " Connections!B2: error: this cell holds a formula without a saved result"
                    + " (the program that wrote the file did not calculate it); open the file in Excel or LibreOffice"
                    + " and save it, or type the value"), parser + ": " + all);
            assertFalse(all.stream().anyMatch(m -> m.contains("missing")), parser + ": " + all);
            assertEquals(1, r.value().orElseThrow().plns().get(0).connections().size(), parser + ": row 3 is read");
        }
    }

    @Test
    void numbersAndDatesAreFormattedAsBefore() {
        assertEquals("4", SheetXml.plain(4.0));
        assertEquals("4.5", SheetXml.plain(4.50));
        assertEquals("0.1", SheetXml.plain(0.1));
        assertEquals("2026-10-20", SheetXml.format(46315, 14, "m/d/yy", false));
        assertEquals("2030-10-21", SheetXml.format(46315, 14, "m/d/yy", true));
        assertEquals("2026-10-20", SheetXml.format(46315, 164, "yyyy-mm-dd", false));
        assertEquals("46315", SheetXml.format(46315, 0, "General", false));
    }

    private static ReadResult<org.plnkit.core.model.Cohort> read(Path workbook, String parser) {
        String before = SheetXml.parser;
        SheetXml.parser = parser;
        try {
            return CohortReader.read(workbook, Taxonomy.defaults(), Limits.DEFAULT, false);
        } finally {
            SheetXml.parser = before;
        }
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
