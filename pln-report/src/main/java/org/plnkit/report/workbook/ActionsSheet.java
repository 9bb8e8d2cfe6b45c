package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.blank;
import static org.plnkit.report.workbook.kit.Cells.fitLines;
import static org.plnkit.report.workbook.kit.Cells.lines;
import static org.plnkit.report.workbook.kit.Cells.merge;
import static org.plnkit.report.workbook.kit.Cells.number;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.plnkit.analysis.plan.Recommendation;

/** The Gaps &amp; actions sheet: the action plan with Status, Target date and notes to fill in. */
final class ActionsSheet extends ParticipantSheet {
    ActionsSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        XSSFSheet s = sheet(2);
        List<Recommendation> recs = a.actionPlan().recommendations();
        // suggestions come only with a suggestion source: without any, the column is left out
        boolean suggested = recs.stream().anyMatch(x -> !x.suggestions().isEmpty());
        List<String> headers = new ArrayList<>(List.of("#", "Type", "Step", "Why"));
        List<Integer> widths = new ArrayList<>(List.of(4, 15, 34, 70));
        if (suggested) {
            headers.add("Suggestions");
            widths.add(34);
        }
        int status = headers.size();
        headers.addAll(List.of("Status", "Target date", "My notes"));
        widths.addAll(List.of(11, 13, 34));
        int target = status + 1;
        int notes = status + 2;
        for (int i = 0; i < widths.size(); i++) {
            s.setColumnWidth(i, widths.get(i) * 256);
        }
        Row title = row(s, 0);
        text(title, 0, "My action plan", st.title);
        merge(s, 0, 0, 3);
        title.setHeightInPoints(28);
        Row intro = row(s, 1);
        text(intro, 0, "Most important first. Keep track with Status (planned, doing, done: pick from the list)"
                + " and Target date; write your own steps in the empty rows at the end.", st.note);
        merge(s, 1, 0, notes);
        int head = 3;
        header(s, head, headers);
        row(s, head).setHeightInPoints(20);
        int r = head + 1;
        for (Recommendation rec : recs) {
            Row rr = row(s, r++);
            number(rr, 0, rec.rank(), st.number);
            text(rr, 1, rec.type().label(), st.text);
            text(rr, 2, rec.title(), st.wrap);
            text(rr, 3, rec.reason(), st.wrap);
            int lines = Math.max(lines(rec.reason(), widths.get(3)), lines(rec.title(), widths.get(2)));
            if (suggested) {
                String suggestions = rec.suggestions().stream().map(AssessmentWorkbook::suggestion)
                        .collect(Collectors.joining("\n"));
                text(rr, 4, suggestions, st.wrap);
                lines = Math.max(lines, lines(suggestions, widths.get(4)));
            }
            blank(rr, status, st.fillIn);
            blank(rr, target, st.fillInDate);
            blank(rr, notes, st.fillIn);
            fitLines(rr, lines);
        }
        if (recs.isEmpty()) {
            Row rr = row(s, r++);
            text(rr, 2, "Nothing to do: your PLN is in good shape. Add your own steps below.", st.wrap);
            merge(s, rr.getRowNum(), 2, 3);
        }
        for (int i = 0; i < AssessmentWorkbook.OWN_STEPS; i++) {
            Row rr = row(s, r++);
            for (int c = 1; c <= notes; c++) {
                blank(rr, c, c == target ? st.fillInDate : st.fillIn);
            }
            rr.setHeightInPoints(20);
        }
        int last = r - 1;
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        DataValidation dv = h.createValidation(h.createExplicitListConstraint(AssessmentWorkbook.STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(head + 1, last, status, status));
        dv.setSuppressDropDownArrow(true);   // in XSSF this shows the arrow
        dv.setEmptyCellAllowed(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox("Status", "Pick planned, doing or done from the list.");
        dv.setShowErrorBox(true);
        dv.createPromptBox("Status", "planned, doing or done");
        dv.setShowPromptBox(true);
        s.addValidationData(dv);
        s.addValidationData(dateValidation(h, head + 1, last, target, "Target date"));
        // done steps fade out
        SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        String statusCell = "$" + CellReference.convertNumToColString(status) + (head + 2);
        ConditionalFormattingRule done = cf.createConditionalFormattingRule(statusCell + "=\"done\"");
        FontFormatting font = done.createFontFormatting();
        font.setFontColorIndex(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
        PatternFormatting fill = done.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(Styles.GREEN_FILL, null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(head + 1, last, 0, status - 1)},
                done);
        s.setAutoFilter(new CellRangeAddress(head, last, 0, notes));
        s.createFreezePane(0, head + 1);
        s.setRepeatingRows(CellRangeAddress.valueOf((head + 1) + ":" + (head + 1)));
    }
}
