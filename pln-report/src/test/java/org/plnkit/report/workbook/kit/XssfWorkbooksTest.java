package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The toolkit's workbooks share strings exactly as POI's own (issue 17): the same cells give the same parts, byte for
 * byte, for any texts, repeated or not, with spaces at either end, and formatted strings among them.
 */
class XssfWorkbooksTest {
    @Test
    void theSameCellsGiveTheSameParts() {
        qt().withFixedSeed(17L).withExamples(60).forAll(SourceDSL.lists().of(SourceDSL.strings().basicLatinAlphabet()
                        .ofLengthBetween(0, 6).mix(SourceDSL.integers().between(0, 4).map(i -> List.of(" a", "a ",
                                "a", "A", "<&>").get(i)), 50)).ofSizeBetween(1, 40))
                .checkAssert(texts -> assertEquals(parts(new XSSFWorkbook(), texts), parts(XssfWorkbooks.create(),
                        texts)));
    }

    @Test
    void aFormattedStringIsNotTakenForThePlainOne() {
        List<String> texts = List.of("same", "same", "other");
        Map<String, String> plain = parts(XssfWorkbooks.create(), texts);
        assertEquals(parts(new XSSFWorkbook(), texts), plain);
        // "same" and "other" plain, "same!" and "other!" formatted: four strings, "same" once
        assertEquals(4, count(plain.get("xl/sharedStrings.xml")));
    }

    private static int count(String sst) {
        return sst.split("<si>", -1).length - 1;
    }

    /** Every part of the workbook but its date with these texts in column A, and a formatted copy of each in column B. */
    private static Map<String, String> parts(XSSFWorkbook wb, List<String> texts) {
        try (wb) {
            XSSFSheet s = wb.createSheet("s");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            for (int r = 0; r < texts.size(); r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(texts.get(r));
                XSSFRichTextString rich = new XSSFRichTextString(texts.get(r) + "!");
                rich.applyFont(0, 1, bold);
                row.createCell(1).setCellValue(rich);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Map<String, String> parts = new TreeMap<>();
            try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    if (e.getName().equals("docProps/core.xml")) {
                        continue;   // the time it was made
                    }
                    parts.put(e.getName(), new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDiscardedWorkbookWroteWhatAClosedOneWrote() throws IOException {
        byte[] closed;
        try (XSSFWorkbook wb = XssfWorkbooks.create()) {
            closed = written(wb);
        }
        XSSFWorkbook wb = XssfWorkbooks.create();
        byte[] discarded;
        try {
            discarded = written(wb);
        } finally {
            XssfWorkbooks.discard(wb);
        }
        assertEquals(List.of(entries(closed)), List.of(entries(discarded)));
        XssfWorkbooks.discard(XssfWorkbooks.create());   // never written: nothing to give back, no failure
    }

    private static byte[] written(XSSFWorkbook wb) throws IOException {
        Row row = wb.createSheet("s").createRow(0);
        row.createCell(0).setCellValue("text");
        row.createCell(1).setCellValue(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** Each entry's name and content, but the core properties' time of making. */
    private static String[] entries(byte[] zip) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.add(e.getName() + "=" + (e.getName().equals("docProps/core.xml") ? ""
                        : new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return out.toArray(String[]::new);
    }
}
