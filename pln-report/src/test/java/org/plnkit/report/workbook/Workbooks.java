package org.plnkit.report.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.PlnMap;

/** Helpers to make assessment workbooks and read them back with POI. */
final class Workbooks {
    private Workbooks() {
    }

    /** The workbook of a report, with its map embedded. */
    static byte[] withMap(ParticipantReport r) {
        byte[] png = PlnMap.render(r.pln(), r.mapOptions(), Format.PNG);
        return new AssessmentWorkbook(r.taxonomy()).bytes(r.pln(), r.assessment(), Optional.of(png));
    }

    /** The workbook of a report, without the map (faster). */
    static byte[] withoutMap(ParticipantReport r) {
        return new AssessmentWorkbook(r.taxonomy()).bytes(r.pln(), r.assessment(), Optional.empty());
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of every sheet whose type is formula. */
    static List<String> formulaCells(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        out.add(s.getSheetName() + "!" + c.getAddress());
                    }
                }
            }
        }
        return out;
    }

    /** The cells of a row as shown (dates as yyyy-mm-dd). */
    static List<String> row(Sheet s, int r) {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter(Locale.ROOT);
        Row row = s.getRow(r);
        if (row == null) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return out;
    }

    /** The text of every XML part of the .xlsx (pictures left out). */
    static String xmlText(byte[] xlsx) {
        StringBuilder b = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    b.append(new String(z.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** The row index of the header row of a sheet: the first row whose first cell is {@code first}. */
    static int headerRow(Sheet s, String first) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + first + " on " + s.getSheetName());
    }
}
