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
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.GroupSummary;
import org.plnkit.analysis.cohort.Keystone;
import org.plnkit.analysis.cohort.Projection;
import org.plnkit.analysis.cohort.ScoreStats;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.analysis.health.Health;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.RowCounts;
import org.plnkit.report.io.Zips;

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
 * Large sheets are streamed (POI's SXSSF, 200 rows in memory), so 5,000 participants take little memory. Text from
 * the input always goes into a cell as text, never as a formula. The same analysis, labels and input give the same
 * bytes.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("district.xlsx"))) {
 *     new DistrictWorkbook().write(analysis, CohortLabels.anonymous(analysis), DistrictInput.of("cohort.xlsx",
 *             "2026-11-01"), out);
 * }
 * }</pre>
 */
public final class DistrictWorkbook {
    /** The sheet names, in order. */
    public static final List<String> SHEETS = List.of("Overview", "Heatmap", "Participants", "Coverage",
            "Shared resources", "Keystones", "Communities", "Bridges", "Isolated", "Input problems", "About");

    /** Document dates are fixed, so that the same analysis gives the same bytes. */
    private static final Date FIXED_DATE = Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC)
            .toInstant());
    /** At most this many schools in the overview's chart (the largest); all are on the Coverage sheet. */
    static final int CHART_SCHOOLS = 25;
    private static final int WINDOW = 200;
    private static final int HAVE = 0x4E9A57;
    private static final int THIN = 0xE3B23C;
    private static final int LACK = 0xC8553D;

    /** Writes the workbook; the stream is not closed. */
    public void write(CohortAnalysis a, CohortLabels labels, DistrictInput input, OutputStream out)
            throws IOException {
        Objects.requireNonNull(a, "analysis");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(input, "input");
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = null;
        try {
            Styles baseStyles = new Styles(base);
            overview(base, baseStyles, a, labels, input);
            wb = new StableWorkbook(base, WINDOW);
            wb.setCompressTempFiles(false);
            Styles st = new Styles(wb);
            new Writer(wb, st, a, labels, input).all();
            properties(base, input);
            wb.write(out);
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
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                OutputStream out) {
            // the fastest compression: a 5,000-participant workbook compresses in a third of the time, 15% larger
            return Zips.stable(out, java.util.zip.Deflater.BEST_SPEED);
        }
    }

    private static void properties(XSSFWorkbook wb, DistrictInput input) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator("PLN Toolkit");
        core.setTitle("PLN cohort: " + input.source());
        core.setDescription("District workbook of a PLN cohort: coverage, health, shared resources, communities.");
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("PLN Toolkit");
    }

    // ================================================================ Overview (user model: it has charts)

    private static void overview(XSSFWorkbook wb, Styles st, CohortAnalysis a, CohortLabels labels,
                                 DistrictInput input) {
        XSSFSheet s = wb.createSheet("Overview");
        int[] widths = {52, 13, 13, 13, 13, 11, 3};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        text(s.createRow(r++), 0, "PLN cohort: " + input.source(), st.title);
        text(s.createRow(r++), 0, String.format(Locale.ROOT, "%,d participants, %,d connections; assessed as of %s. "
                        + "%s", a.size(), a.connections(), input.asOf(), labels.anonymized()
                        ? "People are anonymized: participants by number (run with --show-names for names)."
                        : "People are shown by name: keep this file private."), st.subtitle);
        r++;
        text(s.createRow(r++), 0, "Key figures", st.heading);
        long errors = input.problems().stream().filter(Problem::isError).count();
        long inCommunity = a.participants().stream().filter(p -> p.community().isPresent()).count();
        Object[][] figures = {
                {"Participants", a.size()},
                {"Assessed (with a health score)", a.assessed()},
                {"Could not be assessed (see Input problems)", a.size() - a.assessed()},
                {"Connections", a.connections()},
                {"Shared organizations, resources and people (named by 2 or more)", a.graph().nodeCount()},
                {"Median health score (0-100)", a.health().overall().median()},
                {"Communities", a.communities().size()},
                {"Participants in a community", inCommunity},
                {"Isolated participants (share nothing with anyone)", a.isolated().size()},
                {"Keystones (only source for 2 or more participants)", a.keystones().size()},
                {"Input problems: rows left out (errors)", errors},
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
        header(s.createRow(r++), st, "Category", "Have", "Thin", "Lack", "Adoption");
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
        Charts.bar(s, drawing, "Category adoption: have, thin, lack", first, last, 0, List.of(
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

    private static final class Writer {
        private final SXSSFWorkbook wb;
        private final Styles st;
        private final CohortAnalysis a;
        private final CohortLabels labels;
        private final DistrictInput input;
        private final Taxonomy taxonomy;

        Writer(SXSSFWorkbook wb, Styles st, CohortAnalysis a, CohortLabels labels, DistrictInput input) {
            this.wb = wb;
            this.st = st;
            this.a = a;
            this.labels = labels;
            this.input = input;
            this.taxonomy = a.taxonomy();
        }

        void all() {
            heatmap();
            participants();
            coverage();
            shared();
            keystones();
            communities();
            bridges();
            isolated();
            problems();
            about();
        }

        private SXSSFSheet sheet(String name, int... widths) {
            SXSSFSheet s = wb.createSheet(name);
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, widths[c] * 256);
            }
            printable(s);
            return s;
        }

        /** A header row, frozen, with filters over the rows that follow. */
        private void headed(SXSSFSheet s, int headerRow, int lastRow, String... headers) {
            header(s.createRow(headerRow), st, headers);
            s.createFreezePane(1, headerRow + 1);
            if (lastRow > headerRow) {
                s.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, headers.length - 1));
            }
        }

        private String school(Participant p) {
            return p.school().orElse("");
        }

        // ------------------------------------------------------------ Heatmap

        private void heatmap() {
            List<Category> cats = taxonomy.categories();
            int[] widths = new int[3 + cats.size()];
            widths[0] = 18;
            widths[1] = 28;
            widths[2] = 11;
            for (int c = 0; c < cats.size(); c++) {
                widths[3 + c] = 12;
            }
            SXSSFSheet s = sheet("Heatmap", widths);
            text(s.createRow(0), 0, "Connections per category: red = none (a gap), yellow = one, green = three or "
                    + "more. Thin categories (one connection, or only yearly or rarely checked) are counted on the "
                    + "Participants sheet.", st.note);
            String[] headers = new String[3 + cats.size()];
            headers[0] = "Participant";
            headers[1] = "School";
            headers[2] = "Community";
            for (int c = 0; c < cats.size(); c++) {
                headers[3 + c] = cats.get(c).label();
            }
            int n = a.size();
            headed(s, 1, 1 + n, headers);
            s.getRow(1).setHeightInPoints(45);
            int r = 2;
            for (CohortParticipant p : a.participants()) {
                Row row = s.createRow(r++);
                text(row, 0, labels.participant(p.index()), st.text);
                text(row, 1, school(p.participant()), st.text);
                p.community().ifPresent(c -> number(row, 2, c, st.integer));
                if (p.scores().isPresent()) {
                    List<Integer> counts = p.scores().get().categoryCounts();
                    for (int c = 0; c < cats.size(); c++) {
                        number(row, 3 + c, counts.get(c), st.integer);
                    }
                }
            }
            if (n > 0) {
                SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
                ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
                ColorScaleFormatting scale = rule.getColorScaleFormatting();
                scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[0].setValue(0d);
                scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[1].setValue(1d);
                scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[2].setValue(3d);
                scale.setColors(new ExtendedColor[] {color(0xF4A582), color(0xFFE699), color(0x7FBF7B)});
                cf.addConditionalFormatting(new CellRangeAddress[] {
                        new CellRangeAddress(2, 1 + n, 3, 2 + cats.size())}, rule);
            }
        }

        private ExtendedColor color(int rgb) {
            return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
        }

        // ------------------------------------------------------------ Participants

        private void participants() {
            List<String> headers = new ArrayList<>(List.of("Participant", "School", "Role", "Community",
                    "Connections", "Shared nodes", "Ties to participants", "Health"));
            for (Health.Part part : Health.Part.values()) {
                headers.add(partLabel(part));
            }
            headers.addAll(List.of("Categories covered", "Gaps", "Thin categories", "Topics named",
                    "Topics without a source", "Topics with one source", "Overdue check-ins", "Give-back share",
                    "Local share", "Reliance flags", "Projection neighbours", "Betweenness", "Isolated",
                    "First step of the action plan", "Problem"));
            int[] widths = new int[headers.size()];
            java.util.Arrays.fill(widths, 11);
            widths[0] = 18;
            widths[1] = 28;
            widths[2] = 20;
            widths[headers.size() - 2] = 40;
            widths[headers.size() - 1] = 30;
            SXSSFSheet s = sheet("Participants", widths);
            int n = a.size();
            header(s.createRow(0), st, headers.toArray(new String[0]));
            s.getRow(0).setHeightInPoints(45);
            s.createFreezePane(1, 1);
            int r = 1;
            int cats = taxonomy.categories().size();
            for (CohortParticipant p : a.participants()) {
                Row row = s.createRow(r++);
                int c = 0;
                text(row, c++, labels.participant(p.index()), st.text);
                text(row, c++, school(p.participant()), st.text);
                text(row, c++, p.participant().role().orElse(""), st.text);
                if (p.community().isPresent()) {
                    number(row, c, p.community().get(), st.integer);
                }
                c++;
                number(row, c++, p.connections(), st.integer);
                number(row, c++, p.sharedNodes(), st.integer);
                number(row, c++, p.ties(), st.integer);
                Optional<CohortParticipant.Scores> sc = p.scores();
                if (sc.isPresent()) {
                    CohortParticipant.Scores x = sc.get();
                    number(row, c++, x.health(), st.integer);
                    for (Health.Part part : Health.Part.values()) {
                        Optional<Integer> v = x.subScore(part);
                        if (v.isPresent()) {
                            number(row, c, v.get(), st.integer);
                        }
                        c++;
                    }
                    number(row, c++, cats - x.gaps(), st.integer);
                    number(row, c++, x.gaps(), st.integer);
                    number(row, c++, x.thin(), st.integer);
                    number(row, c++, x.topics(), st.integer);
                    number(row, c++, x.uncoveredTopics(), st.integer);
                    number(row, c++, x.fragileTopics(), st.integer);
                    number(row, c++, x.overdue(), st.integer);
                    if (x.giveBackShare().isPresent()) {
                        number(row, c, x.giveBackShare().get(), st.percent);
                    }
                    c++;
                    if (x.localShare().isPresent()) {
                        number(row, c, x.localShare().get(), st.percent);
                    }
                    c++;
                    number(row, c++, x.relianceFlags(), st.integer);
                } else {
                    c += 1 + Health.Part.values().length + 10;
                }
                number(row, c++, p.neighbours(), st.integer);
                number(row, c++, p.betweenness(), st.fine);
                text(row, c++, p.isolated() ? "yes" : "no", st.text);
                text(row, c++, sc.map(x -> labels.firstStep(x, taxonomy)).orElse(""), st.text);
                text(row, c, p.problem().orElse(""), st.text);
            }
            if (n > 0) {
                XSSFSheet xs = wb.getXSSFWorkbook().getSheet("Participants");
                XSSFTable table = xs.createTable(new AreaReference(new CellReference(0, 0),
                        new CellReference(n, headers.size() - 1), wb.getSpreadsheetVersion()));
                table.setName("Participants");
                table.setDisplayName("Participants");
                for (int i = 0; i < headers.size(); i++) {
                    table.getColumns().get(i).setName(headers.get(i));
                }
                table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
                table.setStyleName("TableStyleLight9");
                ((org.apache.poi.xssf.usermodel.XSSFTableStyleInfo) table.getStyle()).setShowRowStripes(true);
            }
        }

        // ------------------------------------------------------------ Coverage

        private void coverage() {
            SXSSFSheet s = sheet("Coverage", 10, 30, 12, 11, 28, 9, 9, 9, 11);
            int r = 1;
            List<Object[]> lines = new ArrayList<>();
            for (CategoryCoverage c : a.coverage().byCategory()) {
                lines.add(new Object[] {"Cohort", "All participants", a.size(), a.assessed(), c});
            }
            for (GroupSummary g : a.coverage().bySchool()) {
                for (CategoryCoverage c : g.categories()) {
                    lines.add(new Object[] {"School", g.group(), g.participants(), g.assessed(), c});
                }
            }
            for (GroupSummary g : a.coverage().byRole()) {
                for (CategoryCoverage c : g.categories()) {
                    lines.add(new Object[] {"Role", g.group(), g.participants(), g.assessed(), c});
                }
            }
            headed(s, 0, lines.size(), "Group", "School or role", "Participants", "Assessed", "Category", "Have",
                    "Thin", "Lack", "Adoption");
            for (Object[] l : lines) {
                Row row = s.createRow(r++);
                CategoryCoverage c = (CategoryCoverage) l[4];
                text(row, 0, (String) l[0], st.text);
                text(row, 1, (String) l[1], st.text);
                number(row, 2, (Integer) l[2], st.integer);
                number(row, 3, (Integer) l[3], st.integer);
                text(row, 4, c.label(), st.text);
                number(row, 5, c.have(), st.integer);
                number(row, 6, c.thin(), st.integer);
                number(row, 7, c.lack(), st.integer);
                number(row, 8, c.adoption(), st.percent);
            }
        }

        // ------------------------------------------------------------ Shared resources

        private void shared() {
            SXSSFSheet s = sheet("Shared resources", 7, 40, 13, 26, 12, 10, 12, 10, 9, 14, 36);
            List<SharedResource> list = a.sharedResources();
            headed(s, 0, list.size(), "Rank", "Name", "Kind", "Category", "Participants", "Share of cohort",
                    "Engagement weight", "Mean weight", "Schools", "Only source for", "Web address");
            int r = 1;
            for (SharedResource x : list) {
                Row row = s.createRow(r++);
                number(row, 0, x.rank(), st.integer);
                text(row, 1, labels.node(x.node()), st.text);
                text(row, 2, x.kind().id(), st.text);
                text(row, 3, categoryLabel(x.category()), st.text);
                number(row, 4, x.participants(), st.integer);
                number(row, 5, x.share(), st.percent);
                number(row, 6, x.weight(), st.decimal);
                number(row, 7, x.meanWeight(), st.decimal);
                number(row, 8, x.schools(), st.integer);
                number(row, 9, x.keystone(), st.integer);
                text(row, 10, labels.hidden(x.node()) ? "" : x.url().orElse(""), st.text);
            }
        }

        private void keystones() {
            SXSSFSheet s = sheet("Keystones", 40, 13, 26, 11, 14, 14, 14, 50);
            List<Keystone> list = a.keystones();
            headed(s, 0, list.size(), "Name", "Kind", "Category", "Named by", "Would lose their only source",
                    "... for a category", "... for a topic", "Topics it is the only source of");
            int r = 1;
            for (Keystone k : list) {
                Row row = s.createRow(r++);
                text(row, 0, labels.node(k.node()), st.text);
                text(row, 1, k.kind().id(), st.text);
                text(row, 2, categoryLabel(k.category()), st.text);
                number(row, 3, k.participants(), st.integer);
                number(row, 4, k.affected(), st.integer);
                number(row, 5, k.withoutCategory(), st.integer);
                number(row, 6, k.withoutTopic(), st.integer);
                text(row, 7, String.join(", ", k.topics().stream().map(t -> t.topic() + " (" + t.participants() + ")")
                        .toList()), st.text);
            }
        }

        private void communities() {
            SXSSFSheet s = sheet("Communities", 11, 10, 11, 44, 30, 60);
            List<Community> list = a.communities();
            text(s.createRow(0), 0, String.format(Locale.ROOT, "Groups of participants who share more with each "
                    + "other than with the rest (label propagation on the projection; modularity %.2f). Members are "
                    + "on the Participants sheet (column Community).", a.modularity()), st.note);
            headed(s, 1, 1 + list.size(), "Community", "Members", "Mean health", "Schools (members)",
                    "Roles (members)", "Most shared in it (members)");
            int r = 2;
            for (Community c : list) {
                Row row = s.createRow(r++);
                number(row, 0, c.number(), st.integer);
                number(row, 1, c.size(), st.integer);
                if (c.meanHealth().isPresent()) {
                    number(row, 2, c.meanHealth().get(), st.decimal);
                }
                text(row, 3, groups(c.schools()), st.text);
                text(row, 4, groups(c.roles()), st.text);
                text(row, 5, String.join(", ", c.topShared().stream()
                        .map(x -> labels.node(x.node()) + " (" + x.participants() + ")").toList()), st.text);
            }
        }

        private String groups(List<Community.GroupCount> gs) {
            return String.join(", ", gs.stream().map(g -> g.group() + " (" + g.participants() + ")").toList());
        }

        private void bridges() {
            SXSSFSheet s = sheet("Bridges", 18, 30, 20, 11, 12, 13, 12);
            List<Bridge> list = a.bridges();
            text(s.createRow(0), 0, "Participants many chains of similar participants run through (betweenness in "
                    + "the projection, " + (a.betweennessExact() ? "exact" : "estimated from "
                    + a.options().betweennessSources() + " sampled participants") + "), whose neighbours come from "
                    + "more than one community or school.", st.note);
            headed(s, 1, 1 + list.size(), "Participant", "School", "Role", "Community", "Betweenness",
                    "Communities reached", "Schools reached");
            int r = 2;
            for (Bridge b : list) {
                CohortParticipant p = a.participants().get(b.participant());
                Row row = s.createRow(r++);
                text(row, 0, labels.participant(p.index()), st.text);
                text(row, 1, school(p.participant()), st.text);
                text(row, 2, p.participant().role().orElse(""), st.text);
                if (p.community().isPresent()) {
                    number(row, 3, p.community().get(), st.integer);
                }
                number(row, 4, b.betweenness(), st.fine);
                number(row, 5, b.communities(), st.integer);
                number(row, 6, b.schools(), st.integer);
            }
        }

        private void isolated() {
            SXSSFSheet s = sheet("Isolated", 18, 30, 20, 12, 10);
            List<Integer> list = a.isolated();
            text(s.createRow(0), 0, "Participants who share no organization, resource or colleague with anyone "
                    + "in the cohort: candidates for mentoring.", st.note);
            headed(s, 1, 1 + list.size(), "Participant", "School", "Role", "Connections", "Health");
            int r = 2;
            for (int i : list) {
                CohortParticipant p = a.participants().get(i);
                Row row = s.createRow(r++);
                text(row, 0, labels.participant(i), st.text);
                text(row, 1, school(p.participant()), st.text);
                text(row, 2, p.participant().role().orElse(""), st.text);
                number(row, 3, p.connections(), st.integer);
                if (p.scores().isPresent()) {
                    number(row, 4, p.scores().get().health(), st.integer);
                }
            }
        }

        // ------------------------------------------------------------ Input problems

        private void problems() {
            SXSSFSheet s = sheet("Input problems", 12, 30, 16, 10, 16, 90);
            // anonymized, participant files are numbered: their names are often their participant's
            FileLabels files = new FileLabels(labels.anonymized());
            int r = 0;
            text(s.createRow(r++), 0, "Rows read from " + input.source(), st.heading);
            header(s.createRow(r++), st, "Table", "File", "Rows read", "Accepted", "Left out", "Blank rows");
            for (RowCounts c : input.counts()) {
                Row row = s.createRow(r++);
                text(row, 0, c.sheet().orElse("(file)"), st.text);
                text(row, 1, files.file(c.file()), st.text);
                number(row, 2, c.read(), st.integer);
                number(row, 3, c.accepted(), st.integer);
                number(row, 4, c.rejected(), st.integer);
                number(row, 5, c.blank(), st.integerLeft);
            }
            if (input.counts().isEmpty()) {
                text(s.createRow(r++), 0, "(not counted)", st.note);
            }
            r++;
            List<CohortParticipant> failures = a.failures();
            text(s.createRow(r++), 0, input.problems().isEmpty() && failures.isEmpty()
                    ? "No problems: every row was read." : "Every problem, with its place and the reason. An error"
                    + " means the row (or value) was left out; a warning means it was read as noted."
                    + (labels.anonymized() ? " Names are hidden here (people, and participant files by number);"
                    + " pln validate " + input.source() + " shows them." : ""), st.note);
            int headerRow = r;
            int last = headerRow + input.problems().size() + failures.size();
            header(s.createRow(r++), st, "Severity", "File", "Sheet", "Cell or line", "Column", "Problem");
            s.createFreezePane(0, headerRow + 1);
            if (last > headerRow) {
                s.setAutoFilter(new CellRangeAddress(headerRow, last, 0, 5));
            }
            for (Problem p : input.problems()) {
                Row row = s.createRow(r++);
                Place pl = Redaction.place(input.redact(), p.place());
                text(row, 0, p.isError() ? "error" : "warning", p.isError() ? st.error : st.warning);
                text(row, 1, files.file(pl.file()), st.text);
                text(row, 2, pl.sheet() == null ? "" : pl.sheet(), st.text);
                text(row, 3, pl.cell() != null ? pl.cell() : pl.line() > 0 ? pl.line() + (pl.column() > 0
                        ? ":" + pl.column() : "") : "", st.text);
                text(row, 4, pl.field() == null ? "" : pl.field(), st.text);
                text(row, 5, files.text(Redaction.message(input.redact(), p)), st.text);
            }
            for (CohortParticipant p : failures) {
                Row row = s.createRow(r++);
                text(row, 0, "not assessed", st.error);
                text(row, 1, input.source(), st.text);
                text(row, 5, labels.participant(p.index()) + ": " + p.problem().orElse(""), st.text);
            }
        }

        // ------------------------------------------------------------ About

        private void about() {
            SXSSFSheet s = sheet("About", 24, 110);
            Projection.Stats ps = a.projection().stats();
            String[][] lines = {
                    {"Overview", "Key figures and three charts: how many participants have, have thin, or lack each "
                            + "category; the distribution of health scores; the median health score by school."},
                    {"Heatmap", "One row per participant, one column per category: how many connections they have "
                            + "in it."},
                    {"Participants", "Every score of the participant assessment (health 0-100 and its six parts), "
                            + "coverage, topics, upkeep, and the participant's place in the cohort. Filter and sort "
                            + "with the arrows in the header."},
                    {"Coverage", "Have / thin / lack per category, for the whole cohort, each school and each role. "
                            + "Thin: one connection, or only ones checked yearly or rarely."},
                    {"Shared resources", "Organizations, resources and people named by two participants or more, "
                            + "merged across spellings and web addresses. 'Only source for': participants who would "
                            + "be left without any source for a category or topic without it."},
                    {"Keystones", "Shared nodes that are the only source of a category or a topic for two "
                            + "participants or more."},
                    {"Communities", "Groups found by label propagation (JGraphT, seed " + a.options().seed()
                            + ") on the projection: each participant linked to at most " + ps.neighbours()
                            + " others with whom they share the rarest nodes."},
                    {"Bridges", "Participants whose neighbours come from several communities or schools, by "
                            + "betweenness (" + (a.betweennessExact() ? "exact" : "estimated from "
                            + a.options().betweennessSources() + " sampled participants") + ")."},
                    {"Isolated", "Participants who share nothing with anyone: candidates for mentoring."},
                    {"Input problems", "Every row of the input that was left out or read with a note, with its "
                            + "place; and participants who could not be assessed."},
                    {"Privacy", labels.anonymized() ? "People are anonymized: participants are numbered in input "
                            + "order, shared people are named by category ('Mentor 3'). Organizations, resources, "
                            + "schools and roles keep their names." : "People are shown by name."},
                    {"Measures", "Every measure is defined in docs/measures.md of PLN Toolkit (participant "
                            + "assessment, and 'Cohort measures')."}};
            text(s.createRow(0), 0, "How to read this workbook", st.title);
            int r = 2;
            for (String[] l : lines) {
                Row row = s.createRow(r++);
                text(row, 0, l[0], st.label);
                text(row, 1, l[1], st.wrap);
                row.setHeightInPoints(15 * Math.max(1, (int) Math.ceil(l[1].length() / 105.0)));
            }
        }

        private String categoryLabel(String id) {
            return taxonomy.byId(id).map(Category::label).orElse(id);
        }
    }

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

    private static void header(Row row, Styles st, String... headers) {
        for (int c = 0; c < headers.length; c++) {
            text(row, c, headers[c], st.header);
        }
    }

    /** Text goes in as a string cell: a value that starts with = is shown, never run. */
    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Landscape, one page wide. */
    private static void printable(Sheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
    }
}
