package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.blank;
import static org.plnkit.report.workbook.kit.Cells.date;
import static org.plnkit.report.workbook.kit.Cells.fitLines;
import static org.plnkit.report.workbook.kit.Cells.lines;
import static org.plnkit.report.workbook.kit.Cells.merge;
import static org.plnkit.report.workbook.kit.Cells.number;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.GridSheet;
import org.plnkit.report.workbook.kit.Styles;
import org.plnkit.report.workbook.AssessmentWorkbook.MapPicture;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.health.Health;
import org.plnkit.core.model.Participant;
import org.plnkit.report.findings.KeyFindings;
import org.plnkit.report.findings.Voice;
import org.plnkit.report.map.CategoryPalette;
import org.plnkit.report.map.Theme;

/** The Summary sheet: who, the health score part by part, key findings, categories and the map. */
final class SummarySheet extends ParticipantSheet {
    /** Width of the map on the Summary sheet, in pixels. */
    private static final int MAP_WIDTH_PX = 640;
    private static final int SUMMARY_RIGHT_FIRST_COL = 5;
    private static final int SUMMARY_RIGHT_COLS = 8;
    /**
     * How many body characters one title character takes (18 pt bold against the body's 11 pt, with a margin), and
     * one subtitle character (12 pt), to count the lines of a wrapped title.
     */
    private static final double TITLE_WIDTH = 2.1;
    private static final double SUBTITLE_WIDTH = 1.3;

    private final Optional<MapPicture> map;
    /** Where the map goes, once its bytes are asked for. */
    private Optional<Runnable> placeMap = Optional.empty();

    SummarySheet(Context c, Optional<MapPicture> map) {
        super(c);
        this.map = map;
    }

    /** Places the map picture; run last, so that its bytes are made only when the workbook is written. */
    Optional<Runnable> placeMap() {
        return placeMap;
    }

    @Override
    void write() {
        XSSFSheet s = sheet(0);
        int[] widths = {30, 13, 9, 56, 2, 12, 12, 12, 12, 12, 12, 12, 12};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        double leftWidth = widths[0] + widths[1] + widths[2] + widths[3];
        Participant p = a.participant();
        int r = 0;
        // A long name or school wraps within columns A to D: past D, the map picture would cover it.
        Row title = row(s, r++);
        String titleText = "PLN assessment: " + p.displayName();
        int titleLines = lines(titleText, leftWidth / TITLE_WIDTH);
        text(title, 0, titleText, titleLines > 1 ? st.titleWrap : st.title);
        merge(s, title.getRowNum(), 0, 3);
        title.setHeightInPoints(titleLines > 1 ? 24 * titleLines + 4 : 28);
        List<String> about = new ArrayList<>();
        p.role().ifPresent(about::add);
        p.school().ifPresent(about::add);
        if (!about.isEmpty()) {
            Row sub = row(s, r++);
            String subText = String.join(" · ", about);
            int subLines = lines(subText, leftWidth / SUBTITLE_WIDTH);
            text(sub, 0, subText, subLines > 1 ? st.subtitleWrap : st.subtitle);
            merge(s, sub.getRowNum(), 0, 3);
            sub.setHeightInPoints(subLines > 1 ? 16 * subLines + 2 : 18);
        }
        r++;
        Row asOf = row(s, r++);
        text(asOf, 0, "As of", st.label);
        date(asOf, 1, a.asOf(), st.dateBold);
        merge(s, asOf.getRowNum(), 1, 2);
        Row count = row(s, r++);
        text(count, 0, "Connections", st.label);
        number(count, 1, a.connectionCount(), st.labelNumber);
        Row score = row(s, r++);
        text(score, 0, "Health score", st.label);
        number(score, 1, a.health().score(), st.score);
        text(score, 2, "of 100", st.scoreNote);
        score.setHeightInPoints(36);
        r++;
        r = heading(s, r, "Key findings");
        for (String finding : KeyFindings.of(a, Voice.YOU)) {
            Row fr = row(s, r++);
            text(fr, 0, "• " + finding, st.wrap);
            merge(s, fr.getRowNum(), 0, 3);
            fitLines(fr, lines(finding, leftWidth - 4));
        }
        int leftEnd = r;
        int mapEnd = map.map(m -> picture(s, m, 0)).orElse(0);
        r = Math.max(leftEnd, mapEnd) + 1;

        // the health score, part by part, with a chart beside it
        r = heading(s, r, "Health score, part by part");
        int healthHeader = r;
        header(s, r++, List.of("Part", "Score", "Weight", "What it means"));
        int firstPart = r;
        for (Health.SubScore sub : a.health().subScores()) {
            Row pr = row(s, r++);
            text(pr, 0, AssessmentWorkbook.partName(sub.part()), st.text);
            if (sub.score().isPresent()) {
                number(pr, 1, sub.score().get(), scoreStyle(sub.score().get()));
            } else {
                text(pr, 1, "n/a", st.number);
            }
            number(pr, 2, sub.weight(), st.number);
            text(pr, 3, sub.explanation(), st.wrap);
            fitLines(pr, lines(sub.explanation(), widths[3]));
        }
        int lastPart = r - 1;
        int chartEnd = rowsFor(s, healthHeader, 230);
        barChart(s, healthHeader, chartEnd, "Health score parts (0–100)",
                new CellRangeAddress(firstPart, lastPart, 0, 0), new CellRangeAddress(firstPart, lastPart, 1, 1),
                Optional.of(100.0), List.of());
        r = Math.max(r, chartEnd) + 1;

        // category coverage, with a chart beside it
        r = heading(s, r, "Categories");
        int catHeader = r;
        header(s, r++, List.of("Category", "Connections", "Share", "Status"));
        int firstCat = r;
        List<byte[]> colors = new ArrayList<>();
        Coverage cov = a.coverage();
        for (Composition.CategoryCount c : a.composition().byCategory()) {
            Row cr = row(s, r++);
            text(cr, 0, c.label(), st.text);
            boolean gap = cov.isGap(c.category());
            boolean thin = cov.isThin(c.category());
            number(cr, 1, c.connections(), gap ? st.redNumber : thin ? st.amberNumber : st.greenNumber);
            number(cr, 2, c.share(), st.percent);
            String status = gap ? "gap: none yet" : thin ? "thin: " + thinWhy(cov, c.category()) : "covered";
            text(cr, 3, status, gap ? st.red : thin ? st.amber : st.green);
            java.awt.Color fill = CategoryPalette.fill(taxonomy, c.category(), Theme.LIGHT);
            colors.add(new byte[] {(byte) fill.getRed(), (byte) fill.getGreen(), (byte) fill.getBlue()});
        }
        int lastCat = r - 1;
        int catChartEnd = rowsFor(s, catHeader, Math.max(230, 24 * (lastCat - firstCat + 1) + 70));
        barChart(s, catHeader, catChartEnd, "Connections per category",
                new CellRangeAddress(firstCat, lastCat, 0, 0), new CellRangeAddress(firstCat, lastCat, 1, 1),
                Optional.empty(), colors);
        r = Math.max(r, catChartEnd) + 1;
        Row foot = row(s, r);
        text(foot, 0, "How each measure is computed: docs/measures.md in PLN Toolkit. The other sheets hold your"
                + " connections, your action plan, your check-in schedule and your topics.", st.note);
        merge(s, r, 0, 3);
        fitLines(foot, 2);
    }

