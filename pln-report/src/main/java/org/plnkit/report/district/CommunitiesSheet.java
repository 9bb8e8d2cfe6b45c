package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.Community;

/** The district workbook's Communities sheet. */
final class CommunitiesSheet extends DistrictSheet {
    CommunitiesSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
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
}
