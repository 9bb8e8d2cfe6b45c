package org.plnkit.report.district;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.core.model.Category;
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
    /**
     * Whole numbers centred, like the workbook's percentages and decimals: right-aligned under a left-aligned header
     * they read as the next column's ("28Local colleagues").
     */
    protected final XSSFCellStyle count;
    /** Where a list's rows past a sheet's cap go (a CSV file beside the workbook). */
    protected final LongLists lists;

    DistrictSheet(Context c) {
        this.wb = c.wb();
        this.st = c.st();
        this.a = c.a();
        this.labels = c.labels();
        this.input = c.input();
        this.taxonomy = c.a().taxonomy();
        this.count = (XSSFCellStyle) c.wb().createCellStyle();
        count.cloneStyleFrom(c.st().integer);
        count.setAlignment(HorizontalAlignment.CENTER);
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

    /** These widths, then one per category of the taxonomy, wide enough for its label's longest word. */
    protected int[] withCategoryColumns(int... lead) {
        List<Category> cats = taxonomy.categories();
        int[] widths = Arrays.copyOf(lead, lead.length + cats.size());
        for (int c = 0; c < cats.size(); c++) {
            widths[lead.length + c] = HeatmapSheet.categoryWidth(cats.get(c).label());
        }
        return widths;
    }

    /**
     * A note across the sheet's first {@code columns} columns, as tall as its text needs: a note in column A alone
     * wraps inside that column or is cut off at the next one in a PDF.
     */
    protected Row note(SXSSFSheet s, int row, String text, int columns) {
        Row r = s.createRow(row);
        Cells.text(r, 0, text, st.note);
        Cells.merge(s, row, 0, columns - 1);
        double width = 0;
        for (int c = 0; c < columns; c++) {
            width += s.getColumnWidth(c) / 256.0;
        }
        Cells.fitLines(r, Cells.lines(text, width));
        return r;
    }

    /**
     * A header row, frozen, with filters over the rows that follow; tall enough for its longest wrapped header
     * (bold, word by word), so that "Would lose their only source" is never cut to two lines.
     */
    protected void headed(SXSSFSheet s, int headerRow, int lastRow, String... headers) {
        Row h = s.createRow(headerRow);
        Cells.header(h, st.header, headers);
        int lines = 1;
        for (int c = 0; c < headers.length; c++) {
            lines = Math.max(lines, wrappedLines(headers[c], s.getColumnWidth(c) / 256.0));
        }
        if (lines > 1) {
            Cells.fitLines(h, lines);
        }
        s.createFreezePane(1, headerRow + 1);
        if (lastRow > headerRow) {
            s.setAutoFilter(new CellRangeAddress(headerRow, shown(lastRow), 0, headers.length - 1));
        }
    }

    /** Lines a bold header needs in a column this many characters wide, wrapped between words. */
    static int wrappedLines(String text, double widthChars) {
        double room = Math.max(1, widthChars - 1.5);
        int lines = 1;
        double used = 0;
        for (String w : text.split("\\s+")) {
            double len = w.length() * 1.1;
            if (used > 0 && used + 1 + len > room) {
                lines++;
                used = len;
            } else {
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return lines;
    }

    /**
     * The participant's school under its grouped name, as the Coverage and Communities sheets show it, or "(not
     * given)" as the summaries write it (one only in Connections has none).
     */
    protected String school(CohortParticipant p) {
        return a.schools().nameOf(p.index());
    }

    /** The participant's role under its grouped name, or "(not given)" as the summaries write it. */
    protected String role(CohortParticipant p) {
        return a.roles().nameOf(p.index());
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
