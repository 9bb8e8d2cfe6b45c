package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.Keystone;
import org.plnkit.core.model.Category;

/** The district workbook's Keystones sheet. */
final class KeystonesSheet extends DistrictSheet {
    KeystonesSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Keystones", 40, 13, 26, 11, 14, 14, 14, 50);
        List<Keystone> list = a.keystones();
        note(s, 0, String.format(java.util.Locale.ROOT, "%,d keystone%s of %,d shared nodes: a shared "
                + "node is a keystone when it is the only source of a category or a topic for at least %d participants "
                + "and for at least half of those who name it.", list.size(), list.size() == 1 ? "" : "s",
                a.graph().nodeCount(), a.options().minKeystone()), 8);
        headed(s, 1, 1 + list.size(), "Name", "Kind", "Category", "Named by", "Would lose their only source",
                "... for a category", "... for a topic", "Topics it is the only source of");
        int r = 2;
        for (Keystone k : list) {
            Row row = row(s, r++);
            text(row, 0, labels.node(k.node()), st.text);
            text(row, 1, k.kind().id(), st.text);
            text(row, 2, categoryLabel(k.category()), st.text);
            number(row, 3, k.participants(), count);
            number(row, 4, k.affected(), count);
            number(row, 5, k.withoutCategory(), count);
            number(row, 6, k.withoutTopic(), count);
            text(row, 7, String.join(", ", k.topics().stream().map(t -> t.topic() + " (" + t.participants() + ")")
                    .toList()), st.text);
        }
    }
}
