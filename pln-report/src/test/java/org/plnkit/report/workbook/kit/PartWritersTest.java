package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPackagePropertiesMarshaller;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.plnkit.report.io.Zips;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The relationship parts and core properties written as text ({@link OpcXml}, {@link PartWriters}) are POI's, byte
 * for byte: for every character written as text, for varied relationships and properties, and in whole workbooks,
 * with POI's own writers taking the text they do not write.
 */
class PartWritersTest {
    /** Characters from all over: ASCII with XML's specials, Latin, CJK, private use, and some that are not plain. */
    private static final Gen<String> TEXT = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12)
            .mix(SourceDSL.integers().between(0, 9).map(i -> List.of("&", "<a>", "\"q\"", "'", "é ü", "中文",
                    "\uE000", " ", "", "x > y").get(i)), 40)
            .mix(SourceDSL.integers().between(0, 4).map(i -> List.of("\t", "a\nb", "\r", "\u0085", "😀").get(i)),
                    10);

    @Test
    void everyPlainCharacterIsWrittenAsTheJdksSerializerWritesIt() {
        StringBuilder chunk = new StringBuilder();
        int checked = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c < 0xFFFF && OpcXml.plain((char) c)) {
                chunk.append((char) c);
                checked++;
            }
            if (chunk.length() == 4096 || (c == 0xFFFF && chunk.length() > 0)) {
                String s = chunk.toString();
                assertEquals(poiRelationships(List.of(s), "rId1"), ours(List.of(s), "rId1"));
                assertEquals(poiCore(s, s), ourCore(s, s));
                chunk.setLength(0);
            }
        }
        assertTrue(checked > 60_000, "plain characters checked: " + checked);
    }

    @Test
    void charactersThatAreNotPlainAreLeftToPoi() {
        for (String s : List.of("a\tb", "a\nb", "a\rb", "\u0085", "\u007F", "\u2028", "😀", "\uD800")) {
            assertEquals(Optional.empty(), OpcXml.relationships(relationships(List.of(s), "rId1"), relPart()), s);
            assertEquals(Optional.empty(), OpcXml.coreProperties(core(s, "d")), s);
        }
    }

    @Test
    void relationshipsAreWrittenAsPoiWritesThem() {
        qt().withFixedSeed(17L).withExamples(80).forAll(SourceDSL.lists().of(TEXT).ofSizeBetween(0, 12), TEXT)
                .checkAssert((types, id) -> {
                    Optional<String> ours = OpcXml.relationships(relationships(types, id), relPart());
                    ours.ifPresent(xml -> assertEquals(poiRelationships(types, id), xml));
                });
    }

    @Test
    void corePropertiesAreWrittenAsPoiWritesThem() {
        qt().withFixedSeed(17L).withExamples(80).forAll(TEXT, TEXT).checkAssert((title, description) -> {
            Optional<String> ours = OpcXml.coreProperties(core(title, description));
            ours.ifPresent(xml -> assertEquals(poiCore(title, description), xml));
        });
        PackagePropertiesPart bare = core("t", "d");
        bare.setTitleProperty(Optional.empty());
        bare.setDescriptionProperty(Optional.empty());
        bare.setCreatorProperty(Optional.empty());
        assertEquals(poi(bare), OpcXml.coreProperties(bare).orElseThrow());
    }

    @Test
    void aWorkbookIsTheSameFileAsPoiWritesIt() {
        Gen<String> path = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 10).map(s -> s.replaceAll(
                "[^A-Za-z0-9._~-]", "")).mix(SourceDSL.integers().between(0, 4).map(i -> List.of("?a=1&b=2", "é",
                "%20", "#top", "中文").get(i)), 30);
        qt().withFixedSeed(17L).withExamples(25).forAll(TEXT, SourceDSL.lists().of(path).ofSizeBetween(0, 14))
                .checkAssert((title, paths) -> assertArrayEquals(poiFile(title, paths), ourFile(title, paths)));
    }

    // ------------------------------------------------------------------------------------------ workbooks

    private static byte[] ourFile(String title, List<String> paths) {
        XSSFWorkbook wb = workbook(XssfWorkbooks.create(), title, paths);
        try {
            return XssfWorkbooks.bytes(wb, Deflater.BEST_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            XssfWorkbooks.discard(wb);
        }
    }

    private static byte[] poiFile(String title, List<String> paths) {
        XSSFWorkbook wb = workbook(XssfWorkbooks.create(), title, paths);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = Zips.stable(buf, Deflater.BEST_COMPRESSION)) {
            wb.write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            XssfWorkbooks.discard(wb);
        }
        return buf.toByteArray();
    }

    /** Links, a table, a picture in a drawing, two sheets, and the title in the document properties. */
    private static XSSFWorkbook workbook(XSSFWorkbook wb, String title, List<String> paths) {
        XSSFSheet s = wb.createSheet("Links");
        for (int i = 0; i < paths.size(); i++) {
            Row row = s.createRow(i);
            row.createCell(0).setCellValue("link " + i);
            XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress("https://example.org/" + paths.get(i));
            row.getCell(0).setHyperlink(link);
        }
        XSSFSheet t = wb.createSheet("Table");
        for (int r = 0; r < 3; r++) {
            Row row = t.createRow(r);
            row.createCell(0).setCellValue(r == 0 ? "Name" : "n" + r);
            row.createCell(1).setCellValue(r == 0 ? "Value" : "v" + r);
        }
        t.createTable(new AreaReference(new CellReference(0, 0), new CellReference(2, 1),
                wb.getSpreadsheetVersion()));
        XSSFDrawing d = t.createDrawingPatriarch();
        d.createPicture(new XSSFClientAnchor(0, 0, 0, 0, 3, 3, 6, 9), wb.addPicture(PNG, Workbook.PICTURE_TYPE_PNG));
        DocumentProperties.set(wb, title, "about " + title, LocalDate.of(2026, 11, 1));
        return wb;
    }

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    // ------------------------------------------------------------------------------------------ parts

    private static PackagePartName relPart() {
        return PackagingURIHelper.getRelationshipPartName(name("/xl/worksheets/sheet1.xml"));
    }

    /**
     * Relationships of a sheet: one of each kind (internal, external hyperlink, other external) with the given
     * types, and the last with the given id.
     */
    private static org.apache.poi.openxml4j.opc.PackageRelationshipCollection relationships(List<String> types,
            String id) {
        try {
            OPCPackage pkg = OPCPackage.create(new ByteArrayOutputStream());
            PackagePart sheet = pkg.createPart(name("/xl/worksheets/sheet1.xml"), XSSFWorkbookType.XLSX
                    .getContentType());
            for (int i = 0; i < types.size(); i++) {
                String relId = i == types.size() - 1 && !id.isBlank() && !id.matches("rId\\d+") ? id : null;
                switch (i % 4) {
                    case 0 -> sheet.addRelationship(name("/xl/drawings/drawing" + i + ".xml"), TargetMode.INTERNAL,
                            types.get(i), relId);
                    case 1 -> sheet.addExternalRelationship("https://example.org/" + i + "?a=1&b=2",
                            PackageRelationshipTypes.HYPERLINK_PART, relId);
                    case 2 -> sheet.addExternalRelationship("../other/" + i + ".xlsx", types.get(i), relId);
                    default -> sheet.addRelationship(name("/xl/media/image" + i + ".png"), TargetMode.INTERNAL,
                            types.get(i), relId);
                }
            }
            return sheet.getRelationships();
        } catch (OpenXML4JException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ours(List<String> types, String id) {
        return OpcXml.relationships(relationships(types, id), relPart()).orElseThrow();
    }

    private static String poiRelationships(List<String> types, String id) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buf)) {
            assertTrue(ZipPartMarshaller.marshallRelationshipPart(relationships(types, id), relPart(), zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return onlyEntry(buf.toByteArray());
    }

    private static PackagePropertiesPart core(String title, String description) {
        try {
            PackagePropertiesPart p = (PackagePropertiesPart) OPCPackage.create(new ByteArrayOutputStream())
                    .getPackageProperties();
            p.setTitleProperty(title);
            p.setDescriptionProperty(description);
            p.setCreatorProperty("PLN Toolkit");
            p.setKeywordsProperty("a; b");
            p.setCreatedProperty(Optional.of(DocumentProperties.FIXED_DATE));
            p.setModifiedProperty(Optional.of(new Date(DocumentProperties.FIXED_DATE.getTime() + 86_400_000L)));
            p.setLastPrintedProperty(Optional.of(DocumentProperties.FIXED_DATE));
            p.setCategoryProperty("category");
            p.setRevisionProperty("2");
            return p;
        } catch (OpenXML4JException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ourCore(String title, String description) {
        return OpcXml.coreProperties(core(title, description)).orElseThrow();
    }

    private static String poiCore(String title, String description) {
        return poi(core(title, description));
    }

    private static String poi(PackagePropertiesPart p) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buf)) {
            assertTrue(new ZipPackagePropertiesMarshaller().marshall(p, zip));
        } catch (IOException | OpenXML4JException e) {
            throw new IllegalStateException(e);
        }
        return onlyEntry(buf.toByteArray());
    }

    private static String onlyEntry(byte[] zip) {
        List<String> texts = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (z.getNextEntry() != null) {
                texts.add(new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(1, texts.size());
        return texts.get(0);
    }

    private static PackagePartName name(String name) {
        try {
            return PackagingURIHelper.createPartName(name);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
