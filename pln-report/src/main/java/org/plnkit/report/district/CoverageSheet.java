package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CategoryCoverage;
import org.plnkit.analysis.cohort.GroupSummary;
import org.plnkit.core.model.Category;
import org.plnkit.report.workbook.kit.Cells;

/**
 * The district workbook's Coverage sheet: for the cohort, each school and each role (one row each), the share of
 * assessed participants who have each category, have it thin, or miss it: three tables, one column per category.
 */
final class CoverageSheet extends DistrictSheet {
    CoverageSheet(Context c) {
        super(c);
    }

    private record Line(String group, String name, int participants, int assessed, List<CategoryCoverage> cats) {
    }

    @Override
    void write() {
        List<Category> cats = taxonomy.categories();
        int[] widths = withCategoryColumns(8, 30, 12, 10);
        SXSSFSheet s = sheet("Coverage", widths);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Cohort", "All participants", a.size(), a.assessed(), a.coverage().byCategory()));
        for (GroupSummary g : a.coverage().bySchool()) {
            lines.add(new Line("School", g.group(), g.participants(), g.assessed(), g.categories()));
        }
        for (GroupSummary g : a.coverage().byRole()) {
            lines.add(new Line("Role", g.group(), g.participants(), g.assessed(), g.categories()));
        }
        note(s, 0, "Have: at least one connection in the category in touch more often than yearly. "
                + "Thin: only connections checked yearly or rarely. Missing: none. Shares of the assessed "
                + "participants of each group.", Math.min(widths.length, 13));
        s.createFreezePane(2, 0);
        int r = 2;
        r = block(s, r, "Have", lines, CategoryCoverage::have, cats, true);
        r = block(s, r + 1, "Thin", lines, CategoryCoverage::thin, cats, false);
        block(s, r + 1, "Missing", lines, CategoryCoverage::lack, cats, false);
    }

    private int block(SXSSFSheet s, int r, String title, List<Line> lines, ToIntFunction<CategoryCoverage> count,
                      List<Category> cats, boolean goodIsHigh) {
        text(s.createRow(r++), 0, title + ": share of each group", st.heading);
        String[] headers = new String[4 + cats.size()];
        headers[0] = "Group";
        headers[1] = "School or role";
        headers[2] = "Participants";
        headers[3] = "Assessed";
        for (int c = 0; c < cats.size(); c++) {
            headers[4 + c] = cats.get(c).label();
        }
        Row h = s.createRow(r++);
        Cells.header(h, st.header, headers);
        h.setHeightInPoints(45);
        int first = r;
        for (Line l : lines) {
            Row row = s.createRow(r++);
            text(row, 0, l.group(), st.text);
            text(row, 1, l.name(), st.text);
            number(row, 2, l.participants(), this.count);
            number(row, 3, l.assessed(), this.count);
            if (l.assessed() == 0) {
                continue;
            }
            for (int c = 0; c < l.cats().size(); c++) {
                number(row, 4 + c, (double) count.applyAsInt(l.cats().get(c)) / l.assessed(), st.percent);
            }
        }
        if (r > first) {
            int bad = 0xF4A582;
            int good = 0x7FBF7B;
            colorScale(s, new CellRangeAddress(first, r - 1, 4, 3 + cats.size()), new double[] {0, 0.5, 1},
                    new int[] {goodIsHigh ? bad : good, 0xFFE699, goodIsHigh ? good : bad});
        }
        return r;
    }
}
