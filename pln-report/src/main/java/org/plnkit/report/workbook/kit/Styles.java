package org.plnkit.report.workbook.kit;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every PLN Toolkit workbook uses (participant workbook, district workbook, organizer template), made
 * once per workbook: one look, one place to change it. Works with the user model and the streaming one (SXSSF hands
 * out the same XSSF styles).
 *
 * <pre>{@code
 * Styles st = new Styles(workbook);
 * Cells.text(row, 0, "Health", st.header);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Styles {
    public static final byte[] INK = rgb(0x1F, 0x2D, 0x3D);
    public static final byte[] HEADER_FILL = rgb(0x1F, 0x4E, 0x79);
    public static final byte[] MUTED = rgb(0x59, 0x59, 0x59);
    public static final byte[] LINK = rgb(0x05, 0x63, 0xC1);
    public static final byte[] RED_FILL = rgb(0xF8, 0xD7, 0xDA);
    public static final byte[] AMBER_FILL = rgb(0xFF, 0xEB, 0xB3);
    public static final byte[] GREEN_FILL = rgb(0xDF, 0xF0, 0xD8);
    public static final byte[] GRID = rgb(0xBF, 0xBF, 0xBF);
    public static final byte[] FILL_IN = rgb(0xFF, 0xFB, 0xE6);
    public static final byte[] BAR = rgb(0x2E, 0x75, 0xB6);
    public static final byte[] ERROR = rgb(0x9C, 0x1C, 0x1C);
    public static final byte[] REQUIRED_FILL = rgb(0xA8, 0x4B, 0x0C);

    public final XSSFCellStyle title;
    public final XSSFCellStyle subtitle;
    /** {@link #title} and {@link #subtitle} wrapping in a merged cell, for text of any length. */
    public final XSSFCellStyle titleWrap;
    public final XSSFCellStyle subtitleWrap;
    public final XSSFCellStyle heading;
    public final XSSFCellStyle label;
    public final XSSFCellStyle header;
    public final XSSFCellStyle headerRotated;
    public final XSSFCellStyle text;
    public final XSSFCellStyle wrap;
    public final XSSFCellStyle note;
    public final XSSFCellStyle number;
    public final XSSFCellStyle decimal;
    public final XSSFCellStyle percent;
    public final XSSFCellStyle date;
    public final XSSFCellStyle dateBold;
    public final XSSFCellStyle link;
    public final XSSFCellStyle score;
    public final XSSFCellStyle scoreNote;
    public final XSSFCellStyle labelNumber;
    public final XSSFCellStyle fillIn;
    public final XSSFCellStyle fillInDate;
    public final XSSFCellStyle mark;
    public final XSSFCellStyle red;
    public final XSSFCellStyle amber;
    public final XSSFCellStyle green;
    public final XSSFCellStyle redWrap;
    public final XSSFCellStyle amberWrap;
    public final XSSFCellStyle redMark;
    public final XSSFCellStyle amberMark;
    public final XSSFCellStyle redNumber;
    public final XSSFCellStyle amberNumber;
    public final XSSFCellStyle greenNumber;
    /** Whole numbers with thousands separators (right-aligned, or left-aligned). */
    public final XSSFCellStyle integer;
    public final XSSFCellStyle integerLeft;
    /** Four decimals (betweenness). */
    public final XSSFCellStyle fine;
    /** A problem's severity. */
    public final XSSFCellStyle error;
    public final XSSFCellStyle warning;
    /** A column the organizer must fill in. */
    public final XSSFCellStyle headerRequired;
    /** The organizer template's example rows: grey italics, overwritten by the organizer. */
    public final XSSFCellStyle example;
    public final XSSFCellStyle exampleNumber;
    public final XSSFCellStyle exampleDate;

    public Styles(Workbook workbook) {
        Workbook wb = workbook;
        short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
        short textFormat = wb.createDataFormat().getFormat("@");
        XSSFFont bold = font(wb, 11, true, INK);
        XSSFFont white = font(wb, 11, true, rgb(0xFF, 0xFF, 0xFF));
        XSSFFont muted = font(wb, 10, false, MUTED);
        XSSFFont linkFont = font(wb, 11, false, LINK);
        linkFont.setUnderline(XSSFFont.U_SINGLE);

        title = style(wb);
        title.setFont(font(wb, 18, true, INK));
        subtitle = style(wb);
        subtitle.setFont(font(wb, 12, false, MUTED));
        titleWrap = copy(wb, title);
        titleWrap.setWrapText(true);
        titleWrap.setVerticalAlignment(VerticalAlignment.TOP);
        subtitleWrap = copy(wb, subtitle);
        subtitleWrap.setWrapText(true);
        subtitleWrap.setVerticalAlignment(VerticalAlignment.TOP);
        heading = style(wb);
        heading.setFont(font(wb, 13, true, HEADER_FILL));
        heading.setBorderBottom(BorderStyle.MEDIUM);
        heading.setBottomBorderColor(new XSSFColor(HEADER_FILL, null));
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        label = style(wb);
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.CENTER);

        header = style(wb);
        header.setFont(white);
        fill(header, HEADER_FILL);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRotated = copy(wb, header);
        headerRotated.setRotation((short) 90);
        headerRotated.setAlignment(HorizontalAlignment.CENTER);
        headerRotated.setVerticalAlignment(VerticalAlignment.BOTTOM);

        // text from the input: shown as typed, kept as text if edited (quote prefix)
        text = style(wb);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setQuotePrefixed(true);
        text.setDataFormat(textFormat);
        wrap = copy(wb, text);
        wrap.setWrapText(true);
        note = style(wb);
        note.setFont(muted);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        number = style(wb);
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setAlignment(HorizontalAlignment.CENTER);
        decimal = copy(wb, number);
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        percent = copy(wb, number);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        date = style(wb);
        date.setDataFormat(dateFormat);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setAlignment(HorizontalAlignment.LEFT);
        dateBold = copy(wb, date);
        dateBold.setFont(bold);
        dateBold.setVerticalAlignment(VerticalAlignment.CENTER);
        link = copy(wb, text);
        link.setFont(linkFont);

        score = style(wb);
        score.setFont(font(wb, 26, true, HEADER_FILL));
        score.setAlignment(HorizontalAlignment.LEFT);
        score.setVerticalAlignment(VerticalAlignment.CENTER);

        scoreNote = style(wb);
        scoreNote.setFont(muted);
        scoreNote.setVerticalAlignment(VerticalAlignment.CENTER);
        labelNumber = copy(wb, label);
        labelNumber.setAlignment(HorizontalAlignment.LEFT);

        fillIn = copy(wb, wrap);
        fill(fillIn, FILL_IN);
        box(fillIn);
        fillInDate = copy(wb, date);
        fill(fillInDate, FILL_IN);
        box(fillInDate);

        mark = style(wb);
        mark.setAlignment(HorizontalAlignment.CENTER);
        mark.setVerticalAlignment(VerticalAlignment.CENTER);
        mark.setFont(font(wb, 12, false, HEADER_FILL));

        red = filled(wb, text, RED_FILL);
        amber = filled(wb, text, AMBER_FILL);
        green = filled(wb, text, GREEN_FILL);
        redWrap = filled(wb, wrap, RED_FILL);
        amberWrap = filled(wb, wrap, AMBER_FILL);
        redMark = filled(wb, mark, RED_FILL);
        amberMark = filled(wb, mark, AMBER_FILL);
        redNumber = filled(wb, number, RED_FILL);
        amberNumber = filled(wb, number, AMBER_FILL);
        greenNumber = filled(wb, number, GREEN_FILL);

        short whole = wb.createDataFormat().getFormat("#,##0");
        integer = style(wb);
        integer.setDataFormat(whole);
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        integerLeft = copy(wb, integer);
        integerLeft.setAlignment(HorizontalAlignment.LEFT);
        fine = style(wb);
        fine.setDataFormat(wb.createDataFormat().getFormat("0.0000"));
        fine.setVerticalAlignment(VerticalAlignment.TOP);
        error = style(wb);
        error.setFont(font(wb, 11, true, ERROR));
        error.setVerticalAlignment(VerticalAlignment.TOP);
        warning = style(wb);
        warning.setFont(bold);
        warning.setVerticalAlignment(VerticalAlignment.TOP);
        headerRequired = copy(wb, header);
        fill(headerRequired, REQUIRED_FILL);
        XSSFFont exampleFont = font(wb, 11, false, MUTED);
        exampleFont.setItalic(true);
        example = style(wb);
        example.setFont(exampleFont);
        example.setDataFormat(textFormat);
        exampleNumber = style(wb);
        exampleNumber.setFont(exampleFont);
        exampleDate = style(wb);
        exampleDate.setFont(exampleFont);
        exampleDate.setDataFormat(dateFormat);
    }

    private static XSSFCellStyle style(Workbook wb) {
        return (XSSFCellStyle) wb.createCellStyle();
    }

    public static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    private static XSSFFont font(Workbook wb, int points, boolean bold, byte[] color) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setColor(new XSSFColor(color, null));
        return f;
    }

    private static void fill(XSSFCellStyle s, byte[] color) {
        s.setFillForegroundColor(new XSSFColor(color, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void box(XSSFCellStyle s) {
        XSSFColor grid = new XSSFColor(GRID, null);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(grid);
        s.setBottomBorderColor(grid);
        s.setLeftBorderColor(grid);
        s.setRightBorderColor(grid);
    }

    /** A new style like {@code base}, to change from there. */
    private static XSSFCellStyle copy(Workbook wb, XSSFCellStyle base) {
        XSSFCellStyle s = style(wb);
        s.cloneStyleFrom(base);
        return s;
    }

    private static XSSFCellStyle filled(Workbook wb, XSSFCellStyle base, byte[] color) {
        XSSFCellStyle s = copy(wb, base);
        fill(s, color);
        return s;
    }
}
