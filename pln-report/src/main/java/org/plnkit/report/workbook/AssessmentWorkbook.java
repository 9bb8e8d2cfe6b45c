package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.blank;
import static org.plnkit.report.workbook.kit.Cells.date;
import static org.plnkit.report.workbook.kit.Cells.fitLines;
import static org.plnkit.report.workbook.kit.Cells.lines;
import static org.plnkit.report.workbook.kit.Cells.merge;
import static org.plnkit.report.workbook.kit.Cells.number;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.DocumentProperties;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
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
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.words.Words;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.findings.KeyFindings;
import org.plnkit.report.findings.Voice;
import org.plnkit.report.io.Zips;
import org.plnkit.report.map.CategoryPalette;
import org.plnkit.report.map.Theme;

/**
 * The participant's assessment workbook (.xlsx), to open in Excel, LibreOffice or Google Sheets and keep using:
 * <ul>
 *   <li><b>Summary</b>: who, as of when, the health score and its parts with a bar chart, category coverage with a
 *       chart, the key findings in sentences, and the PLN map;</li>
 *   <li><b>Connections</b>: the inventory as a table (filters, frozen header, dates, links) with each connection's
 *       share of the participant's engagement;</li>
 *   <li><b>Gaps &amp; actions</b>: the action plan, with Status (planned / doing / done, a drop-down), Target date
 *       and notes to fill in, and empty rows for the participant's own steps;</li>
 *   <li><b>Check-ins</b>: each connection's interval, last contact, next due date and the date it becomes overdue;
 *       rows turn red (overdue) or amber (due) by conditional formatting against an as-of date the participant can
 *       change;</li>
 *   <li><b>Topics</b>: topics × sources, with uncovered topics in red and single-source topics in amber.</li>
 * </ul>
 *
 * <pre>{@code
 * Assessment a = Assessor.assess(pln, AssessmentOptions.defaults());
 * byte[] png = PlnMap.render(pln, mapOptions, Format.PNG);
 * byte[] xlsx = new AssessmentWorkbook(Taxonomy.defaults()).bytes(pln, a, Optional.of(png));
 * }</pre>
 *
 * <p>Safe by construction: text from the input is always written as a string cell (never a formula); links are made
 * only for http and https addresses; sheet names are fixed. The only formulas are the workbook's own rules
 * (conditional formatting, validation) and refer to cells, never to input text. The same input gives the same bytes:
 * document dates are the as-of date and every zip entry has a fixed time. To keep names out, assess an anonymized
 * PLN ({@link org.plnkit.core.privacy.Anonymizer}): the workbook shows only what it is given, document properties
 * included.
 *
 * @since 0.1.0
 */
