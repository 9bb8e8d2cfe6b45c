package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.Bridge;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;

/** The district workbook's Bridges sheet. */
final class BridgesSheet extends DistrictSheet {
    BridgesSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Bridges", 18, 30, 20, 11, 12, 13, 12);
        List<Bridge> list = a.bridges();
        note(s, 0, "Participants many chains of similar participants run through (betweenness in "
                + "the projection, " + (a.betweennessExact() ? "exact" : "estimated from "
                + a.options().betweennessSources() + " sampled participants") + "), whose neighbours come from "
                + "more than one community or school.", 7);
        headed(s, 1, 1 + list.size(), "Participant", "School", "Role", "Community", "Betweenness",
                "Communities reached", "Schools reached");
        int r = 2;
        for (Bridge b : list) {
            CohortParticipant p = a.participants().get(b.participant());
            Row row = row(s, r++);
            text(row, 0, labels.participant(p.index()), st.text);
            text(row, 1, school(p), st.text);
            text(row, 2, role(p), st.text);
            if (p.community().isPresent()) {
                number(row, 3, p.community().get(), count);
            }
            number(row, 4, b.betweenness(), st.fine);
            number(row, 5, b.communities(), count);
            number(row, 6, b.schools(), count);
        }
    }
}
