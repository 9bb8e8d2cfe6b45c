package org.plnkit.report.district;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Groups;
import org.plnkit.analysis.growth.CohortGrowth;
import org.plnkit.analysis.growth.CohortGrowth.CategoryChange;
import org.plnkit.analysis.growth.CohortGrowth.Group;
import org.plnkit.analysis.growth.CohortGrowth.Overview;
import org.plnkit.analysis.growth.CohortGrowth.ParticipantGrowth;
import org.plnkit.analysis.growth.CohortGrowth.Spread;
import org.plnkit.analysis.growth.CohortGrowthAnalyzer;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;

/**
 * The two sheets of the district workbook for two waves ({@code pln cohort WAVE2 --before WAVE1}): Growth overview
 * (the median change of the health score with its bootstrap interval, the share who gained a category, categories
 * gained with a chart, shared resources that spread, by school and by role) and Growth (a row per participant,
 * those who declined or stalled first, then those in only one wave). Participants are named by the district labels.
 */
final class GrowthSheets {
    static final String OVERVIEW = "Growth overview";
    static final String PARTICIPANTS = "Growth";
    private static final int GAINED = 0x4E9A57;
    private static final int LOST = 0xC8553D;

    private final CohortGrowth g;
    private final CohortLabels labels;
    private final Taxonomy taxonomy;
    private final long seed;
    /** Wave 2's schools and roles as grouped on the other sheets; a wave 1 participant's spelling joins them too. */
    private final Groups schools;
    private final Groups roles;

    GrowthSheets(CohortGrowth g, CohortLabels labels, Taxonomy taxonomy, long seed, Groups schools, Groups roles) {
        this.g = g;
        this.labels = labels;
        this.taxonomy = taxonomy;
        this.seed = seed;
        this.schools = schools;
        this.roles = roles;
    }

    /** The overview, on the user-model part of the workbook (it has a chart). */
    void overview(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet(OVERVIEW);
        int[] widths = {34, 12, 12, 12, 12, 16, 11, 11};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        Cells.printable(s);
        int r = 0;
        DistrictWorkbook.text(s.createRow(r++), 0, "Growth between two waves", st.title);
        DistrictWorkbook.text(s.createRow(r++), 0, String.format(Locale.ROOT, "%,d participants in both waves;"
                + " %,d only in wave 1 (left); %,d only in wave 2 (new). All of them are on the Growth sheet.",
                g.participants().size(), g.onlyBefore().size(), g.onlyAfter().size()), st.subtitle);
        r++;
        Overview o = g.overview();
        r = figure(s, st, r, "Participants compared", String.format(Locale.ROOT, "%,d", o.compared()));
        r = figure(s, st, r, "Median change of the health score", String.format(Locale.ROOT,
                "%s (95%% confidence interval %s to %s)", signed(o.medianChange()), signed(o.ciLow()),
                signed(o.ciHigh())));
        r = figure(s, st, r, "Median health score", fmt(o.medianBefore()) + " in wave 1, " + fmt(o.medianAfter())
                + " in wave 2");
        r = figure(s, st, r, "Improved / declined / no change", o.improved() + " / " + o.declined() + " / "
                + (o.compared() - o.improved() - o.declined()));
        r = figure(s, st, r, "Gained at least one category", Math.round(o.shareGainingCategory() * 100) + "%");
        String how = "The interval is a percentile bootstrap of the median: " + CohortGrowthAnalyzer.RESAMPLES
                + " resamples with seed " + seed + ", so the same waves give the same interval.";
        Row note = s.createRow(r++);
        DistrictWorkbook.text(note, 0, how, st.note);
        // over the figures' width: in the first column alone it was cut off (seen in the PDF)
        org.plnkit.report.workbook.kit.Cells.merge(s, note.getRowNum(), 0, 4);
        org.plnkit.report.workbook.kit.Cells.fitLines(note, org.plnkit.report.workbook.kit.Cells.lines(how,
                34 + 12 * 4));
        r++;

        DistrictWorkbook.text(s.createRow(r++), 0, "Categories gained and lost", st.heading);
        int head = r;
        header(s.createRow(r++), st, "Category", "Gained", "Lost");
        int first = r;
        for (CategoryChange c : g.categories()) {
            Row x = s.createRow(r++);
            DistrictWorkbook.text(x, 0, safe(c.label()), st.text);
            DistrictWorkbook.number(x, 1, c.gained(), st.integer);
            DistrictWorkbook.number(x, 2, c.lost(), st.integer);
        }
        int last = r - 1;
        if (last >= first) {
            XSSFDrawing drawing = s.createDrawingPatriarch();
            Charts.bar(s, drawing, "Participants who gained or lost each category", first, last, 0,
                    List.of(new Charts.Series(head, 1, 1, GAINED), new Charts.Series(head, 2, 2, LOST)), true,
                    false, "participants", 4, head, 8, head + 18, 0, 0);
            r = Math.max(r, head + 19);
        }
        r++;

        DistrictWorkbook.text(s.createRow(r++), 0, "Shared resources that spread (named by more participants in wave"
                + " 2)", st.heading);
        header(s.createRow(r++), st, "Name", "Kind", "Wave 1", "Wave 2", "Change", "Category");
        for (Spread sp : g.spread()) {
            Row x = s.createRow(r++);
            DistrictWorkbook.text(x, 0, safe(sp.name()), st.text);
            DistrictWorkbook.text(x, 1, sp.kind().id(), st.text);
            DistrictWorkbook.number(x, 2, sp.before(), st.integer);
            DistrictWorkbook.number(x, 3, sp.after(), st.integer);
            DistrictWorkbook.number(x, 4, sp.after() - sp.before(), st.integer);
            DistrictWorkbook.text(x, 5, label(sp.category()), st.text);
        }
        if (g.spread().isEmpty()) {
            DistrictWorkbook.text(s.createRow(r++), 0, "None: no shared organization or resource is named by more"
                    + " participants than in wave 1.", st.note);
        }
        r++;
        r = groups(s, st, r, "By school", g.bySchool());
        r++;
        groups(s, st, r, "By role", g.byRole());
    }

