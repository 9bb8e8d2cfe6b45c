package org.plnkit.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The assessment workbook's cell styles, made once per workbook. */
final class Styles {
    static final byte[] INK = rgb(0x1F, 0x2D, 0x3D);
    static final byte[] HEADER_FILL = rgb(0x1F, 0x4E, 0x79);
    static final byte[] MUTED = rgb(0x59, 0x59, 0x59);
    static final byte[] LINK = rgb(0x05, 0x63, 0xC1);
    static final byte[] RED_FILL = rgb(0xF8, 0xD7, 0xDA);
    static final byte[] AMBER_FILL = rgb(0xFF, 0xEB, 0xB3);
    static final byte[] GREEN_FILL = rgb(0xDF, 0xF0, 0xD8);
    static final byte[] GRID = rgb(0xBF, 0xBF, 0xBF);
    static final byte[] FILL_IN = rgb(0xFF, 0xFB, 0xE6);
    static final byte[] BAR = rgb(0x2E, 0x75, 0xB6);

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle heading;
    final XSSFCellStyle label;
    final XSSFCellStyle header;
    final XSSFCellStyle headerRotated;
    final XSSFCellStyle text;
    final XSSFCellStyle wrap;
    final XSSFCellStyle note;
    final XSSFCellStyle number;
    final XSSFCellStyle decimal;
    final XSSFCellStyle percent;
    final XSSFCellStyle date;
    final XSSFCellStyle dateBold;
    final XSSFCellStyle link;
    final XSSFCellStyle score;
    final XSSFCellStyle scoreNote;
    final XSSFCellStyle labelNumber;
    final XSSFCellStyle fillIn;
    final XSSFCellStyle fillInDate;
    final XSSFCellStyle mark;
    final XSSFCellStyle red;
    final XSSFCellStyle amber;
    final XSSFCellStyle green;
    final XSSFCellStyle redWrap;
    final XSSFCellStyle amberWrap;
    final XSSFCellStyle redMark;
    final XSSFCellStyle amberMark;
    final XSSFCellStyle redNumber;
    final XSSFCellStyle amberNumber;
    final XSSFCellStyle greenNumber;

    Styles(XSSFWorkbook wb) {
        short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
        short textFormat = wb.createDataFormat().getFormat("@");
        XSSFFont bold = font(wb, 11, true, INK);
        XSSFFont white = font(wb, 11, true, rgb(0xFF, 0xFF, 0xFF));
        XSSFFont muted = font(wb, 10, false, MUTED);
        XSSFFont linkFont = font(wb, 11, false, LINK);
        linkFont.setUnderline(XSSFFont.U_SINGLE);

        title = wb.createCellStyle();
        title.setFont(font(wb, 18, true, INK));
        subtitle = wb.createCellStyle();
        subtitle.setFont(font(wb, 12, false, MUTED));
        heading = wb.createCellStyle();
        heading.setFont(font(wb, 13, true, HEADER_FILL));
        heading.setBorderBottom(BorderStyle.MEDIUM);
        heading.setBottomBorderColor(new XSSFColor(HEADER_FILL, null));
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.CENTER);

        header = wb.createCellStyle();
        header.setFont(white);
        fill(header, HEADER_FILL);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRotated = wb.createCellStyle();
        headerRotated.cloneStyleFrom(header);
        headerRotated.setRotation((short) 90);
        headerRotated.setAlignment(HorizontalAlignment.CENTER);
        headerRotated.setVerticalAlignment(VerticalAlignment.BOTTOM);

        // text from the input: shown as typed, kept as text if edited (quote prefix)
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setQuotePrefixed(true);
        text.setDataFormat(textFormat);
        wrap = wb.createCellStyle();
        wrap.cloneStyleFrom(text);
        wrap.setWrapText(true);
        note = wb.createCellStyle();
        note.setFont(muted);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setAlignment(HorizontalAlignment.CENTER);
        decimal = wb.createCellStyle();
        decimal.cloneStyleFrom(number);
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        percent = wb.createCellStyle();
        percent.cloneStyleFrom(number);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        date = wb.createCellStyle();
        date.setDataFormat(dateFormat);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setAlignment(HorizontalAlignment.LEFT);
        dateBold = wb.createCellStyle();
        dateBold.cloneStyleFrom(date);
        dateBold.setFont(bold);
        dateBold.setVerticalAlignment(VerticalAlignment.CENTER);
        link = wb.createCellStyle();
        link.cloneStyleFrom(text);
        link.setFont(linkFont);

        score = wb.createCellStyle();
        score.setFont(font(wb, 26, true, HEADER_FILL));
        score.setAlignment(HorizontalAlignment.LEFT);
        score.setVerticalAlignment(VerticalAlignment.CENTER);

        scoreNote = wb.createCellStyle();
        scoreNote.setFont(muted);
        scoreNote.setVerticalAlignment(VerticalAlignment.CENTER);
        labelNumber = wb.createCellStyle();
        labelNumber.cloneStyleFrom(label);
        labelNumber.setAlignment(HorizontalAlignment.LEFT);

        fillIn = wb.createCellStyle();
        fillIn.cloneStyleFrom(wrap);
        fill(fillIn, FILL_IN);
        box(fillIn);
        fillInDate = wb.createCellStyle();
        fillInDate.cloneStyleFrom(date);
        fill(fillInDate, FILL_IN);
        box(fillInDate);

        mark = wb.createCellStyle();
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
    }

    static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold, byte[] color) {
        XSSFFont f = wb.createFont();
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

    private static XSSFCellStyle filled(XSSFWorkbook wb, XSSFCellStyle base, byte[] color) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        fill(s, color);
        return s;
    }
}
