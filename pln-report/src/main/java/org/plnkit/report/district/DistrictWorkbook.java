package org.plnkit.report.district;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.analysis.cohort.Bridge;
import org.plnkit.analysis.cohort.CategoryCoverage;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.growth.CohortGrowth;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.CommunityProfiles;
import org.plnkit.analysis.cohort.NeedsSupport;
import org.plnkit.analysis.cohort.Promotions;
import org.plnkit.analysis.cohort.GroupSummary;
import org.plnkit.analysis.cohort.Keystone;
import org.plnkit.analysis.cohort.Projection;
import org.plnkit.analysis.cohort.ScoreStats;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.analysis.health.Health;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.RowCounts;
import org.plnkit.report.io.ScratchFiles;
import org.plnkit.report.io.Zips;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.DocumentProperties;
import org.plnkit.report.workbook.kit.LongLists;
import org.plnkit.report.workbook.kit.XssfWorkbooks;
import org.plnkit.report.workbook.kit.Styles;

/**
 * The district workbook ({@code district.xlsx}): the cohort at a glance for district PD staff. Sheets:
 * <ol>
 *   <li><b>Overview</b> — key figures and charts: category adoption, the health-score distribution, health by
 *       school;</li>
 *   <li><b>Heatmap</b> — participants × categories, connections per category, coloured from red (none) to
 *       green;</li>
 *   <li><b>Participants</b> — every score of every participant (a table with filters, frozen header);</li>
 *   <li><b>Coverage</b> — have / thin / lack per category, for the cohort, each school and each role;</li>
 *   <li><b>Shared resources</b> — every organization, resource or person named by two participants or more,
 *       ranked;</li>
 *   <li><b>Keystones</b>, <b>Communities</b>, <b>Bridges</b>, <b>Isolated</b>;</li>
 *   <li><b>Input problems</b> — every row the reader left out or noted, with its place and reason, the rows
 *       counted per table, and the participants who could not be assessed;</li>
 *   <li><b>About</b> — what each sheet shows and how it was computed.</li>
 * </ol>
 * Large sheets are streamed (POI's SXSSF, 200 rows in memory), so 5,000 participants take little memory; a list
 * longer than a sheet holds ({@link LongLists#ROWS_PER_SHEET} rows) continues in a CSV file beside the workbook,
 * named on the sheet. Text from
 * the input always goes into a cell as text, never as a formula. The same analysis, labels and input give the same
 * bytes.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("district.xlsx"))) {
 *     new DistrictWorkbook().write(analysis, CohortLabels.anonymous(analysis), DistrictInput.of("cohort.xlsx",
 *             "2026-11-01"), out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DistrictWorkbook {
    /** The sheet names, in order. */
    public static final List<String> SHEETS = List.of("Overview", "Needs support", "What to promote", "Heatmap",
            "Participants", "Coverage", "Shared resources", "Keystones", "Communities", "Bridges", "Isolated",
            "Input problems", "About");

    /** At most this many schools in the overview's chart (the largest); all are on the Coverage sheet. */
    static final int CHART_SCHOOLS = 25;
    private static final int WINDOW = 200;
    private static final int HAVE = 0x4E9A57;
    private static final int THIN = 0xE3B23C;
    private static final int LACK = 0xC8553D;

    /** Writes the workbook; the stream is not closed. */
    public void write(CohortAnalysis a, CohortLabels labels, DistrictInput input, OutputStream out)
            throws IOException {
        write(a, labels, input, Optional.empty(), out);
    }

    /**
     * The growth between two waves for the sheets Growth overview (after Overview) and Growth (after it).
     *
     * @param growth the comparison of the waves
     * @param seed   the seed its bootstrap was drawn with, to report
     */
    public record Waves(CohortGrowth growth, long seed) {
        public Waves {
            Objects.requireNonNull(growth, "growth");
        }
    }

    /**
     * Writes the workbook with the growth since an earlier wave when given; the stream is not closed.
     *
     * @throws IllegalStateException when a list is longer than a sheet holds ({@link LongLists#ROWS_PER_SHEET}):
     *                               write it with {@link #write(CohortAnalysis, CohortLabels, DistrictInput, Optional,
     *                               LongLists, OutputStream)} to get the rest of the list as CSV
     */
    public void write(CohortAnalysis a, CohortLabels labels, DistrictInput input, Optional<Waves> waves,
                      OutputStream out) throws IOException {
        List<LongLists.Spill> spills = write(a, labels, input, waves, new LongLists("district"), out);
        if (!spills.isEmpty()) {
            throw new IllegalStateException("the sheet " + spills.get(0).sheet() + " has more rows than a sheet holds ("
                    + LongLists.ROWS_PER_SHEET + "): write the workbook with its long lists beside it");
        }
    }

    /**
     * Writes the workbook; a list longer than a sheet holds continues in a CSV file named on the sheet, returned for
     * the caller to write beside the workbook ({@link LongLists}). The stream is not closed.
     *
     * @return the lists' rows past their sheet's cap, in sheet order (none in most districts)
     */
    public List<LongLists.Spill> write(CohortAnalysis a, CohortLabels labels, DistrictInput input,
                                       Optional<Waves> waves, LongLists lists, OutputStream out) throws IOException {
        Objects.requireNonNull(a, "analysis");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(input, "input");
        // the streamed sheets' scratch files hold the sheets as written (names, with --show-names): made through
        // ScratchFiles, so that a run stopped first (Ctrl-C, kill) leaves none behind
        try (ScratchFiles.PoiScratch scratch = new ScratchFiles.PoiScratch()) {
            return TempFile.withStrategy(scratch, () -> {
                try {
                    return stream(a, labels, input, waves, lists, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<LongLists.Spill> stream(CohortAnalysis a, CohortLabels labels, DistrictInput input,
                                         Optional<Waves> waves, LongLists lists, OutputStream out) throws IOException {
        XSSFWorkbook base = XssfWorkbooks.create();
        SXSSFWorkbook wb = null;
        try {
            Styles baseStyles = new Styles(base);
            overview(base, baseStyles, a, labels, input);
            Optional<GrowthSheets> growth = waves.map(w -> new GrowthSheets(w.growth(), labels, a.taxonomy(),
                    w.seed(), a.schools(), a.roles()));
            growth.ifPresent(gs -> gs.overview(base, baseStyles));
            wb = new StableWorkbook(base, WINDOW);
            wb.setCompressTempFiles(false);
            Styles st = new Styles(wb);
            if (growth.isPresent()) {
                growth.get().participants(wb, st, a);   // third, after the two overviews
            }
            DistrictSheet.Context context = new DistrictSheet.Context(wb, st, a, labels, input, lists);
            for (var sheet : STREAMED) {
                sheet.apply(context).write();
            }
            properties(base, input);
            wb.write(out);
            return lists.spills();
        } finally {
            if (wb != null) {
                wb.close();   // also deletes the streamed sheets' temporary files (POI 5.5)
            } else {
                base.close();
            }
        }
    }

    /** The workbook as bytes. */
    public byte[] bytes(CohortAnalysis a, CohortLabels labels, DistrictInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(a, labels, input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * SXSSF with a stable zip: every entry dated 2026-01-01 00:00 (local DOS time, so the bytes do not depend on
     * the time zone either), no Zip64 records, so that streaming zip readers (java.util.zip.ZipInputStream) read
     * it too, and the fastest compression level.
     */
    private static final class StableWorkbook extends SXSSFWorkbook {
        StableWorkbook(XSSFWorkbook base, int window) {
            super(base, window);
        }

        @Override
        protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
            // the same bytes as POI's writer, with less work (a tenth of a 5,000-participant run was POI's writer)
            return isCompressTempFiles() ? super.createSheetDataWriter()
                    : new org.plnkit.report.workbook.kit.FastSheetDataWriter();
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                OutputStream out) {
            // the fastest compression: a 5,000-participant workbook compresses in a third of the time, 15% larger
            return Zips.stable(out, java.util.zip.Deflater.BEST_SPEED);
        }
    }

    private static void properties(XSSFWorkbook wb, DistrictInput input) {
        DocumentProperties.set(wb, "PLN cohort: " + input.source(),
                "District workbook of a PLN cohort: coverage, health, shared resources, communities.");
    }

    // ================================================================ Overview (user model: it has charts)

    private static void overview(XSSFWorkbook wb, Styles st, CohortAnalysis a, CohortLabels labels,
                                 DistrictInput input) {
        XSSFSheet s = wb.createSheet("Overview");
        // "Median health" in bold needs 15 characters; at 13 it ran into "Mean health" (seen at 5,000 participants)
        int[] widths = {52, 13, 15, 13, 13, 11, 3};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        text(s.createRow(r++), 0, "PLN cohort: " + input.source(), st.title);
        String subtitle = String.format(Locale.ROOT, "%,d participants, %,d connections; assessed as of %s. %s",
                a.size(), a.connections(), input.asOf(), labels.anonymized()
                        ? "People are anonymized: participants by number" + (input.hints().showNames().isEmpty() ? "."
                                : " (" + input.hints().showNames() + ").")
                        : "People are shown by name: keep this file private.");
        // wrapped over the table's width: on one line it ran past the printed page (seen at 500 participants)
        org.apache.poi.xssf.usermodel.XSSFCellStyle wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(st.subtitle);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        Row sub = s.createRow(r++);
        text(sub, 0, subtitle, wrapped);
        org.plnkit.report.workbook.kit.Cells.merge(s, sub.getRowNum(), 0, 5);
        sub.setHeightInPoints(16f * org.plnkit.report.workbook.kit.Cells.lines(subtitle, 52 + 13 + 15 + 13 + 13 + 11));
        r++;
        text(s.createRow(r++), 0, "Key figures", st.heading);
        long errors = input.problems().stream().filter(Problem::isError).count();
        long leftOut = input.counts().stream().mapToLong(org.plnkit.core.read.RowCounts::rejected).sum();
        long inCommunity = a.participants().stream().filter(p -> p.community().isPresent()).count();
        Object[][] figures = {
                {"Participants", a.size()},
                {"Assessed (with a health score)", a.assessed()},
                {"Could not be assessed (see Input problems)", a.size() - a.assessed()},
                {"Connections", a.connections()},
                {"Shared organizations, resources and people (named by 2 or more)", a.graph().nodeCount()},
                {"Median health score (0-100)", a.health().overall().median()},
                {"Communities (" + CommunityProfiles.minSize(a.size()) + " members or more; smaller: small groups)",
                        CommunityProfiles.of(a).size()},
                {"Small groups (fewer than " + CommunityProfiles.minSize(a.size()) + " members)",
                        CommunityProfiles.smallGroups(a)[0]},
                {"Participants in a community or small group", inCommunity},
                {"Isolated participants (share nothing with anyone)", a.isolated().size()},
                {"Keystones (the only source for most of their users; of " + String.format(Locale.ROOT, "%,d",
                        a.graph().nodeCount()) + " shared)", a.keystones().size()},
                {"Participants who need support (Needs support sheet)", NeedsSupport.rank(a).size()},
                {"Shared resources to promote (What to promote sheet)", Promotions.of(a).size()},
                {"Input rows left out (see Input problems)", leftOut},
                {"Input problems: errors", errors},
                {"Input problems: warnings", input.problems().size() - errors}};
        for (Object[] f : figures) {
            Row row = s.createRow(r++);
            text(row, 0, (String) f[0], st.text);
            number(row, 1, ((Number) f[1]).doubleValue(), st.integer);
        }
        XSSFDrawing drawing = s.createDrawingPatriarch();

        // category adoption
        r += 2;
        int chartTop = r;
        text(s.createRow(r++), 0, "Category adoption (participants)", st.heading);
        int headerRow = r;
        header(s.createRow(r++), st, "Category", "Have", "Thin", "Missing", "Adoption");
        s.getRow(r - 1).setHeightInPoints(30);
        int first = r;
        for (CategoryCoverage c : a.coverage().byCategory()) {
            Row row = s.createRow(r++);
            text(row, 0, c.label(), st.text);
            number(row, 1, c.have(), st.integer);
            number(row, 2, c.thin(), st.integer);
            number(row, 3, c.lack(), st.integer);
            number(row, 4, c.adoption(), st.percent);
        }
        int last = r - 1;
        Charts.bar(s, drawing, "Category adoption: have, thin, missing", first, last, 0, List.of(
                        new Charts.Series(headerRow, 1, 1, HAVE), new Charts.Series(headerRow, 2, 2, THIN),
                        new Charts.Series(headerRow, 3, 3, LACK)), true, true, "participants",
                7, chartTop, 17, chartTop + 20, 0, a.assessed());
        r = Math.max(r, chartTop + 20);

        // health distribution, on a page of its own when printed
        r += 2;
        s.setRowBreak(r - 1);
        chartTop = r;
        text(s.createRow(r++), 0, "Health scores", st.heading);
        headerRow = r;
        header(s.createRow(r++), st, "Score", "Participants");
        s.getRow(r - 1).setHeightInPoints(30);
        first = r;
        List<Integer> hist = a.health().overall().histogram();
        for (int b = 0; b < hist.size(); b++) {
            Row row = s.createRow(r++);
            text(row, 0, b == 9 ? "90-100" : (b * 10) + "-" + (b * 10 + 9), st.text);
            number(row, 1, hist.get(b), st.integer);
        }
        last = r - 1;
        ScoreStats h = a.health().overall();
        text(s.createRow(r++), 0, String.format(Locale.ROOT, "Median %d; middle half %d-%d; lowest %d, highest %d.",
                h.median(), h.lowerQuartile(), h.upperQuartile(), h.min(), h.max()), st.note);
        Charts.bar(s, drawing, "Health-score distribution", first, last, 0,
                List.of(new Charts.Series(headerRow, 1, 1, 0x3B6EA8)), false, false, "participants",
                7, chartTop, 17, chartTop + 17, 0, -1);
        r = Math.max(r, chartTop + 17);

        // by school
        r += 2;
        s.setRowBreak(r - 1);
        chartTop = r;
        List<GroupSummary> schools = a.coverage().bySchool();
        int shown = Math.min(CHART_SCHOOLS, schools.size());
        text(s.createRow(r++), 0, schools.size() > shown ? "By school (the " + shown + " largest of "
                + schools.size() + "; all on the Coverage sheet)" : "By school", st.heading);
        headerRow = r;
        header(s.createRow(r++), st, "School", "Participants", "Median health", "Mean health", "Isolated");
        s.getRow(r - 1).setHeightInPoints(30);
        first = r;
        for (GroupSummary g : schools.subList(0, shown)) {
            Row row = s.createRow(r++);
            text(row, 0, g.group(), st.text);
            number(row, 1, g.participants(), st.integer);
            number(row, 2, g.health().median(), st.integer);
            number(row, 3, g.health().mean(), st.decimal);
            number(row, 4, g.isolated(), st.integer);
        }
        last = r - 1;
        if (shown > 0) {
            int height = Math.max(14, shown + 6);
            Charts.bar(s, drawing, "Median health score by school", first, last, 0,
                    List.of(new Charts.Series(headerRow, 2, 2, 0x3B6EA8)), true, false, "median health score",
                    7, chartTop, 17, chartTop + height, 0, 100);
        }
        printable(s);
        s.setDisplayGridlines(false);
    }

    // ================================================================ streamed sheets

    /** The streamed sheets after the Overview, in order: adding a sheet is one class and one line here. */
    private static final List<java.util.function.Function<DistrictSheet.Context, DistrictSheet>> STREAMED = List.of(
            NeedsSupportSheet::new, PromoteSheet::new, HeatmapSheet::new, ParticipantsSheet::new, CoverageSheet::new,
            SharedResourcesSheet::new, KeystonesSheet::new, CommunitiesSheet::new, BridgesSheet::new,
            IsolatedSheet::new, ProblemsSheet::new, AboutSheet::new);


    static String partLabel(Health.Part part) {
        return switch (part) {
            case COVERAGE -> "Coverage";
            case DIVERSITY -> "Diversity";
            case CONCENTRATION -> "Concentration";
            case TOPICS -> "Topics";
            case GIVE_BACK -> "Give-back";
            case UPKEEP -> "Upkeep";
        };
    }

    // ================================================================ cells

    static void header(Row row, Styles st, String... headers) {
        for (int c = 0; c < headers.length; c++) {
            text(row, c, headers[c], st.header);
        }
    }

    /** Text goes in through the workbook toolkit: a string cell, never a formula, within the cell limit. */
    static void text(Row row, int column, String value, CellStyle style) {
        Cells.text(row, column, value, style);
    }

    static void number(Row row, int column, double value, CellStyle style) {
        Cells.number(row, column, value, style);
    }

    /** Landscape, one page wide. */
    private static void printable(Sheet s) {
        Cells.printable(s);
    }
}
