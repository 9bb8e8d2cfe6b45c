package org.plnkit.report.district;

import java.util.Objects;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.LongLists;
import org.plnkit.report.workbook.kit.Styles;

/**
 * One streamed sheet of the district workbook. A new sheet is a subclass with a {@link #write()} and one line in
 * {@link DistrictWorkbook}'s list of sheets; every cell goes through the workbook toolkit ({@link Cells}).
 */
abstract class DistrictSheet {
    /** What every sheet is written from. */
    record Context(SXSSFWorkbook wb, Styles st, CohortAnalysis a, CohortLabels labels, DistrictInput input,
                   LongLists lists) {
        Context {
            Objects.requireNonNull(wb, "wb");
            Objects.requireNonNull(st, "st");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(labels, "labels");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(lists, "lists");
        }
    }

    protected final SXSSFWorkbook wb;
    protected final Styles st;
    protected final CohortAnalysis a;
    protected final CohortLabels labels;
    protected final DistrictInput input;
    protected final Taxonomy taxonomy;
    /** Where a list's rows past a sheet's cap go (a CSV file beside the workbook). */
    protected final LongLists lists;

    DistrictSheet(Context c) {
        this.wb = c.wb();
        this.st = c.st();
        this.a = c.a();
        this.labels = c.labels();
        this.input = c.input();
        this.taxonomy = c.a().taxonomy();
        this.lists = c.lists();
    }

    /**
     * Row {@code r} of a list that grows with the cohort: on the sheet up to {@link LongLists#cap()} rows, past it in
     * a CSV file beside the workbook, which the sheet names ({@link LongLists}).
     */
    protected Row row(SXSSFSheet s, int r) {
        return lists.row(s, r);
    }

    /** The last row of a range ending at {@code last} that is on the sheet (filters, tables, colour scales). */
    protected int shown(int last) {
        return lists.shown(last);
    }

    /** Writes the sheet. */
    abstract void write();

    /** A new sheet with these column widths (in characters), landscape and one page wide. */
    protected SXSSFSheet sheet(String name, int... widths) {
        SXSSFSheet s = wb.createSheet(name);
        Cells.widths(s, widths);
        Cells.printable(s);
        return s;
    }

    /** A header row, frozen, with filters over the rows that follow. */
    protected void headed(SXSSFSheet s, int headerRow, int lastRow, String... headers) {
        Cells.header(s.createRow(headerRow), st.header, headers);
        s.createFreezePane(1, headerRow + 1);
        if (lastRow > headerRow) {
            s.setAutoFilter(new CellRangeAddress(headerRow, shown(lastRow), 0, headers.length - 1));
        }
    }

    protected static String school(Participant p) {
        return p.school().orElse("");
    }

    /** A three-colour scale over a range: {@code at[k]} gets colour {@code rgb[k]}, in between blended. */
    protected static void colorScale(Sheet s, CellRangeAddress range, double[] at, int[] rgb) {
        SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        ExtendedColor[] colors = new ExtendedColor[at.length];
        for (int k = 0; k < at.length; k++) {
            scale.getThresholds()[k].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[k].setValue(at[k]);
            colors[k] = new XSSFColor(new byte[] {(byte) (rgb[k] >> 16), (byte) (rgb[k] >> 8), (byte) rgb[k]}, null);
        }
        scale.setColors(colors);
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    protected String categoryLabel(String id) {
        return taxonomy.byId(id).map(Category::label).orElse(id);
    }
}
