package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.header;
import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.RowCounts;

/** The district workbook's Problems sheet. */
final class ProblemsSheet extends DistrictSheet {
    ProblemsSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Input problems", 12, 30, 16, 10, 16, 90);
        // anonymized, participant files are numbered: their names are often their participant's
        FileLabels files = new FileLabels(labels.anonymized());
        int r = 0;
        text(s.createRow(r++), 0, "Rows read from " + input.source(), st.heading);
        header(s.createRow(r++), st, "Table", "File", "Rows read", "Accepted", "Left out", "Blank rows");
        for (RowCounts c : input.counts()) {
            Row row = s.createRow(r++);
            text(row, 0, c.sheet().orElse("(file)"), st.text);
            text(row, 1, files.file(c.file()), st.text);
            number(row, 2, c.read(), count);
            number(row, 3, c.accepted(), count);
            number(row, 4, c.rejected(), count);
            number(row, 5, c.blank(), st.integerLeft);
        }
        if (input.counts().isEmpty()) {
            text(s.createRow(r++), 0, "(not counted)", st.note);
        }
        r++;
        List<CohortParticipant> failures = a.failures();
        text(s.createRow(r++), 0, input.problems().isEmpty() && failures.isEmpty()
                ? "No problems: every row was read." : "Every problem, with its place and the reason. An error"
                + " means the row (or value) was left out; a warning means it was read as noted."
                + (labels.anonymized() ? " Names are hidden here (people, and participant files by number);"
                + " " + DistrictHints.or(input.hints().validate(), "the input itself shows them") + "." : ""),
                st.note);
        int headerRow = r;
        int last = headerRow + input.problems().size() + failures.size();
        header(s.createRow(r++), st, "Severity", "File", "Sheet", "Cell or line", "Column", "Problem");
        s.createFreezePane(0, headerRow + 1);
        if (last > headerRow) {
            s.setAutoFilter(new CellRangeAddress(headerRow, shown(last), 0, 5));
        }
        for (Problem p : input.problems()) {
            Row row = row(s, r++);
            Place pl = Redaction.place(input.redact(), p.place());
            text(row, 0, p.isError() ? "error" : "warning", p.isError() ? st.error : st.warning);
            text(row, 1, files.file(pl.file()), st.text);
            text(row, 2, pl.sheet() == null ? "" : pl.sheet(), st.text);
            text(row, 3, pl.cell() != null ? pl.cell() : pl.line() > 0 ? pl.line() + (pl.column() > 0
                    ? ":" + pl.column() : "") : "", st.text);
            text(row, 4, pl.field() == null ? "" : pl.field(), st.text);
            text(row, 5, files.text(Redaction.message(input.redact(), p)), st.text);
        }
        for (CohortParticipant p : failures) {
            Row row = row(s, r++);
            text(row, 0, "not assessed", st.error);
            text(row, 1, input.source(), st.text);
            text(row, 5, labels.participant(p.index()) + ": " + p.problem().orElse(""), st.text);
        }
    }
}