public final class AssessmentWorkbook {
    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Summary", "Connections", "Gaps & actions", "Check-ins",
            "Topics");
    /** The choices of the Status drop-down on the Gaps &amp; actions sheet. */
    public static final List<String> STATUSES = List.of("planned", "doing", "done");
    /** Empty rows left at the end of the action plan for the participant's own steps. */
    public static final int OWN_STEPS = 10;

    /** Width of the map on the Summary sheet, in pixels. */
    private static final int MAP_WIDTH_PX = 640;
    private static final int SUMMARY_RIGHT_FIRST_COL = 5;
    private static final int SUMMARY_RIGHT_COLS = 8;

    private final Taxonomy taxonomy;

    /** A writer for assessments made with this taxonomy (it gives the categories' colours and order). */
    public AssessmentWorkbook(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * The map as the workbook embeds it: its size in pixels, and the PNG, asked for only when the workbook is
     * written, so that the map can be drawn while the sheets are built.
     *
     * @param width  the PNG's width in pixels
     * @param height the PNG's height in pixels
     * @param png    gives the PNG's bytes
     */
    public record MapPicture(int width, int height, Supplier<byte[]> png) {
        public MapPicture {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a map of " + width + "x" + height + " pixels");
            }
            Objects.requireNonNull(png, "png");
        }

        /** A picture from PNG bytes at hand. */
        public static MapPicture of(byte[] png) {
            int[] size = pngSize(png);
            return new MapPicture(size[0], size[1], () -> png);
        }
    }

    /**
     * The workbook's bytes.
     *
     * @param pln    the PLN that was assessed (the same ids as in the assessment)
     * @param a      its assessment
     * @param mapPng the PLN map as a PNG, embedded in the Summary sheet when present
     */
    public byte[] bytes(Pln pln, Assessment a, Optional<byte[]> mapPng) {
        return make(pln, a, mapPng.map(MapPicture::of));
    }

    /** The workbook's bytes, with the map given by its size and drawn on demand. */
    public byte[] bytes(Pln pln, Assessment a, MapPicture map) {
        return make(pln, a, Optional.of(map));
    }

    private byte[] make(Pln pln, Assessment a, Optional<MapPicture> map) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Build(wb, pln, a).all(map);
            ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
            try (ZipArchiveOutputStream zip = Zips.stable(buf, Deflater.BEST_COMPRESSION)) {
                wb.write(zip);
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook to the stream (not closed). */
    public void write(Pln pln, Assessment a, Optional<byte[]> mapPng, OutputStream out) throws IOException {
        out.write(bytes(pln, a, mapPng));
    }

    /** One workbook being built. */
    private final class Build {
        private final XSSFWorkbook wb;
        private final Styles st;
        private final Pln pln;
        private final Assessment a;
        private final Map<String, String> labels = new LinkedHashMap<>();

        Build(XSSFWorkbook wb, Pln pln, Assessment a) {
            this.wb = wb;
            this.st = new Styles(wb);
            this.pln = pln;
            this.a = a;
            for (Composition.CategoryCount c : a.composition().byCategory()) {
                labels.put(c.category(), c.label());
            }
        }

        /** Where the map goes, once its bytes are asked for. */
        private Optional<Runnable> placeMap = Optional.empty();

        void all(Optional<MapPicture> map) {
            summary(map);
            connections();
            actions();
            checkIns();
            topics();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                printable(wb.getSheetAt(i));
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            properties();
            placeMap.ifPresent(Runnable::run);
        }

        private XSSFSheet sheet(int index) {
            return wb.createSheet(WorkbookUtil.createSafeSheetName(SHEETS.get(index)));
        }

        private String label(String categoryId) {
            return labels.getOrDefault(categoryId, categoryId);
        }

        // ------------------------------------------------------------------------------------------ Summary

        private void summary(Optional<MapPicture> map) {
            XSSFSheet s = sheet(0);
            int[] widths = {30, 13, 9, 56, 2, 12, 12, 12, 12, 12, 12, 12, 12};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256);
            }
            double leftWidth = widths[0] + widths[1] + widths[2] + widths[3];
            Participant p = a.participant();
            int r = 0;
            Row title = row(s, r++);
            text(title, 0, "PLN assessment: " + p.displayName(), st.title);
            merge(s, title.getRowNum(), 0, 3);
            title.setHeightInPoints(28);
            List<String> about = new ArrayList<>();
            p.role().ifPresent(about::add);
            p.school().ifPresent(about::add);
            if (!about.isEmpty()) {
                Row sub = row(s, r++);
                text(sub, 0, String.join(" · ", about), st.subtitle);
                merge(s, sub.getRowNum(), 0, 3);
                sub.setHeightInPoints(18);
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
                text(pr, 0, partName(sub.part()), st.text);
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
                    .map(t -> t.sortedReasons().stream().map(x -> x == Coverage.Reason.FEW_CONNECTIONS
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
                d.createPicture(anchor, idx);
            });
            return r + 1;
        }

        private double rowPx(XSSFSheet s, int r) {
            Row row = s.getRow(r);
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
            XDDFDataSource<String> x = XDDFDataSourcesFactory.fromStringCellRange(s, categories);
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(s, values);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, catAxis, valAxis);
            data.setBarDirection(BarDirection.BAR);
            data.setVaryColors(false);
            data.setGapWidth(60);
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(x, y);
            series.setTitle(title, null);
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Styles.BAR)));
            chart.plot(data);
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

        private double maxValue(XSSFSheet s, CellRangeAddress range) {
            double max = 0;
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                max = Math.max(max, s.getRow(r).getCell(range.getFirstColumn()).getNumericCellValue());
            }
            return max;
        }

        // ------------------------------------------------------------------------------------------ Connections

        private void connections() {
            XSSFSheet s = sheet(1);
            List<String> headers = List.of("Name", "Kind", "Category", "How often", "Value (1–5)",
                    "Share of engagement", "I give back", "Participation", "Want to do more", "Topics",
                    "Last contact", "Met via", "Web address");
            int[] widths = {30, 13, 26, 11, 10, 12, 9, 13, 10, 36, 12, 18, 48};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256);
            }
            header(s, 0, headers);
            row(s, 0).setHeightInPoints(32);
            int r = 1;
            // most engagement first: the order of the reliance measure
            for (Reliance.ConnectionWeight w : a.reliance().weights()) {
                Optional<Connection> found = pln.connection(w.connection().id());
                if (found.isEmpty()) {
                    continue;
                }
                Connection c = found.get();
                Row cr = row(s, r++);
                text(cr, 0, c.name(), st.wrap);
                text(cr, 1, c.kind().id(), st.text);
                text(cr, 2, label(c.category()), st.wrap);
                text(cr, 3, c.frequency().map(Frequency::id).orElse(""), st.text);
                if (c.value().isPresent()) {
                    number(cr, 4, c.value().get(), st.number);
                } else {
                    blank(cr, 4, st.number);
                }
                number(cr, 5, w.share(), st.percent);
                text(cr, 6, c.givesBack().map(b -> b ? "yes" : "no").orElse(""), st.text);
                text(cr, 7, c.participation().map(x -> x.id()).orElse(""), st.text);
                text(cr, 8, c.wantsMore().map(b -> b ? "yes" : "no").orElse(""), st.text);
                String topics = String.join("; ", c.topics());
                text(cr, 9, topics, st.wrap);
                if (c.lastContact().isPresent()) {
                    date(cr, 10, c.lastContact().get(), st.date);
                } else {
                    blank(cr, 10, st.date);
                }
                text(cr, 11, c.metVia().orElse(""), st.text);
                if (c.url().isPresent()) {
                    Cells.link(cr, 12, c.url().get(), st.link, st.text);
                } else {
                    blank(cr, 12, st.text);
                }
                fitLines(cr, Math.max(lines(topics, widths[9]), Math.max(lines(c.name(), widths[0]),
                        lines(label(c.category()), widths[2]))));
            }
            if (r == 1) {
                text(row(s, 1), 0, "No connections yet: add them to your PLN file and run the assessment again.",
                        st.note);
                s.createFreezePane(0, 1);
                return;
            }
            XSSFTable table = s.createTable(new AreaReference(new CellReference(0, 0),
                    new CellReference(r - 1, headers.size() - 1), SpreadsheetVersion.EXCEL2007));
            table.setName("ConnectionsTable");
            table.setDisplayName("ConnectionsTable");
            table.setStyleName("TableStyleLight9");
            table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
            table.getCTTable().getTableStyleInfo().setShowColumnStripes(false);
            if (!table.getCTTable().isSetAutoFilter()) {
                table.getCTTable().addNewAutoFilter();
            }
            table.getCTTable().getAutoFilter().setRef(table.getArea().formatAsString());
            table.updateHeaders();
            s.createFreezePane(1, 1);
            s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            // the share of engagement as a bar in its cell
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            XSSFConditionalFormattingRule bars = (XSSFConditionalFormattingRule) cf
                    .createConditionalFormattingRule(new XSSFColor(Styles.BAR, null));
            bars.getDataBarFormatting().setWidthMin(0);
            bars.getDataBarFormatting().setWidthMax(100);
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, r - 1, 5, 5)}, bars);
        }

        // ------------------------------------------------------------------------------------------ Gaps & actions

        private void actions() {
            XSSFSheet s = sheet(2);
            List<Recommendation> recs = a.actionPlan().recommendations();
            // suggestions come only with a suggestion source: without any, the column is left out
            boolean suggested = recs.stream().anyMatch(x -> !x.suggestions().isEmpty());
            List<String> headers = new ArrayList<>(List.of("#", "Type", "Step", "Why"));
            List<Integer> widths = new ArrayList<>(List.of(4, 15, 34, 70));
            if (suggested) {
                headers.add("Suggestions");
                widths.add(34);
            }
            int status = headers.size();
            headers.addAll(List.of("Status", "Target date", "My notes"));
            widths.addAll(List.of(11, 13, 34));
            int target = status + 1;
            int notes = status + 2;
            for (int i = 0; i < widths.size(); i++) {
                s.setColumnWidth(i, widths.get(i) * 256);
            }
            Row title = row(s, 0);
            text(title, 0, "My action plan", st.title);
            merge(s, 0, 0, 3);
            title.setHeightInPoints(28);
            Row intro = row(s, 1);
            text(intro, 0, "Most important first. Keep track with Status (planned, doing, done: pick from the list)"
                    + " and Target date; write your own steps in the empty rows at the end.", st.note);
            merge(s, 1, 0, notes);
            int head = 3;
            header(s, head, headers);
            row(s, head).setHeightInPoints(20);
            int r = head + 1;
            for (Recommendation rec : recs) {
                Row rr = row(s, r++);
                number(rr, 0, rec.rank(), st.number);
                text(rr, 1, rec.type().label(), st.text);
                text(rr, 2, rec.title(), st.wrap);
                text(rr, 3, rec.reason(), st.wrap);
                int lines = Math.max(lines(rec.reason(), widths.get(3)), lines(rec.title(), widths.get(2)));
                if (suggested) {
                    String suggestions = rec.suggestions().stream().map(AssessmentWorkbook::suggestion)
                            .collect(Collectors.joining("\n"));
                    text(rr, 4, suggestions, st.wrap);
                    lines = Math.max(lines, lines(suggestions, widths.get(4)));
                }
                blank(rr, status, st.fillIn);
                blank(rr, target, st.fillInDate);
                blank(rr, notes, st.fillIn);
                fitLines(rr, lines);
            }
            if (recs.isEmpty()) {
                Row rr = row(s, r++);
                text(rr, 2, "Nothing to do: your PLN is in good shape. Add your own steps below.", st.wrap);
                merge(s, rr.getRowNum(), 2, 3);
            }
            for (int i = 0; i < OWN_STEPS; i++) {
                Row rr = row(s, r++);
                for (int c = 1; c <= notes; c++) {
                    blank(rr, c, c == target ? st.fillInDate : st.fillIn);
                }
                rr.setHeightInPoints(20);
            }
            int last = r - 1;
            XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
            DataValidation dv = h.createValidation(h.createExplicitListConstraint(STATUSES.toArray(String[]::new)),
                    new CellRangeAddressList(head + 1, last, status, status));
            dv.setSuppressDropDownArrow(true);   // in XSSF this shows the arrow
            dv.setEmptyCellAllowed(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("Status", "Pick planned, doing or done from the list.");
            dv.setShowErrorBox(true);
            dv.createPromptBox("Status", "planned, doing or done");
            dv.setShowPromptBox(true);
            s.addValidationData(dv);
            s.addValidationData(dateValidation(h, head + 1, last, target, "Target date"));
            // done steps fade out
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            String statusCell = "$" + CellReference.convertNumToColString(status) + (head + 2);
            ConditionalFormattingRule done = cf.createConditionalFormattingRule(statusCell + "=\"done\"");
            FontFormatting font = done.createFontFormatting();
            font.setFontColorIndex(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            PatternFormatting fill = done.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(Styles.GREEN_FILL, null));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(head + 1, last, 0, status - 1)},
                    done);
            s.setAutoFilter(new CellRangeAddress(head, last, 0, notes));
            s.createFreezePane(0, head + 1);
            s.setRepeatingRows(CellRangeAddress.valueOf((head + 1) + ":" + (head + 1)));
        }

        private DataValidation dateValidation(XSSFDataValidationHelper h, int first, int last, int col, String what) {
            DataValidationConstraint c = h.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "DATE(2000,1,1)", "DATE(2100,12,31)", null);
            DataValidation dv = h.createValidation(c, new CellRangeAddressList(first, last, col, col));
            dv.setEmptyCellAllowed(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("Not a date", what + " is a date, for example 2026-12-15.");
            dv.setShowErrorBox(true);
            return dv;
        }

        // ------------------------------------------------------------------------------------------ Check-ins

        /** One row of the check-in schedule. */
        private record CheckIn(Connection c, Optional<Integer> interval, Optional<LocalDate> due,
                               Optional<LocalDate> overdueFrom, Optional<Upkeep.OverdueCheckIn> overdue) {
        }

        private void checkIns() {
            XSSFSheet s = sheet(3);
            int[] widths = {30, 26, 11, 10, 13, 13, 14, 52};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256);
            }
            Row title = row(s, 0);
            text(title, 0, "Check-in schedule", st.title);
            title.setHeightInPoints(28);
            Row asOfRow = row(s, 1);
            text(asOfRow, 0, "As of", st.label);
            date(asOfRow, 1, a.asOf(), st.fillInDate);
            text(asOfRow, 2, "Red: overdue on this date (the interval plus a grace of half of it, at least "
                    + a.thresholds().checkInGraceMinDays() + " days). Amber: due, still within the grace."
                    + " Change the date (for example to today) to see what is due.", st.note);
            merge(s, 1, 2, 7);
            asOfRow.setHeightInPoints(32);
            int head = 3;
            header(s, head, List.of("Connection", "Category", "How often", "Every (days)", "Last contact",
                    "Next due", "Overdue from", "Note"));
            row(s, head).setHeightInPoints(20);

            Map<String, Upkeep.OverdueCheckIn> overdue = new LinkedHashMap<>();
            a.upkeep().overdueCheckIns().forEach(o -> overdue.put(o.connection().id(), o));
            List<CheckIn> rows = new ArrayList<>();
            for (Connection c : pln.connections()) {
                Optional<Integer> interval = c.frequency().flatMap(Frequency::checkInIntervalDays);
                Optional<LocalDate> due = Optional.empty();
                Optional<LocalDate> from = Optional.empty();
                if (interval.isPresent() && c.lastContact().isPresent()) {
                    due = Optional.of(c.lastContact().get().plusDays(interval.get()));
                    // overdue when days since > interval + grace (as the assessment counts it)
                    from = Optional.of(c.lastContact().get().plusDays(interval.get()
                            + a.thresholds().graceDays(interval.get()) + 1L));
                }
                rows.add(new CheckIn(c, interval, due, from, Optional.ofNullable(overdue.get(c.id()))));
            }
            // overdue first (most days late), then by next due date, then no schedule, then no date; ties by id
            rows.sort(Comparator.comparingInt((CheckIn x) -> x.overdue().isPresent() ? 0 : x.due().isPresent() ? 1
                            : x.c().lastContact().isPresent() ? 2 : 3)
                    .thenComparingLong(x -> x.overdue().map(o -> -o.daysOverdue()).orElse(0L))
                    .thenComparing(x -> x.due().orElse(LocalDate.MAX))
                    .thenComparing(x -> x.c().id()));
            int r = head + 1;
            for (CheckIn x : rows) {
                Connection c = x.c();
                Row cr = row(s, r++);
                text(cr, 0, c.name(), st.wrap);
                text(cr, 1, label(c.category()), st.wrap);
                text(cr, 2, c.frequency().map(Frequency::id).orElse(""), st.text);
                if (x.interval().isPresent()) {
                    number(cr, 3, x.interval().get(), st.number);
                } else {
                    blank(cr, 3, st.number);
                }
                if (c.lastContact().isPresent()) {
                    date(cr, 4, c.lastContact().get(), st.date);
                } else {
                    blank(cr, 4, st.date);
                }
                dateOrBlank(cr, 5, x.due());
                dateOrBlank(cr, 6, x.overdueFrom());
                String note = note(x);
                text(cr, 7, note, st.wrap);
                fitLines(cr, Math.max(lines(note, widths[7]), Math.max(lines(c.name(), widths[0]),
                        lines(label(c.category()), widths[1]))));
            }
            if (rows.isEmpty()) {
                text(row(s, r++), 0, "No connections yet.", st.note);
            }
            int last = Math.max(head + 1, r - 1);
            XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
            s.addValidationData(dateValidation(h, 1, 1, 1, "As of"));
            s.addValidationData(dateValidation(h, head + 1, last, 4, "Last contact"));
            // rules against the as-of date in B2: first match wins in LibreOffice, so amber excludes red
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            String n = Integer.toString(head + 2);
            ConditionalFormattingRule red = cf.createConditionalFormattingRule(
                    "AND(ISNUMBER($G" + n + "),$B$2>=$G" + n + ")");
            fill(red, Styles.RED_FILL);
            ConditionalFormattingRule amber = cf.createConditionalFormattingRule(
                    "AND(ISNUMBER($F" + n + "),$B$2>=$F" + n + ",NOT(AND(ISNUMBER($G" + n + "),$B$2>=$G" + n + ")))");
            fill(amber, Styles.AMBER_FILL);
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(head + 1, last, 0, 7)}, red,
                    amber);
            s.setAutoFilter(new CellRangeAddress(head, last, 0, 7));
            s.createFreezePane(0, head + 1);
            s.setRepeatingRows(CellRangeAddress.valueOf((head + 1) + ":" + (head + 1)));
        }

        private void dateOrBlank(Row r, int col, Optional<LocalDate> d) {
            if (d.isPresent()) {
                date(r, col, d.get(), st.date);
            } else {
                blank(r, col, st.date);
            }
        }

        private String note(CheckIn x) {
            Connection c = x.c();
            if (x.overdue().isPresent()) {
                Upkeep.OverdueCheckIn o = x.overdue().get();
                return Words.count(o.daysOverdue(), "day") + " past due on " + a.asOf() + ".";
            }
            if (c.lastContact().isEmpty()) {
                return "No last contact date: write when you were last in touch.";
            }
            if (c.frequency().isEmpty()) {
                return "No frequency given, so no schedule: say how often you mean to check in.";
            }
            if (x.interval().isEmpty()) {
                return "Rarely: no set schedule.";
            }
            if (c.lastContact().get().isAfter(a.asOf())) {
                return "Last contact after the as-of date.";
            }
            return "";
        }

        private void fill(ConditionalFormattingRule rule, byte[] color) {
            PatternFormatting p = rule.createPatternFormatting();
            p.setFillBackgroundColor(new XSSFColor(color, null));
            p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        }

        // ------------------------------------------------------------------------------------------ Topics

        private void topics() {
            XSSFSheet s = sheet(4);
            TopicCoverage t = a.topics();
            Row title = row(s, 0);
            text(title, 0, "Topics and their sources", st.title);
            title.setHeightInPoints(28);
            s.setColumnWidth(0, 30 * 256);
            s.setColumnWidth(1, 9 * 256);
            s.setColumnWidth(2, 16 * 256);
            if (t.byTopic().isEmpty()) {
                Row r = row(s, 1);
                text(r, 0, "You have not named the topics you need to keep up with. Add them under topics: in your"
                        + " PLN file, and list each connection's topics, to see here which topics have enough"
                        + " sources.", st.note);
                merge(s, 1, 0, 7);
                fitLines(r, 2);
                for (int c = 3; c <= 7; c++) {
                    s.setColumnWidth(c, 14 * 256);
                }
                return;
            }
            Row intro = row(s, 1);
            text(intro, 0, "● = this connection helps you keep up with the topic. Red: no source yet. Amber: a single"
                    + " source; if you lost touch, the topic would have none.", st.note);
            // sources: connections that help with at least one topic, most engagement first
            Set<String> helping = new TreeSet<>();
            t.byTopic().forEach(x -> x.sources().forEach(src -> helping.add(src.connection().id())));
            List<ConnectionRef> sources = a.reliance().weights().stream().map(Reliance.ConnectionWeight::connection)
                    .filter(c -> helping.contains(c.id())).toList();
            int head = 3;
            Row h = row(s, head);
            text(h, 0, "Topic", st.header);
            text(h, 1, "Sources", st.header);
            text(h, 2, "Status", st.header);
            int longest = 8;
            for (int i = 0; i < sources.size(); i++) {
                text(h, 3 + i, sources.get(i).name(), st.headerRotated);
                s.setColumnWidth(3 + i, 5 * 256);
                longest = Math.max(longest, Math.min(sources.get(i).name().length(), 48));
            }
            merge(s, 1, 0, Math.max(7, 2 + sources.size()));
            fitLines(intro, lines(intro.getCell(0).getStringCellValue(), 55 + 5.0 * Math.max(5, sources.size())));
            // rotated names: a line of about 7 points per character, wrapped at 24 characters
            h.setHeightInPoints((float) Math.min(170, 7.0 * Math.min(longest, 24) + 12));
            int r = head + 1;
            for (TopicCoverage.TopicSources ts : t.byTopic()) {
                Row tr = row(s, r++);
                boolean none = ts.status() == TopicCoverage.Status.UNCOVERED;
                boolean one = ts.status() == TopicCoverage.Status.FRAGILE;
                text(tr, 0, ts.topic(), none ? st.redWrap : one ? st.amberWrap : st.wrap);
                number(tr, 1, ts.sources().size(), none ? st.redNumber : one ? st.amberNumber : st.number);
                text(tr, 2, none ? "no source" : one ? "single source" : "covered",
                        none ? st.red : one ? st.amber : st.text);
                Set<String> ids = ts.sources().stream().map(x -> x.connection().id())
                        .collect(Collectors.toCollection(TreeSet::new));
                for (int i = 0; i < sources.size(); i++) {
                    if (ids.contains(sources.get(i).id())) {
                        text(tr, 3 + i, "●", one ? st.amberMark : st.mark);
                    } else {
                        blank(tr, 3 + i, none ? st.redMark : one ? st.amberMark : st.mark);
                    }
                }
                fitLines(tr, lines(ts.topic(), 30));
            }
            s.createFreezePane(3, head + 1);
        }

        // ------------------------------------------------------------------------------------------ shared

        private void header(XSSFSheet s, int r, List<String> names) {
            Row h = row(s, r);
            for (int i = 0; i < names.size(); i++) {
                text(h, i, names.get(i), st.header);
            }
        }

        /** Landscape, one page wide: charts and columns stay together on paper and in PDF. */
        private void printable(XSSFSheet s) {
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.setHorizontallyCenter(false);
            s.getFooter().setCenter("&P / &N");
        }

        private void properties() {
            DocumentProperties.set(wb, "PLN assessment: " + a.participant().displayName(), "Assessment as of "
                    + a.asOf() + ": summary, connections, action plan, check-ins and topics.", a.asOf());
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            core.setSubjectProperty("Personal Learning Network assessment");
            core.setKeywords("PLN; personal learning network");
        }
    }

    /** The name of a health part for people: "Give-back" for {@code GIVE_BACK}. */
    static String partName(Health.Part part) {
        String id = AssessmentJson.enumId(part);
        return Words.capitalize(id);
    }

    /** Width and height of a PNG, from its header. */
    static int[] pngSize(byte[] png) {
        if (png.length < 24 || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            throw new IllegalArgumentException("the map is not a PNG picture");
        }
        return new int[] {java.nio.ByteBuffer.wrap(png, 16, 4).getInt(), java.nio.ByteBuffer.wrap(png, 20, 4).getInt()};
    }

    private static String suggestion(Suggestion s) {
        return s.name() + s.url().map(u -> " (" + u + ")").orElse("") + s.note().map(n -> ": " + n).orElse("");
    }
}