    /** The participants' sheet, streamed. */
    void participants(SXSSFWorkbook wb, Styles st, CohortAnalysis a) {
        SXSSFSheet s = wb.createSheet(PARTICIPANTS);
        int[] widths = {26, 26, 18, 10, 10, 9, 36, 36, 9, 9, 9, 13, 30};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        Cells.printable(s);
        DistrictWorkbook.text(s.createRow(0), 0, "Growth per participant: those who declined or stalled first",
                st.title);
        String[] headers = {"Participant", "School", "Role", "Health wave 1", "Health wave 2", "Change",
                "Categories gained", "Categories lost", "Added", "Dropped", "Changed", "Plan followed",
                "Note"};
        header(s.createRow(2), st, headers);
        s.createFreezePane(1, 3);
        int r = 3;
        for (ParticipantGrowth p : g.declinedFirst()) {
            Row x = s.createRow(r++);
            DistrictWorkbook.text(x, 0, safe(labels.participant(p.index())), st.text);
            DistrictWorkbook.text(x, 1, safe(schools.nameFor(p.participant().school())), st.text);
            DistrictWorkbook.text(x, 2, safe(roles.nameFor(p.participant().role())), st.text);
            if (p.failure().isPresent()) {
                DistrictWorkbook.text(x, 12, "not compared: " + safe(p.failure().get()), st.note);
                continue;
            }
            DistrictWorkbook.number(x, 3, p.healthBefore(), st.integer);
            DistrictWorkbook.number(x, 4, p.healthAfter(), st.integer);
            DistrictWorkbook.number(x, 5, p.healthDelta(), p.healthDelta() < 0 ? st.error
                    : p.healthDelta() == 0 ? st.warning : st.integer);
            DistrictWorkbook.text(x, 6, labels(p.gained()), st.text);
            DistrictWorkbook.text(x, 7, labels(p.lost()), st.text);
            DistrictWorkbook.number(x, 8, p.added(), st.integer);
            DistrictWorkbook.number(x, 9, p.dropped(), st.integer);
            DistrictWorkbook.number(x, 10, p.changed(), st.integer);
            if (p.followThrough().isPresent()) {
                DistrictWorkbook.number(x, 11, p.followThrough().get(), st.percent);
            }
            DistrictWorkbook.text(x, 12, p.healthDelta() < 0 ? "declined" : p.healthDelta() == 0 ? "stalled" : "",
                    st.text);
        }
        Map<String, Integer> index = new HashMap<>();
        for (CohortParticipant cp : a.participants()) {
            index.put(cp.id(), cp.index());
        }
        int k = 0;
        for (Participant p : g.onlyBefore()) {
            k++;
            Row x = s.createRow(r++);
            DistrictWorkbook.text(x, 0, labels.anonymized() ? "Wave 1 participant " + k : safe(p.displayName()),
                    st.text);
            DistrictWorkbook.text(x, 1, safe(schools.nameFor(p.school())), st.text);
            DistrictWorkbook.text(x, 2, safe(roles.nameFor(p.role())), st.text);
            DistrictWorkbook.text(x, 12, "only in wave 1 (left)", st.note);
        }
        IntFunction<String> label = i -> safe(labels.participant(i));
        for (Participant p : g.onlyAfter()) {
            Row x = s.createRow(r++);
            Integer i = index.get(p.id());
            DistrictWorkbook.text(x, 0, i == null ? safe(p.displayName()) : label.apply(i), st.text);
            DistrictWorkbook.text(x, 1, safe(schools.nameFor(p.school())), st.text);
            DistrictWorkbook.text(x, 2, safe(roles.nameFor(p.role())), st.text);
            DistrictWorkbook.text(x, 12, "only in wave 2 (new)", st.note);
        }
        if (r > 3) {
            s.setAutoFilter(new CellRangeAddress(2, r - 1, 0, headers.length - 1));
        }
    }

