package org.plnkit.report.district;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws one bar chart, as the district workbook's Overview draws them, into a throwaway workbook: the writers'
 * warm-up ({@code DistrictRun}) runs it beside the analysis, so that the chart code's first run (XMLBeans' chart
 * schema types, POI's XDDF classes) is not on the workbook's critical path (#17). Not for other use.
 */
public final class ChartWarmUp {
    private ChartWarmUp() {
    }

    /** Adds a sheet with a two-row table and a stacked bar chart of it to {@code wb}. */
    public static void draw(XSSFWorkbook wb) {
        XSSFSheet s = wb.createSheet("Chart");
        s.createRow(0).createCell(0).setCellValue("category");
        s.getRow(0).createCell(1).setCellValue("have");
        s.createRow(1).createCell(0).setCellValue("a");
        s.getRow(1).createCell(1).setCellValue(1);
        Charts.bar(s, s.createDrawingPatriarch(), "warm-up", 1, 1, 0, List.of(new Charts.Series(0, 1, 1, 0x3B6EA8)),
                true, true, "participants", 3, 0, 8, 10, 0, 1);
    }
}
