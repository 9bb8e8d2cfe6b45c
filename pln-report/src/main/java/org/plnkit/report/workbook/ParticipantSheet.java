package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.analysis.Assessment;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * One sheet of the participant workbook ({@link AssessmentWorkbook}). A new sheet is a subclass with a
 * {@link #write()} and one line in the workbook's list of sheets; every cell goes through the workbook toolkit.
 */
abstract class ParticipantSheet {
    /** What every sheet is written from. */
    record Context(XSSFWorkbook wb, Styles st, Pln pln, Assessment a, Taxonomy taxonomy, Map<String, String> labels) {
    }

    protected final XSSFWorkbook wb;
    protected final Styles st;
    protected final Pln pln;
    protected final Assessment a;
    protected final Taxonomy taxonomy;
    private final Map<String, String> labels;

    ParticipantSheet(Context c) {
        this.wb = c.wb();
        this.st = c.st();
        this.pln = c.pln();
        this.a = c.a();
        this.taxonomy = c.taxonomy();
        this.labels = c.labels();
    }

    /** Writes the sheet. */
    abstract void write();

    /** The sheet at this place of {@link AssessmentWorkbook#SHEETS}. */
    protected XSSFSheet sheet(int index) {
        return wb.createSheet(WorkbookUtil.createSafeSheetName(AssessmentWorkbook.SHEETS.get(index)));
    }

    /** A category's label. */
    protected String label(String categoryId) {
        return labels.getOrDefault(categoryId, categoryId);
    }

    /** A whole number, or a blank cell in the same style when there is none. */
    protected static void numberOrBlank(Row r, int col, Optional<Integer> v, CellStyle style) {
        if (v.isPresent()) {
            Cells.number(r, col, v.get(), style);
        } else {
            Cells.blank(r, col, style);
        }
    }

    /** A date, or a blank cell in the date style when there is none. */
    protected void dateOrBlank(Row r, int col, Optional<LocalDate> d) {
        if (d.isPresent()) {
            Cells.date(r, col, d.get(), st.date);
        } else {
            Cells.blank(r, col, st.date);
        }
    }

    protected void header(XSSFSheet s, int r, List<String> names) {
        Row h = row(s, r);
        for (int i = 0; i < names.size(); i++) {
            text(h, i, names.get(i), st.header);
        }
    }

    protected DataValidation dateValidation(XSSFDataValidationHelper h, int first, int last, int col, String what) {
        DataValidationConstraint c = h.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2100,12,31)", null);
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(first, last, col, col));
        dv.setEmptyCellAllowed(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox("Not a date", what + " is a date, for example 2026-12-15.");
        dv.setShowErrorBox(true);
        return dv;
    }
}