    private String thinWhy(Coverage cov, String category) {
        return cov.thinCategories().stream().filter(t -> t.category().equals(category)).findFirst()
                .map(t -> t.reasons().stream().map(x -> x == Coverage.Reason.FEW_CONNECTIONS
                        ? "one connection" : "checked yearly or rarely").collect(Collectors.joining(", ")))
                .orElse("");
    }

    private org.apache.poi.xssf.usermodel.XSSFCellStyle scoreStyle(int score) {
        return score < 50 ? st.redNumber : score < 75 ? st.amberNumber : st.greenNumber;
    }

    private int heading(XSSFSheet s, int r, String text) {
        Row h = row(s, r);
        text(h, 0, text, st.heading);
        for (int c = 1; c <= 3; c++) {
            blank(h, c, st.heading);
        }
        h.setHeightInPoints(22);
        return r + 1;
    }

    /**
     * Places the map at the top right, {@value #MAP_WIDTH_PX} pixels wide, and returns the row after it; the
     * picture itself is added last, when its bytes are needed.
     */
    private int picture(XSSFSheet s, MapPicture map, int firstRow) {
        double width = Math.min(MAP_WIDTH_PX, map.width());
        double height = width * map.height() / map.width();
        // walk the columns and rows the picture covers (POI's resize() misreads some PNGs)
        int col = SUMMARY_RIGHT_FIRST_COL;
        double left = width;
        while (left > s.getColumnWidthInPixels(col)) {
            left -= s.getColumnWidthInPixels(col);
            col++;
        }
        int r = firstRow;
        double down = height;
        while (down > rowPx(s, r)) {
            down -= rowPx(s, r);
            r++;
        }
        int lastCol = col;
        int lastRow = r;
        int dx = (int) Math.round(left * Units.EMU_PER_PIXEL);
        int dy = (int) Math.round(down * Units.EMU_PER_PIXEL);
        placeMap = Optional.of(() -> {
            byte[] png = map.png().get();
            int idx = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            XSSFDrawing d = s.createDrawingPatriarch();
            XSSFClientAnchor anchor = d.createAnchor(0, 0, dx, dy, SUMMARY_RIGHT_FIRST_COL, firstRow, lastCol,
                    lastRow);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFPicture picture = d.createPicture(anchor, idx);
            GridSheet.fitFrame(s, anchor, picture.getCTPicture().getSpPr().getXfrm());
        });
        return r + 1;
    }

