package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.core.model.Category;

/** The district workbook's Heatmap sheet. */
final class HeatmapSheet extends DistrictSheet {
    HeatmapSheet(Context c) {
        super(c);
    }

    /**
     * A category column wide enough that no word of its label breaks inside a wrapped header ("organizations" never
     * becomes "organization / s"): the longest word in bold needs about 1.25 characters of width per letter.
     */
    static int categoryWidth(String label) {
        int longest = 0;
        for (String w : label.split("\\s+")) {
            longest = Math.max(longest, w.length());
        }
        return Math.min(30, Math.max(11, (int) Math.ceil(longest * 1.25) + 2));
    }

    @Override
    void write() {
        List<Category> cats = taxonomy.categories();
        int[] widths = withCategoryColumns(18, 28, 11);
        SXSSFSheet s = sheet("Heatmap", widths);
        note(s, 0, "Connections per category: red = none (a gap), yellow = one, light green = two, green = three or"
                + " more. Have, thin and missing per school and role are on the Coverage sheet.", widths.length);
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
            Row row = row(s, r++);
            text(row, 0, labels.participant(p.index()), st.text);
            text(row, 1, school(p), st.text);
            p.community().ifPresent(c -> number(row, 2, c, count));
            if (p.scores().isPresent()) {
                List<Integer> counts = p.scores().get().categoryCounts();
                for (int c = 0; c < cats.size(); c++) {
                    number(row, 3 + c, counts.get(c), count);
                }
            }
        }
        if (n > 0) {
            colorScale(s, new CellRangeAddress(2, shown(1 + n), 3, 2 + cats.size()), new double[] {0, 1, 3},
                    new int[] {0xF4A582, 0xFFE699, 0x7FBF7B});
        }
    }
}
