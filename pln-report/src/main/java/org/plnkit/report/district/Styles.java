package org.plnkit.report.district;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The district workbook's cell styles, made once per workbook. */
final class Styles {
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle heading;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle integer;
    final CellStyle integerLeft;
    final CellStyle decimal;
    final CellStyle fine;
    final CellStyle percent;
    final CellStyle note;
    final CellStyle error;
    final CellStyle warning;
    final CellStyle label;

    Styles(Workbook wb) {
        short pct = wb.createDataFormat().getFormat("0%");
        short dec = wb.createDataFormat().getFormat("0.0");
        short fineFormat = wb.createDataFormat().getFormat("0.0000");
        short whole = wb.createDataFormat().getFormat("#,##0");
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        Font medium = wb.createFont();
        medium.setBold(true);
        medium.setFontHeightInPoints((short) 12);
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(grey);
        heading = wb.createCellStyle();
        heading.setFont(medium);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = wb.createCellStyle();
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        integer = wb.createCellStyle();
        integer.setDataFormat(whole);
        integerLeft = wb.createCellStyle();
        integerLeft.setDataFormat(whole);
        integerLeft.setAlignment(HorizontalAlignment.LEFT);
        decimal = wb.createCellStyle();
        decimal.setDataFormat(dec);
        fine = wb.createCellStyle();
        fine.setDataFormat(fineFormat);
        percent = wb.createCellStyle();
        percent.setDataFormat(pct);
        note = wb.createCellStyle();
        note.setFont(grey);
        error = wb.createCellStyle();
        error.setFont(red);
        warning = wb.createCellStyle();
        warning.setFont(bold);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setAlignment(HorizontalAlignment.LEFT);
    }
}