    private double rowPx(XSSFSheet s, int r) {
        Row row = Cells.existingRow(s, r);
        return (row != null ? row.getHeightInPoints() : s.getDefaultRowHeightInPoints()) * 96 / 72;
    }

    /** The row where {@code heightPx} pixels from {@code first} are reached. */
    private int rowsFor(XSSFSheet s, int first, double heightPx) {
        double h = 0;
        int r = first;
        while (h < heightPx) {
            h += rowPx(s, r);
            r++;
        }
        return r;
    }

    private void barChart(XSSFSheet s, int row1, int row2, String title, CellRangeAddress categories,
                          CellRangeAddress values, Optional<Double> max, List<byte[]> pointColors) {
        XSSFDrawing d = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = d.createAnchor(0, 0, 0, 0, SUMMARY_RIGHT_FIRST_COL, row1,
                SUMMARY_RIGHT_FIRST_COL + SUMMARY_RIGHT_COLS, row2);
        XSSFChart chart = d.createChart(anchor);
        GridSheet.fitFrame(s, anchor, chart.getGraphicFrame().getCTGraphicalObjectFrame().getXfrm());
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis catAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        catAxis.setOrientation(AxisOrientation.MAX_MIN);   // the table's order, top down
        XDDFValueAxis valAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valAxis.setMinimum(0);
        max.ifPresent(m -> {
            valAxis.setMaximum(m);
            valAxis.setMajorUnit(20);
        });
        if (max.isEmpty() && maxValue(s, values) <= 10) {
            valAxis.setMajorUnit(1);   // whole connections, not 0.5 steps
        }
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromArray(column(s, categories, String.class),
                categories.formatAsString(s.getSheetName(), true));
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(column(s, values, Double.class),
                values.formatAsString(s.getSheetName(), true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, catAxis, valAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(x, y);
        series.setTitle(title, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Styles.BAR)));
        // what chart.plot(data) does for data in the sheet's cells, without the empty embedded workbook it makes
        // first (POI's XDDFChart.getSheet(), which an Excel chart never saves): a fortieth of a participant's report
        for (int i = 0; i < data.getSeriesCount(); i++) {
            data.getSeries(i).plot();
        }
        CTBarSer ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        for (int i = 0; i < pointColors.size(); i++) {
            CTDPt pt = ser.addNewDPt();
            pt.addNewIdx().setVal(i);
            pt.addNewInvertIfNegative().setVal(false);
            pt.addNewBubble3D().setVal(false);
            pt.addNewSpPr().addNewSolidFill().addNewSrgbClr().setVal(pointColors.get(i));
        }
        CTDLbls lbls = ser.addNewDLbls();
        lbls.addNewShowLegendKey().setVal(false);
        lbls.addNewShowVal().setVal(true);
        lbls.addNewShowCatName().setVal(false);
        lbls.addNewShowSerName().setVal(false);
        lbls.addNewShowPercent().setVal(false);
        lbls.addNewShowBubbleSize().setVal(false);
    }

    /**
     * A chart's data as the sheet's cells hold it, with the cells' reference, as POI's cell-range sources give it
     * (text of text cells, numbers of number cells, nothing for others); read from the cells as written, which POI's
     * own sources cannot do on a {@link org.plnkit.report.workbook.kit.GridSheet}.
     */
    private static <T> T[] column(XSSFSheet s, CellRangeAddress range, Class<T> type) {
        @SuppressWarnings("unchecked")
        T[] values = (T[]) java.lang.reflect.Array.newInstance(type, range.getLastRow() - range.getFirstRow() + 1);
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            Row row = Cells.existingRow(s, r);
            org.apache.poi.ss.usermodel.Cell c = row == null ? null : row.getCell(range.getFirstColumn());
            if (c == null) {
                continue;
            }
            if (type == String.class && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                values[r - range.getFirstRow()] = type.cast(c.getStringCellValue());
            } else if (type == Double.class && c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                values[r - range.getFirstRow()] = type.cast(c.getNumericCellValue());
            }
        }
        return values;
    }

    private double maxValue(XSSFSheet s, CellRangeAddress range) {
        double max = 0;
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            max = Math.max(max, Cells.existingRow(s, r).getCell(range.getFirstColumn()).getNumericCellValue());
        }
        return max;
    }
}
