package org.plnkit.report.template;

import java.time.LocalDate;
import java.util.List;
import org.plnkit.core.read.internal.TemplateExamples;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Participants sheet: the contract's columns, an example row, the as_of date check. */
final class ParticipantsSheet extends TemplateSheet {
    ParticipantsSheet(TemplateOptions options, XSSFWorkbook wb, Styles st) {
        super(options, wb, st);
    }

    @Override
    void write() {
        XSSFSheet s = wb.createSheet("Participants");
        List<Column> cols = participantColumns();
        header(s, cols, st);
        setColumnStyles(s, cols, st, List.of("as_of"));
        if (options.example()) {
            Row r = s.createRow(1);
            text(r, 0, TemplateWriter.EXAMPLE_PARTICIPANT, st.example);
            text(r, 1, TemplateExamples.PARTICIPANT_NAME, st.example);
            text(r, 2, "Lincoln Middle School", st.example);
            text(r, 3, "Teacher librarian", st.example);
            text(r, 4, "makerspaces; coding; information literacy", st.example);
            text(r, 5, "Feedly", st.example);
            date(r, 6, LocalDate.of(2026, 11, 1), st.exampleDate);
        }
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        dateCheck(s, h, 6, "as_of");
        s.createFreezePane(1, 1);
    }

}