    private int groups(XSSFSheet s, Styles st, int r, String title, List<Group> groups) {
        DistrictWorkbook.text(s.createRow(r++), 0, title, st.heading);
        Row head = s.createRow(r++);
        header(head, st, "Group", "Compared", "Median change", "CI low", "CI high", "Gained a category", "Improved",
                "Declined");
        // "Median change" and "Gained a category" wrap in their columns: two lines, not cut off
        org.plnkit.report.workbook.kit.Cells.fitLines(head, 2);
        for (Group gr : groups) {
            Overview o = gr.overview();
            Row x = s.createRow(r++);
            DistrictWorkbook.text(x, 0, safe(gr.name()), st.text);
            DistrictWorkbook.number(x, 1, o.compared(), st.integer);
            DistrictWorkbook.number(x, 2, o.medianChange(), st.decimal);
            DistrictWorkbook.number(x, 3, o.ciLow(), st.decimal);
            DistrictWorkbook.number(x, 4, o.ciHigh(), st.decimal);
            DistrictWorkbook.number(x, 5, o.shareGainingCategory(), st.percent);
            DistrictWorkbook.number(x, 6, o.improved(), st.integer);
            DistrictWorkbook.number(x, 7, o.declined(), st.integer);
        }
        return r;
    }

    private static int figure(Sheet s, Styles st, int r, String name, String value) {
        Row x = s.createRow(r);
        DistrictWorkbook.text(x, 0, name, st.label);
        DistrictWorkbook.text(x, 1, value, st.text);
        return r + 1;
    }

    private static void header(Row row, Styles st, String... names) {
        for (int c = 0; c < names.length; c++) {
            DistrictWorkbook.text(row, c, names[c], st.header);
        }
    }

    private String label(String id) {
        return taxonomy.byId(id).map(Category::label).orElse(id);
    }

    private String labels(List<String> ids) {
        return String.join(", ", ids.stream().map(this::label).toList());
    }

    private static String signed(double d) {
        String v = fmt(d);
        return d > 0 ? "+" + v : v;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** Text from the input as a cell can hold it: no character XML cannot hold, at most 32,767 characters. */
    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000).forEach(b::appendCodePoint);
        return b.length() > 32_767 ? b.substring(0, 32_766) + "\u2026" : b.toString();
    }
}
