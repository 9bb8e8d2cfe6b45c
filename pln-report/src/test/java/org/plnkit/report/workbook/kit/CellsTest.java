package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void charactersXmlCannotHoldAreTakenOut() {
        assertEquals("ab", CellText.safe("a\uFFFEb"));
        assertEquals("ab", CellText.safe("a\uFFFFb"));
        assertEquals("ab", CellText.safe("a\u0000\u0007b"));
        assertEquals("a\tb\nc", CellText.safe("a\tb\nc"));
        assertEquals("ab", CellText.safe("a\uD800b"), "a lone surrogate");
        assertEquals("a\uD83D\uDE00", CellText.safe("a\uD83D\uDE00"), "a pair stays");
    }

    @Test
    void longTextIsCutToTheCellLimitWithANote() {
        String cut = CellText.safe("x".repeat(40_000));
        assertEquals(CellText.MAX, cut.length());
        assertTrue(cut.endsWith("… [cut: 40,000 characters; a cell holds 32,767]"), cut.substring(32_700));
        assertTrue(CellText.isCut("x".repeat(40_000)));
        assertFalse(CellText.isCut("x".repeat(CellText.MAX)));
        assertEquals("x".repeat(CellText.MAX), CellText.safe("x".repeat(CellText.MAX)));
    }

    @Test
    void formulaLikeTextStaysTextWhenEdited() throws Exception {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new SXSSFWorkbook()}) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet("S");
            Row r = s.createRow(0);
            String[] risky = {"=1+1", "+cmd", "-2+3", "@SUM(A1)", " =x", "\tx"};
            for (int i = 0; i < risky.length; i++) {
                Cells.text(r, i, risky[i], st.header);
            }
            Cells.text(r, 10, "plain", st.header);
            Workbook back = reopen(wb);
            Row row = back.getSheet("S").getRow(0);
            for (int i = 0; i < risky.length; i++) {
                Cell c = row.getCell(i);
                assertEquals(CellType.STRING, c.getCellType());
                assertEquals(risky[i], c.getStringCellValue());
                assertTrue(c.getCellStyle().getQuotePrefixed(), risky[i]);
                assertTrue(back.getFontAt(c.getCellStyle().getFontIndex()).getBold(), "the look is kept");
            }
            assertFalse(row.getCell(10).getCellStyle().getQuotePrefixed());
            assertEquals(row.getCell(0).getCellStyle().getIndex(), row.getCell(1).getCellStyle().getIndex(),
                    "one quoted copy per style");
            back.close();
        }
    }

    @Test
    void datesBefore1900AreWrittenAsText() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Row r = wb.createSheet("S").createRow(0);
        Cells.date(r, 0, LocalDate.of(1899, 12, 31), st.date, st.text);
        Cells.date(r, 1, LocalDate.of(1900, 2, 28), st.date);
        Cells.date(r, 2, LocalDate.of(2026, 11, 1), st.date, st.text);
        Row row = reopen(wb).getSheet("S").getRow(0);
        assertEquals("1899-12-31", row.getCell(0).getStringCellValue());
        assertEquals("1900-02-28", row.getCell(1).getStringCellValue());
        assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)));
        assertEquals(LocalDate.of(2026, 11, 1), row.getCell(2).getLocalDateTimeCellValue().toLocalDate());
    }

    @Test
    void anyTextMakesAReadableCell() {
        qt().withFixedSeed(20261202L).withExamples(60)
                .forAll(strings().allPossible().ofLengthBetween(0, 60), integers().between(0, 3))
                .checkAssert((s, rep) -> {
                    String v = s.repeat(rep == 3 ? 40_000 / Math.max(1, s.length()) + 1 : 1);
                    String safe = CellText.safe(v);
                    assertTrue(safe.length() <= CellText.MAX);
                    assertEquals(safe, CellText.clean(safe), "nothing XML cannot hold");
                    try (XSSFWorkbook wb = new XSSFWorkbook()) {
                        Cells.text(wb.createSheet("S").createRow(0), 0, v, null);
                        assertEquals(safe, reopen(wb).getSheet("S").getRow(0).getCell(0).getStringCellValue());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private static Workbook reopen(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
