package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CategoryCoverage;
import org.plnkit.analysis.cohort.GroupSummary;
import org.plnkit.core.model.Category;

/** The district workbook's Coverage sheet. */
final class CoverageSheet extends DistrictSheet {
    CoverageSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
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
}
