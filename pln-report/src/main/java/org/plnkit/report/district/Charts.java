package org.plnkit.report.district;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Bar charts on the overview sheet (XDDF), over small tables of the same sheet. */
final class Charts {
    /** One series: its title cell and its value column. */
    record Series(int titleRow, int titleColumn, int valueColumn, int rgb) {
    }

    private Charts() {
    }

    /**
     * A bar chart of the rows {@code firstRow..lastRow} of the sheet: categories in {@code categoryColumn}, one bar
     * (or stacked segment) per series, the value axis from {@code min} to {@code max} (automatic when max ≤ min).
     */
    static void bar(XSSFSheet sheet, XSSFDrawing drawing, String title, int firstRow, int lastRow,
                    int categoryColumn, List<Series> series, boolean horizontal, boolean stacked, String valueTitle,
                    int col1, int row1, int col2, int row2, double min, double max) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (series.size() > 1) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setTitle(valueTitle);
        values.setMinimum(min);
        if (max > min) {
            values.setMaximum(max);
        }
        if (horizontal) {
            // the first row at the top
            categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        }
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, s.valueColumn(), s.valueColumn()));
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) data.addSeries(cats, v);
            bar.setTitle(sheet.getRow(s.titleRow()).getCell(s.titleColumn()).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), s.titleRow(), s.titleColumn(), true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {
                    (byte) (s.rgb() >> 16), (byte) (s.rgb() >> 8), (byte) s.rgb()})));
            shape.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            bar.setShapeProperties(shape);
        }
        chart.plot(data);
        if (stacked) {
            overlap(chart);
        }
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>}, else Excel draws each segment beside the last. POI's
     * setter needs a schema type that poi-ooxml-lite leaves out, so the element is written with a cursor, after
     * {@code c:gapWidth} as the schema orders it.
     */
    private static void overlap(XSSFChart chart) {
        org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart bar =
                chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (org.apache.xmlbeans.XmlCursor c = bar.getGapWidth().newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new javax.xml.namespace.QName(
                    "http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap", "c"));
            c.insertAttributeWithValue("val", "100");
        }
    }
}
