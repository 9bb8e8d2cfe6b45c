package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The quicker writer of streamed rows writes what POI's own writer writes, byte for byte, and keeps the same
 * account of the rows written, for any mix of cells and row settings (what it does not handle itself it hands to
 * POI's writer).
 */
class FastSheetDataWriterTest {
    /** Characters that need care in XML and in POI's escaping, and plain ones. */
    private static final String CHARS = "aZ 0<>&\"'\n\r\t\u00A0\u0001\u001F\uFFFE\uFFFF\uFFFD\u00E9\u4E2D"
            + "\uD83D\uDE00\uD800\uDC00=";

    private static SXSSFWorkbook wb;
    private static SXSSFSheet sheet;
    private static List<CellStyle> styles;

    /** One cell to make: its kind, a number, a text, a style. */
    private record CellSpec(int kind, double number, String text, int style, int column) {
    }

    /** One row: its cells, row settings, and how many row numbers are skipped before it. */
    private record RowSpec(List<CellSpec> cells, int settings, int gap) {
    }

    @BeforeAll
    static void workbook() {
        wb = new SXSSFWorkbook();
        sheet = wb.createSheet("s");
        CellStyle bold = wb.createCellStyle();
        bold.setWrapText(true);
        CellStyle other = wb.createCellStyle();
        other.setDataFormat((short) 14);
        styles = List.of(wb.getCellStyleAt(0), bold, other);
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    private static final Gen<String> TEXT = SourceDSL.lists().of(SourceDSL.integers().between(0, CHARS.length() - 1))
            .ofSizeBetween(0, 12).map(cs -> {
                StringBuilder b = new StringBuilder();
                cs.forEach(c -> b.append(CHARS.charAt(c)));
                return b.toString();
            });

    private static final Gen<Double> NUMBER = SourceDSL.integers().between(0, 9).zip(
            SourceDSL.doubles().any(), (k, d) -> switch (k) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> -0.0;
                case 3 -> 1e21;
                case 4 -> 0.1;
                case 5 -> 46327.0;
                default -> d;
            });

    private static final Gen<CellSpec> CELL = SourceDSL.integers().between(0, 9).zip(NUMBER, TEXT,
            SourceDSL.integers().between(0, 2), SourceDSL.integers().between(0, 30), CellSpec::new);

    private static final Gen<RowSpec> ROW = SourceDSL.lists().of(CELL).ofSizeBetween(0, 8).zip(
            SourceDSL.integers().between(0, 63), SourceDSL.integers().between(0, 3), RowSpec::new);

    private static SXSSFRow row(RowSpec spec) {
        SXSSFRow row = new SXSSFRow(sheet);
        for (CellSpec c : spec.cells()) {
            SXSSFCell cell = row.createCell(c.column());
            switch (c.kind()) {
                case 0, 1, 2 -> cell.setCellValue(c.text());
                case 3, 4 -> cell.setCellValue(c.number());
                case 5 -> cell.setCellValue(c.number() > 0);
                case 6 -> cell.setBlank();
                case 7 -> cell.setCellFormula("SUM(A1:B2)");
                case 8 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
                default -> cell.setCellValue(wb.getCreationHelper().createRichTextString(c.text()));
            }
            cell.setCellStyle(styles.get(c.style()));
        }
        int s = spec.settings();
        if ((s & 1) != 0) {
            row.setHeightInPoints(18.5f);
        }
        if ((s & 2) != 0) {
            row.setZeroHeight(true);
        }
        if ((s & 4) != 0) {
            row.setRowStyle(styles.get(1));
        }
        if ((s & 8) != 0) {
            row.setHidden(true);
        }
        if ((s & 16) != 0) {
            row.setCollapsed((s & 32) != 0);
        }
        return row;
    }

    private static String written(SheetDataWriter writer, StringWriter out, List<RowSpec> rows) {
        try {
            int r = 3;
            for (RowSpec spec : rows) {
                writer.writeRow(r, row(spec));
                r += 1 + spec.gap();
            }
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + " rows " + writer.getNumberOfFlushedRows() + " lowest " + writer.getLowestIndexOfFlushedRows()
                + " last " + writer.getLastFlushedRow() + " cells " + writer.getNumberOfCellsOfLastFlushedRow();
    }

    @Test
    void writesWhatPoisWriterWrites() {
        qt().withExamples(2000).forAll(SourceDSL.lists().of(ROW).ofSizeBetween(0, 6)).checkAssert(rows -> {
            try {
                StringWriter poi = new StringWriter();
                StringWriter fast = new StringWriter();
                assertEquals(written(new SheetDataWriter(poi), poi, rows),
                        written(new FastSheetDataWriter(fast), fast, rows));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aSheetOfTextAndNumbersIsWrittenByItself() throws IOException {
        // the district workbook's rows: no formulas, errors or row styles, so none goes to POI's writer
        StringWriter poi = new StringWriter();
        StringWriter fast = new StringWriter();
        List<RowSpec> rows = List.of(new RowSpec(List.of(new CellSpec(0, 0, " <Edutopia> & \"co\" ", 1, 0),
                new CellSpec(3, 1891, "", 2, 1), new CellSpec(5, 1, "", 0, 2), new CellSpec(6, 0, "", 0, 4)), 0, 0));
        String expected = written(new SheetDataWriter(poi), poi, rows);
        assertEquals(expected, written(new FastSheetDataWriter(fast), fast, rows));
        assertEquals(true, expected.contains("<c r=\"A4\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> "
                + "&lt;Edutopia&gt; &amp; &quot;co&quot; </t></is></c>"), expected);
    }
}
