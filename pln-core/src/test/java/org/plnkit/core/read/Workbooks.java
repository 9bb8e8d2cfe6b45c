package org.plnkit.core.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tiny test workbooks with POI's user model (fine for a few rows). A cell is a String, a Number, a
 * Boolean, a {@link LocalDate} (a date cell formatted yyyy-mm-dd), a {@link Formatted} number, or null (no cell).
 */
final class Workbooks {
    private Workbooks() {
    }

    /** A numeric cell with an Excel number format, e.g. a date serial with {@code d/m/yy} or 4 with {@code 0.0}. */
    record Formatted(double value, String format) {
    }

    /** A formula cell without a saved result, as a script (openpyxl, POI) writes one. */
    record Formula(String formula) {
    }

    /** A sheet name and its rows, in order. */
    static Map<String, Object[][]> sheets(Object... nameThenRows) {
        Map<String, Object[][]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRows.length; i += 2) {
            m.put((String) nameThenRows[i], (Object[][]) nameThenRows[i + 1]);
        }
        return m;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Object[][] rows(Object[]... rows) {
        return rows;
    }

    static Path write(Path file, Map<String, Object[][]> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Map<String, CellStyle> styles = new LinkedHashMap<>();
            for (Map.Entry<String, Object[][]> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                Object[][] rows = e.getValue();
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] == null) {
                        continue; // no row at all
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof String s) {
                            cell.setCellValue(s);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(style(wb, styles, "yyyy-mm-dd"));
                        } else if (v instanceof Formula f) {
                            cell.setCellFormula(f.formula());
                        } else if (v instanceof Formatted f) {
                            cell.setCellValue(f.value());
                            cell.setCellStyle(style(wb, styles, f.format()));
                        } else {
                            throw new IllegalArgumentException("cannot write " + v.getClass());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static CellStyle style(XSSFWorkbook wb, Map<String, CellStyle> styles, String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }
}
