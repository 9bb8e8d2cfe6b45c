package org.plnkit.report.template;

import java.util.List;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Category;

/** The Instructions sheet: how to fill the workbook in, every column, every category and drop-down choice. */
final class InstructionsSheet extends TemplateSheet {
    InstructionsSheet(TemplateOptions options, XSSFWorkbook wb, Styles st) {
        super("Instructions", options, wb, st);
    }

    @Override
    void write(XSSFSheet s) {
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 12 * 256);
        s.setColumnWidth(2, 64 * 256);
        s.setColumnWidth(3, 40 * 256);
        int[] row = {0};
        line(s, row, st.title, "PLN organizer: map your Personal Learning Network");
        line(s, row, st.wrap, "Your Personal Learning Network (PLN) is the people, organizations and resources you"
                + " learn from. This workbook collects yours in a form PLN Toolkit reads: check it with"
                + " \"pln validate\".");
        row[0]++;
        line(s, row, st.heading, "How to fill it in");
        line(s, row, st.wrap, "1. On the Participants sheet, write one row about yourself. Only participant_id is"
                + " needed: a short id such as maria-lopez.");
        line(s, row, st.wrap, "2. On the Connections sheet, write one row for each person, organization or resource you"
                + " learn from. Use your participant_id in every row.");
        line(s, row, st.wrap, "3. Pick kind, category, frequency, value, participation and the Yes/No answers from the"
                + " drop-down lists. Write dates as YYYY-MM-DD, for example 2026-10-20.");
        line(s, row, st.wrap, "4. Only participant_id, connection_name, kind and category are needed. Leave a cell"
                + " blank when you do not know; blank means \"not given\".");
        line(s, row, st.wrap, "5. The grey rows in italics are examples (participant " + TemplateWriter.EXAMPLE_PARTICIPANT + ")."
                + " Overwrite them or delete them before you hand the workbook in.");
        line(s, row, st.wrap, "Hover over a column title to see what it means.");
        row[0]++;

        line(s, row, st.heading, "The columns");
        table(s, row, st, List.of("Column", "Needed?", "What to write", "Example"));
        for (String sheet : List.of("Participants", "Connections")) {
            line(s, row, st.label, sheet + " sheet");
            for (Column c : sheet.equals("Participants") ? columns(Field.Part.PARTICIPANT) : columns(Field.Part.CONNECTION)) {
                table(s, row, st, List.of(c.header(), c.required() ? "needed" : "optional", c.help(), c.example()));
            }
        }
        row[0]++;

        line(s, row, st.heading, "Categories");
        table(s, row, st, List.of("Category", "Id", "What it means", "Examples"));
        for (Category c : options.taxonomy().categories()) {
            table(s, row, st, List.of(c.label(), c.id(), c.description(), String.join("; ", c.examples())));
        }
        row[0]++;

        line(s, row, st.heading, "Drop-down choices");
        table(s, row, st, List.of("Column", "Choice", "What it means", ""));
        table(s, row, st, List.of("kind", "person", "Someone you learn from.", ""));
        table(s, row, st, List.of("kind", "organization", "An association, agency or group with members.", ""));
        table(s, row, st, List.of("kind", "resource", "A blog, hashtag, podcast, journal, website, course or event.", ""));
        table(s, row, st, List.of("frequency", "daily … yearly", "How often you check it or are in touch: daily,"
                + " weekly, monthly, quarterly or yearly.", ""));
        table(s, row, st, List.of("frequency", "rarely", "Less than once a year, or only now and then.", ""));
        table(s, row, st, List.of("value", "1 to 5", "1 = a little useful, 3 = useful, 5 = essential to your practice.", ""));
        table(s, row, st, List.of("participation", "none", "You are not active there.", ""));
        table(s, row, st, List.of("participation", "lurker", "You read or watch but do not post.", ""));
        table(s, row, st, List.of("participation", "contributor", "You post, answer, share or present.", ""));
        table(s, row, st, List.of("participation", "leader", "You organize, moderate or lead.", ""));
        table(s, row, st, List.of("gives_back, wants_more", "Yes / No", "Leave blank if it does not apply.", ""));
        table(s, row, st, List.of("met_via", "suggestions", String.join(", ", MET_VIA) + "; or type your own words.", ""));
    }

    private static void line(XSSFSheet s, int[] row, XSSFCellStyle style, String text) {
        Row r = s.createRow(row[0]++);
        Cells.text(r, 0, text, style);
        if (style.getWrapText()) {
            // one merged-looking wide line: spread over the four columns by height
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, 3));
            r.setHeightInPoints(Math.max(15, 15 * (int) Math.ceil(text.length() / 140.0)));
        }
    }

    private static void table(XSSFSheet s, int[] row, Styles st, List<String> cells) {
        Row r = s.createRow(row[0]++);
        int longest = 0;
        int[] widths = {28, 12, 64, 40};
        for (int i = 0; i < cells.size(); i++) {
            Cells.text(r, i, cells.get(i), st.wrap);
            longest = Math.max(longest, (int) Math.ceil(cells.get(i).length() / (double) widths[i]));
        }
        r.setHeightInPoints(15 * Math.max(1, longest));
    }
}
