package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.Promotion;
import org.plnkit.analysis.cohort.Promotions;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.report.workbook.kit.Cells;

/**
 * The district workbook's What to promote sheet: shared organizations and resources valued highly by those who use
 * them and named by few ({@link Promotions}), by category, school and role, with the reason; then the district
 * directory's entries nobody uses yet (when the district's resource directory was given).
 */
final class PromoteSheet extends DistrictSheet {
    PromoteSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("What to promote", 6, 36, 22, 8, 9, 9, 34, 34, 28, 60);
        List<Promotion> list = Promotions.of(a);
        double min = Promotions.threshold(a);
        note(s, 0, String.format(Locale.ROOT, "Shared organizations and resources that their users value "
                + "highly (mean engagement weight %.1f or more: the top quarter) and that at most %d%% of the cohort "
                + "name. Engagement weight: value x how often, as on the Shared resources sheet. Best first: mean "
                + "weight x (1 - share). Promote them where they are missing.%s", min,
                Math.round(Promotions.MAX_SHARE * 100), more(list.size(), Promotions.qualifying(a))), 10);
        int r = 1;
        Row h = s.createRow(r++);
        Cells.header(h, st.header, "Rank", "Name", "Category", "Users", "Share", "Mean weight",
                "Used in schools (users)", "Not yet in schools", "Roles of users", "Why");
        h.setHeightInPoints(30);
        s.createFreezePane(2, 2);
        if (list.isEmpty()) {
            text(s.createRow(r++), 1, "None: no shared organization or resource is both valued highly and little "
                    + "known.", st.note);
        }
        for (Promotion p : list) {
            Row row = s.createRow(r++);
            number(row, 0, p.rank(), count);
            text(row, 1, labels.node(p.node()), st.text);
            text(row, 2, categoryLabel(p.category()), st.text);
            number(row, 3, p.users(), count);
            number(row, 4, p.share(), st.percent);
            number(row, 5, p.meanWeight(), st.decimal);
            text(row, 6, groups(p.schoolsUsing()), st.wrap);
            text(row, 7, String.join(", ", p.schoolsWithout()), st.wrap);
            text(row, 8, groups(p.roles()), st.wrap);
            String why = String.format(Locale.ROOT, "Valued %.1f on average by its %d users (top quarter), named by "
                    + "%d%% of the cohort", p.meanWeight(), p.users(), Math.round(p.share() * 100));
            text(row, 9, why, st.wrap);
            // wrapped cells need their row tall enough, or a spreadsheet draws the lines over the next row
            Cells.fitLines(row, Math.max(Math.max(Cells.lines(groups(p.schoolsUsing()), 34),
                    Cells.lines(String.join(", ", p.schoolsWithout()), 34)), Math.max(Cells.lines(groups(p.roles()),
                    28), Cells.lines(why, 60))));
        }
        r++;
        text(s.createRow(r++), 0, "The district's directory: entries nobody uses yet", st.heading);
        if (input.directory().isEmpty()) {
            text(s.createRow(r++), 0, "No directory given: " + (input.hints().resources().isEmpty()
                    ? "give the district's resource directory" : input.hints().resources() + " (the district's"
                    + " resource directory)") + " to list its entries that no participant names yet.", st.note);
            return;
        }
        DistrictInput.Directory d = input.directory().get();
        text(s.createRow(r++), 0, String.format(Locale.ROOT, "%,d of the %,d entries of %s are named by no "
                + "participant (matched by web address, else by name).", d.unused().size(), d.entries(), d.file()),
                st.note);
        Row dh = s.createRow(r++);
        Cells.header(dh, st.header, "", "Name", "Category", "Kind", "", "", "Web address", "Topics", "", "Note");
        int k = 1;
        for (Suggestion e : d.unused()) {
            Row row = s.createRow(r++);
            number(row, 0, k++, count);
            text(row, 1, e.name(), st.text);
            text(row, 2, e.category().map(this::categoryLabel).orElse(""), st.text);
            text(row, 3, e.kind().map(x -> x.id()).orElse(""), st.text);
            text(row, 6, e.url().orElse(""), st.text);
            text(row, 7, String.join(", ", e.topics()), st.wrap);
            text(row, 9, e.note().orElse(""), st.wrap);
            Cells.fitLines(row, Math.max(Cells.lines(String.join(", ", e.topics()), 34),
                    Cells.lines(e.note().orElse(""), 60)));
        }
    }

    private static String groups(List<Community.GroupCount> gs) {
        return String.join(", ", gs.stream().map(g -> g.group() + " (" + g.participants() + ")").toList());
    }

    /** When the list is cut at {@link Promotions#MAX_LISTED}: how many qualify, so 50 is not read as all of them. */
    static String more(int listed, int qualifying) {
        return qualifying > listed ? String.format(Locale.ROOT, " Listed: the best %,d of the %,d that qualify.",
                listed, qualifying) : "";
    }
}
