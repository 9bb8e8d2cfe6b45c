package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.blank;
import static org.plnkit.report.workbook.kit.Cells.fitLines;
import static org.plnkit.report.workbook.kit.Cells.lines;
import static org.plnkit.report.workbook.kit.Cells.number;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.util.List;
import java.util.Optional;
import org.plnkit.report.workbook.kit.CellText;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;

/** The Connections sheet of the participant workbook: every connection with its weights and shares. */
final class ConnectionsSheet extends ParticipantSheet {
    ConnectionsSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        XSSFSheet s = sheet(1);
        List<String> headers = List.of("Name", "Kind", "Category", "How often", "Value (1–5)",
                "Share of engagement", "I give back", "Participation", "Want to do more", "Topics",
                "Last contact", "Met via", "Web address");
        int[] widths = {30, 13, 26, 11, 10, 12, 9, 13, 10, 36, 12, 18, 48};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        header(s, 0, headers);
        row(s, 0).setHeightInPoints(32);
        int r = 1;
        // most engagement first: the order of the reliance measure
        for (Reliance.ConnectionWeight w : a.reliance().weights()) {
            Optional<Connection> found = pln.connection(w.connection().id());
            if (found.isEmpty()) {
                continue;
            }
            Connection c = found.get();
            Row cr = row(s, r++);
            text(cr, 0, c.name(), st.wrap);
            text(cr, 1, c.kind().id(), st.text);
            text(cr, 2, label(c.category()), st.wrap);
            text(cr, 3, c.frequency().map(Frequency::id).orElse(""), st.text);
            numberOrBlank(cr, 4, c.value(), st.number);
            number(cr, 5, w.share(), st.percent);
            text(cr, 6, c.givesBack().map(b -> b ? "yes" : "no").orElse(""), st.text);
            text(cr, 7, c.participation().map(x -> x.id()).orElse(""), st.text);
            text(cr, 8, c.wantsMore().map(b -> b ? "yes" : "no").orElse(""), st.text);
            String topics = String.join("; ", c.topics());
            text(cr, 9, topics, st.wrap);
            dateOrBlank(cr, 10, c.lastContact());
            text(cr, 11, c.metVia().orElse(""), st.text);
            if (c.url().isPresent()) {
                Cells.link(cr, 12, c.url().get(), st.link, st.text);
            } else {
                blank(cr, 12, st.text);
            }
            fitLines(cr, Math.max(lines(topics, widths[9]), Math.max(lines(c.name(), widths[0]),
                    lines(label(c.category()), widths[2]))));
        }
        if (r == 1) {
            text(row(s, 1), 0, "No connections yet: add them to your PLN file and run the assessment again.",
                    st.note);
            s.createFreezePane(0, 1);
            return;
        }
        XSSFTable table = s.createTable(new AreaReference(new CellReference(0, 0),
                new CellReference(r - 1, headers.size() - 1), SpreadsheetVersion.EXCEL2007));
        table.setName("ConnectionsTable");
        table.setDisplayName("ConnectionsTable");
        table.setStyleName("TableStyleLight9");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        table.getCTTable().getTableStyleInfo().setShowColumnStripes(false);
        if (!table.getCTTable().isSetAutoFilter()) {
            table.getCTTable().addNewAutoFilter();
        }
        table.getCTTable().getAutoFilter().setRef(table.getArea().formatAsString());
        // the columns named after the header cells, as POI's updateHeaders() does from cells it can read
        for (int i = 0; i < headers.size(); i++) {
            table.getCTTable().getTableColumns().getTableColumnArray(i).setName(CellText.safe(headers.get(i))
                    .replace("\n", "_x000a_").replace("\r", "_x000d_"));
        }
        s.createFreezePane(1, 1);
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        // the share of engagement as a bar in its cell
        SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule bars = (XSSFConditionalFormattingRule) cf
                .createConditionalFormattingRule(new XSSFColor(Styles.BAR, null));
        bars.getDataBarFormatting().setWidthMin(0);
        bars.getDataBarFormatting().setWidthMax(100);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, r - 1, 5, 5)}, bars);
    }
}
