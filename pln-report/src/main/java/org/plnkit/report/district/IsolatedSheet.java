package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.health.Health;

/** The district workbook's Isolated sheet. */
final class IsolatedSheet extends DistrictSheet {
    IsolatedSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Isolated", 18, 30, 20, 12, 10, 60);
        List<Integer> list = a.isolated();
        note(s, 0, "Participants who share no organization, resource or colleague with anyone "
                + "in the cohort: candidates for mentoring.", 5);
        headed(s, 1, 1 + list.size(), "Participant", "School", "Role", "Connections", "Health", "Note");
        int r = 2;
        for (int i : list) {
            CohortParticipant p = a.participants().get(i);
            Row row = row(s, r++);
            text(row, 0, labels.participant(i), st.text);
            text(row, 1, school(p), st.text);
            text(row, 2, role(p), st.text);
            number(row, 3, p.connections(), count);
            if (p.scores().isPresent()) {
                number(row, 4, p.scores().get().health(), count);
            }
            if (p.connections() == 0) {
                // shares nothing because nothing of theirs was read: their organizer first, not a mentor
                text(row, 5, NeedsSupportSheet.NO_CONNECTIONS_READ, st.wrap);
            }
        }
    }
}
