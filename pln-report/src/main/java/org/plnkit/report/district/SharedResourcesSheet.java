package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.core.model.Category;

/** The district workbook's SharedResources sheet. */
final class SharedResourcesSheet extends DistrictSheet {
    SharedResourcesSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Shared resources", 7, 40, 13, 26, 12, 10, 12, 10, 9, 14, 36);
        List<SharedResource> list = a.sharedResources();
        headed(s, 0, list.size(), "Rank", "Name", "Kind", "Category", "Participants", "Share of cohort",
                "Engagement weight", "Mean weight", "Schools", "Only source for", "Web address");
        int r = 1;
        for (SharedResource x : list) {
            Row row = row(s, r++);
            number(row, 0, x.rank(), count);
            text(row, 1, labels.node(x.node()), st.text);
            text(row, 2, x.kind().id(), st.text);
            text(row, 3, categoryLabel(x.category()), st.text);
            number(row, 4, x.participants(), count);
            number(row, 5, x.share(), st.percent);
            number(row, 6, x.weight(), st.decimal);
            number(row, 7, x.meanWeight(), st.decimal);
            number(row, 8, x.schools(), count);
            number(row, 9, x.keystone(), count);
            text(row, 10, labels.hidden(x.node()) ? "" : x.url().orElse(""), st.text);
        }
    }
}
