package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A gridded workbook ({@link XssfWorkbooks#createGridded()}) is written byte for byte as POI's own for the same cells
 * (issue 17): every part, for any mix of texts (formula-like, with characters XML cannot hold, too long for a cell,
 * repeated), numbers (not-a-number and infinities included), dates (before 1900 too), blanks, links, row heights, and
 * a picture over rows of their own heights.
 */
class GridSheetTest {
    private static final List<String> TEXTS = List.of("", "a", "A", " spaced ", "=1+1", "+x", "-", "@home",
            "\ttab", "a\u0001b\uFFFEc", "<&>\"'", "üñí€ 😀", "two\nlines", "x".repeat(40_000), "Reach",
            "a\ud800b", "a]]>b", "]>", "x\r\ny\r", "\u00a0nbsp\u2003", "a > b", "\u0085");
    private static final double[] NUMBERS = {0, 1, -1.5, 0.1 + 0.2, 1e-7, 1e20, 46313, 100, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.07751937984496124};
    private static final List<String> LINKS = List.of("https://example.org/a?b=1&c=2", "javascript:alert(1)",
            "www.example.org", "http://", "file:///etc/passwd");
    private static final float[] HEIGHTS = {15f, 17.35f, 28f, 36f, 409f, 12.5f};

    @Test
    void theSameCellsGiveTheSameParts() {
        qt().withFixedSeed(1717L).withExamples(120).forAll(SourceDSL.longs().all())
                .checkAssert(seed -> assertSameParts(parts(XssfWorkbooks.create(), seed),
                        parts(XssfWorkbooks.createGridded(), seed)));
    }

    @Test
    void anEmptySheetIsWrittenAsPoiWritesIt() {
        assertSameParts(parts(XssfWorkbooks.create(), null), parts(XssfWorkbooks.createGridded(), null));
    }

    /** The same parts; where one differs, the place and what is around it in both. */
    private static void assertSameParts(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String a = e.getValue();
            String b = actual.get(e.getKey());
            if (!a.equals(b)) {
                int i = 0;
                while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
                    i++;
                }
                int from = Math.max(0, i - 120);
                assertEquals(a.substring(from, Math.min(a.length(), i + 120)),
                        b.substring(from, Math.min(b.length(), i + 120)), e.getKey() + " differs at " + i);
            }
        }
    }

    @Test
    void itsCellsReadBackAsWritten() {
        XSSFWorkbook wb = XssfWorkbooks.createGridded();
        try {
            Styles st = new Styles(wb);
            XSSFSheet s = wb.createSheet("s");
            assertTrue(s instanceof GridSheet);
            Row r = Cells.row(s, 3);
            Cells.text(r, 0, "=1+1", st.text);
            Cells.number(r, 1, 42, st.number);
            Cells.date(r, 2, LocalDate.of(2026, 11, 1), st.date);
            Cells.date(r, 3, LocalDate.of(1890, 1, 1), st.date);
            Cells.link(r, 4, "www.example.org", st.link, st.text);
            Cells.fitLines(r, 3);
            assertEquals("=1+1", r.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, r.getCell(1).getCellType());
            assertEquals(42.0, r.getCell(1).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 11, 1), r.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("1890-01-01", r.getCell(3).getStringCellValue());
            assertEquals("https://www.example.org", r.getCell(4).getHyperlink().getAddress());
            assertEquals(47f, r.getHeightInPoints());
            assertTrue(r.getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals(r, Cells.existingRow(s, 3));
            assertNull(Cells.existingRow(s, 4));
            assertNull(s.getRow(3));   // POI's own rows see none of the grid's
        } finally {
            XssfWorkbooks.discard(wb);
        }
    }

    /** Every part but the time of making, after writing the cells a seed makes (none for a null seed). */
    private static Map<String, String> parts(XSSFWorkbook wb, Long seed) {
        try {
            Styles st = new Styles(wb);
            XSSFSheet s = wb.createSheet("Cells & more");
            XSSFSheet other = wb.createSheet("Other");
            if (seed != null) {
                cells(wb, st, s, new Random(seed));
                cells(wb, st, other, new Random(~seed));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Map<String, String> parts = new TreeMap<>();
            try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    if (!e.getName().equals("docProps/core.xml")) {
                        parts.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            XssfWorkbooks.discard(wb);
        }
    }

    private static void cells(XSSFWorkbook wb, Styles st, XSSFSheet s, Random rnd) {
        List<XSSFCellStyle> styles = List.of(st.text, st.wrap, st.number, st.percent, st.date, st.header, st.red);
        int ops = rnd.nextInt(60);
        for (int i = 0; i < ops; i++) {
            Row r = Cells.row(s, rnd.nextInt(25));
            int col = rnd.nextInt(30);
            XSSFCellStyle style = rnd.nextInt(8) == 0 ? null : styles.get(rnd.nextInt(styles.size()));
            switch (rnd.nextInt(9)) {
                case 0, 1 -> Cells.text(r, col, TEXTS.get(rnd.nextInt(TEXTS.size())), style);
                case 2 -> Cells.number(r, col, NUMBERS[rnd.nextInt(NUMBERS.length)], style);
                case 3 -> Cells.date(r, col, rnd.nextBoolean() ? LocalDate.of(2026, 11, 1)
                        : LocalDate.of(1890, 1, 1), style);
                case 4 -> Cells.blank(r, col, style);
                case 5 -> Cells.link(r, col, LINKS.get(rnd.nextInt(LINKS.size())), st.link, st.text);
                case 6 -> Cells.fitLines(r, 1 + rnd.nextInt(4));
                case 7 -> r.setHeightInPoints(HEIGHTS[rnd.nextInt(HEIGHTS.length)]);
                default -> {
                    String t = TEXTS.get(rnd.nextInt(TEXTS.size()));
                    r.createCell(col).setCellValue(t.length() > CellText.MAX ? "long" : t);   // POI refuses more
                }
            }
        }
        if (rnd.nextBoolean()) {
            // a picture over rows of their own heights: POI sizes its frame from them
            byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADE"
                    + "lEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
            int idx = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            XSSFDrawing d = s.createDrawingPatriarch();
            int row1 = rnd.nextInt(10);
            XSSFClientAnchor anchor = d.createAnchor(0, 0, rnd.nextInt(9525 * 20), rnd.nextInt(9525 * 10), 2, row1,
                    6, row1 + 1 + rnd.nextInt(15));
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFPicture p = d.createPicture(anchor, idx);
            GridSheet.fitFrame(s, anchor, p.getCTPicture().getSpPr().getXfrm());
        }
    }
}
