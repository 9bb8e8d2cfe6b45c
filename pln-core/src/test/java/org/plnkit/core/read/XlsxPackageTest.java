package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.core.read.Workbooks.row;
import static org.plnkit.core.read.Workbooks.rows;
import static org.plnkit.core.read.Workbooks.sheets;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;

/**
 * The workbook's package opened by {@link XlsxPackage} (the JDK's zip reading, our guards) gives the same cohort
 * and the same problems, in the same order and places, as POI's {@code OPCPackage}, on every workbook of the
 * hostile corpus, the sample, and hostile packages made here (zip bombs in each part and in the middle of a
 * sheet, parts too large, odd packages that are left to POI).
 */
class XlsxPackageTest {
    @TempDir
    Path dir;

    static Stream<Path> workbooks() throws IOException {
        return SheetXmlTest.workbooks();
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void ourZipAndPoisReadTheSame(Path workbook) {
        assertSame(workbook, Limits.DEFAULT);
    }

    @Test
    void plainPackagesAreOpenedWithoutPoi() throws IOException {
        Path poi = Workbooks.write(dir.resolve("poi.xlsx"), sheets("Connections", rows(
                row("participant_id", "connection_name", "kind"), row("sam", "Jane", "person"))));
        Path raw = RawXlsx.builder().sharedStrings("maria")
                .sheet("Connections", RawXlsx.row(1, HostileWorkbooks.HEADER)).write(dir.resolve("raw.xlsx"));
        // a workbook relationship of a kind the reader does not read (Excel's threaded-comment persons)
        Path persons = replace(withPart(raw, "xl/persons/person.xml", "<personList/>"), "xl/_rels/workbook.xml.rels",
                "</Relationships>", "<Relationship Id=\"rIdP\" Type=\"http://schemas.microsoft.com/office/2017/10/"
                        + "relationships/person\" Target=\"persons/person.xml\"/></Relationships>");
        String before = SheetXml.parser;
        try {
            for (String parser : List.of("aalto", "jdk")) {
                SheetXml.parser = parser;
                for (Path p : List.of(poi, raw, persons, Path.of("../samples/lakeside-district.xlsx"))) {
                    try (XlsxPackage own = XlsxPackage.open(p, Limits.DEFAULT)) {
                        assertNotNull(own, parser + " " + p);
                        assertTrue(own.sheets.stream().anyMatch(s -> s.name().equals("Connections")), p.toString());
                    }
                }
            }
        } finally {
            SheetXml.parser = before;
        }
        assertSame(persons, Limits.DEFAULT);
    }

    @Test
    void packagesOutOfThePlainShapeAreLeftToPoi() throws IOException {
        for (String name : List.of("strict-open-xml.xlsx", "ods-renamed.xlsx", "truncated.xlsx",
                "missing-sheet-part.xlsx", "xxe-in-styles.xlsx", "xxe-in-shared-strings.xlsx")) {
            Path p = HostileCorpusTest.CORPUS.resolve("cohort").resolve(name);
            assertNull(XlsxPackage.open(p, Limits.DEFAULT), name);
        }
        Path good = RawXlsx.builder().sheet("Connections", RawXlsx.row(1, HostileWorkbooks.HEADER))
                .write(dir.resolve("good.xlsx"));
        // a part without a content type, a DOCTYPE in the content types, core properties POI may refuse
        assertNull(XlsxPackage.open(withPart(good, "xl/extra.bin", "x"), Limits.DEFAULT));
        assertNull(XlsxPackage.open(replace(good, "[Content_Types].xml", "<Types",
                "<!DOCTYPE x [<!ENTITY a \"b\">]><Types"), Limits.DEFAULT));
        Path core = withPart(good, "docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats"
                + ".org/package/2006/metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<dcterms:created>yesterday</dcterms:created></cp:coreProperties>");
        Path typed = replace(core, "[Content_Types].xml", "</Types>", "<Override PartName=\"/docProps/core.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        assertNull(XlsxPackage.open(typed, Limits.DEFAULT));
        assertSame(typed, Limits.DEFAULT);
        // a chart sheet, which POI lists with the worksheets
        Path chart = replace(good, "xl/_rels/workbook.xml.rels", "</Relationships>", "<Relationship Id=\"rIdC\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" "
                + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
        assertNull(XlsxPackage.open(chart, Limits.DEFAULT));
        assertSame(chart, Limits.DEFAULT);
    }

    /** A zip bomb in each part that POI guards: the same problem, whichever opens the package. */
    @Test
    void zipBombsAreRefusedAsPoiRefusesThem() throws IOException {
        String header = RawXlsx.row(1, HostileWorkbooks.HEADER);
        String spaces = " ".repeat(8 << 20);
        Path inSheet = RawXlsx.builder().sheet("Connections", "visible", "", header, spaces)
                .write(dir.resolve("sheet-bomb.xlsx"));
        Path inStrings = RawXlsx.builder().sharedStrings("maria", "x".repeat(8 << 20)).sheet("Connections", header)
                .write(dir.resolve("strings-bomb.xlsx"));
        Path inStyles = replace(inSheet, "xl/styles.xml", "</styleSheet>", spaces + "</styleSheet>");
        Path inWorkbook = replace(RawXlsx.builder().sheet("Connections", header).write(dir.resolve("w.xlsx")),
                "xl/workbook.xml", "</workbook>", spaces + "</workbook>");
        // rows that deflate about 1000 to 1: the ratio check fails in the middle of the sheet, after the rows
        // before it have been read and their problems recorded; both readers must stop at the same row
        StringBuilder same = new StringBuilder();
        for (int r = 0; r < 40_000; r++) {
            same.append("<row>").append(RawXlsx.inline("A1", "sam").replace(" r=\"A1\"", ""))
                    .append(RawXlsx.inline("B1", "Jane").replace(" r=\"B1\"", ""))
                    .append(RawXlsx.inline("C1", "martian").replace(" r=\"C1\"", "")).append("</row>");
        }
        Path midSheet = RawXlsx.builder().sheet("Connections", header + same).write(dir.resolve("mid-sheet.xlsx"));
        for (Path p : List.of(inSheet, inStrings, inStyles, inWorkbook, midSheet)) {
            List<String> own = assertSame(p, Limits.DEFAULT);
            assertTrue(own.contains(p + ": error: the workbook unpacks to far more than its size (a zip"
                    + " bomb?), so it is not read"), p + ": " + own);
        }
    }

    /** POI's largest entry (4 GB) cannot be unpacked in a test: the same guard with a small limit. */
    @Test
    void aPartLargerThanTheLargestEntryIsAZipBomb() throws IOException {
        Path book = RawXlsx.builder().sheet("Connections", RawXlsx.row(1, HostileWorkbooks.HEADER)
                + RawXlsx.row(2, HostileWorkbooks.letters(20_000))).write(dir.resolve("large.xlsx"));
        try (XlsxPackage own = XlsxPackage.open(book, Limits.DEFAULT)) {
            assertNotNull(own);
            own.maxEntrySize = 10_000;
            IOException e = assertThrows(IOException.class, () -> {
                try (InputStream in = own.part(own.sheets.get(0).part())) {
                    in.readAllBytes();
                }
            });
            assertEquals(ProblemCode.WORKBOOK_ZIP_BOMB, WorkbookSource.explain(e).code(), e.getMessage());
        }
    }

    /** This read's own limits (file size, unpacked sheet, shared strings) give the same problems both ways. */
    @Test
    void theReadsLimitsAreKeptBothWays() throws IOException {
        String header = RawXlsx.row(1, HostileWorkbooks.HEADER);
        // shared strings that deflate about 4 to 1, past twice the file's size
        Path strings = RawXlsx.builder().sharedStrings("maria", HostileWorkbooks.letters(400_000))
                .sheet("Connections", header).write(dir.resolve("strings.xlsx"));
        // a sheet that deflates about 40 to 1 (no zip bomb), past 16 times the file's size
        java.util.Random random = new java.util.Random(17);
        StringBuilder words = new StringBuilder();
        while (words.length() < 4 << 20) {
            words.append(random.nextBoolean() ? "alpha-alpha " : "omega-omega ");
        }
        Path sheet = RawXlsx.builder().sheet("Connections", header + RawXlsx.row(2, "sam", words.toString()))
                .write(dir.resolve("sheet.xlsx"));
        for (Path p : List.of(strings, sheet)) {
            long size = Files.size(p);
            assertTrue(assertSame(p, Limits.DEFAULT.withMaxFileBytes(size - 1)).toString().contains("the limit is"));
            List<String> m = assertSame(p, Limits.DEFAULT.withMaxFileBytes(size + 1));
            assertTrue(m.toString().contains("unpack"), m.toString());
        }
    }

    /** Any rows of plain cells: the same cohort and problems whichever opens the package. */
    @Test
    void anyRowsReadTheSameBothWays() {
        qt().withExamples(25).forAll(integers().between(0, 40), strings().allPossible().ofLengthBetween(0, 12))
                .checkAssert((n, text) -> {
                    StringBuilder rows = new StringBuilder(RawXlsx.row(1, HostileWorkbooks.HEADER));
                    for (int r = 0; r < n; r++) {
                        rows.append(RawXlsx.row(r + 2, "p" + (r % 3), text + r, r % 2 == 0 ? "person" : text));
                    }
                    try {
                        Path book = RawXlsx.builder().sharedStrings(text).sheet("Participants",
                                RawXlsx.row(1, "participant_id", "name") + RawXlsx.row(2, "p0", text))
                                .sheet("Connections", rows.toString()).write(Files.createTempFile(dir, "any", ".xlsx"));
                        assertSame(book, Limits.DEFAULT);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    /** Reads the workbook both ways; asserts the same cohort and messages; returns the messages. */
    private static List<String> assertSame(Path workbook, Limits limits) {
        ReadResult<Cohort> own = read(workbook, limits, true);
        ReadResult<Cohort> poi = read(workbook, limits, false);
        assertEquals(messages(poi.problems()), messages(own.problems()), workbook.toString());
        assertEquals(poi.value(), own.value(), workbook.toString());
        return messages(own.problems());
    }

    private static ReadResult<Cohort> read(Path workbook, Limits limits, boolean own) {
        boolean before = XlsxPackage.enabled;
        XlsxPackage.enabled = own;
        try {
            return CohortReader.read(workbook, Taxonomy.defaults(), limits, false);
        } finally {
            XlsxPackage.enabled = before;
        }
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** A copy of the workbook with one more part (or a part replaced). */
    private Path withPart(Path from, String name, String xml) throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(parts(from));
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return write(parts, dir.resolve("with-" + parts.size() + "-" + from.getFileName()));
    }

    /** A copy of the workbook with one text replaced in one part. */
    private Path replace(Path from, String name, String what, String with) throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(parts(from));
        String xml = new String(parts.get(name), StandardCharsets.UTF_8);
        assertTrue(xml.contains(what), name + " has " + what);
        parts.put(name, xml.replace(what, with).getBytes(StandardCharsets.UTF_8));
        return write(parts, dir.resolve("replaced-" + name.replaceAll("\\W", "") + "-" + from.getFileName()));
    }

    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static Path write(Map<String, byte[]> parts, Path to) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(to, bytes.toByteArray());
    }
}
