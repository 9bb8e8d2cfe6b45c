package org.plnkit.report.template;

import java.util.List;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.model.Category;

/** The hidden Lists sheet that feeds the long drop-downs (categories, met_via) through named ranges. */
final class ListsSheet extends TemplateSheet {
    ListsSheet(TemplateOptions options, XSSFWorkbook wb, Styles st) {
        super("Lists", options, wb, st);
    }

    @Override
    void write(XSSFSheet s) {
        List<String> labels = options.taxonomy().categories().stream().map(Category::label).toList();
        List<List<String>> columns = List.of(labels, MET_VIA);
        List<String> names = List.of("Categories", "MetVia");
        for (int c = 0; c < columns.size(); c++) {
            Row head = s.getRow(0) == null ? s.createRow(0) : s.getRow(0);
            Cells.text(head, c, names.get(c), null);
            for (int i = 0; i < columns.get(c).size(); i++) {
                Row r = s.getRow(i + 1) == null ? s.createRow(i + 1) : s.getRow(i + 1);
                Cells.text(r, c, columns.get(c).get(i), null);
            }
            XSSFName n = wb.createName();
            n.setNameName(names.get(c));
            char col = (char) ('A' + c);
            n.setRefersToFormula("Lists!$" + col + "$2:$" + col + "$" + (columns.get(c).size() + 1));
            s.setColumnWidth(c, 32 * 256);
        }
        wb.setSheetHidden(wb.getSheetIndex(s), true);
    }

}
