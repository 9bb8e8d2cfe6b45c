package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.date;
import static org.plnkit.report.workbook.kit.Cells.fitLines;
import static org.plnkit.report.workbook.kit.Cells.lines;
import static org.plnkit.report.workbook.kit.Cells.merge;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;

/** The Check-ins sheet: the check-in schedule against the as-of date, overdue rows in red. */
final class CheckInsSheet extends ParticipantSheet {
    CheckInsSheet(Context c) {
        super(c);
    }

    /** One row of the check-in schedule. */
    private record CheckIn(Connection c, Optional<Integer> interval, Optional<LocalDate> due,
                           Optional<LocalDate> overdueFrom, Optional<Upkeep.OverdueCheckIn> overdue) {
    }

    @Override
    void write() {
        XSSFSheet s = sheet(3);
        int[] widths = {30, 26, 11, 10, 13, 13, 14, 52};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        Row title = row(s, 0);
        text(title, 0, "Check-in schedule", st.title);
        title.setHeightInPoints(28);
        Row asOfRow = row(s, 1);
        text(asOfRow, 0, "As of", st.label);
        date(asOfRow, 1, a.asOf(), st.fillInDate);
        text(asOfRow, 2, "Red: overdue on this date (the interval plus a grace of half of it, at least "
                + a.thresholds().checkInGraceMinDays() + " days). Amber: due, still within the grace."
                + " Change the date (for example to today) to see what is due.", st.note);
        merge(s, 1, 2, 7);
        asOfRow.setHeightInPoints(32);
        int head = 3;
        header(s, head, List.of("Connection", "Category", "How often", "Every (days)", "Last contact",
                "Next due", "Overdue from", "Note"));
        row(s, head).setHeightInPoints(20);

        Map<String, Upkeep.OverdueCheckIn> overdue = new LinkedHashMap<>();
        a.upkeep().overdueCheckIns().forEach(o -> overdue.put(o.connection().id(), o));
        List<CheckIn> rows = new ArrayList<>();
        for (Connection c : pln.connections()) {
            Optional<Integer> interval = c.frequency().flatMap(Frequency::checkInIntervalDays);
            Optional<LocalDate> due = Optional.empty();
            Optional<LocalDate> from = Optional.empty();
            if (interval.isPresent() && c.lastContact().isPresent()) {
                due = Optional.of(c.lastContact().get().plusDays(interval.get()));
                // overdue when days since > interval + grace (as the assessment counts it)
                from = Optional.of(c.lastContact().get().plusDays(interval.get()
                        + a.thresholds().graceDays(interval.get()) + 1L));
            }
            rows.add(new CheckIn(c, interval, due, from, Optional.ofNullable(overdue.get(c.id()))));
        }
        // overdue first (most days late), then by next due date, then no schedule, then no date; ties by id
        rows.sort(Comparator.comparingInt((CheckIn x) -> x.overdue().isPresent() ? 0 : x.due().isPresent() ? 1
                        : x.c().lastContact().isPresent() ? 2 : 3)
                .thenComparingLong(x -> x.overdue().map(o -> -o.daysOverdue()).orElse(0L))
                .thenComparing(x -> x.due().orElse(LocalDate.MAX))
                .thenComparing(x -> x.c().id()));
        int r = head + 1;
        for (CheckIn x : rows) {
            Connection c = x.c();
            Row cr = row(s, r++);
            text(cr, 0, c.name(), st.wrap);
            text(cr, 1, label(c.category()), st.wrap);
            text(cr, 2, c.frequency().map(Frequency::id).orElse(""), st.text);
            numberOrBlank(cr, 3, x.interval(), st.number);
            dateOrBlank(cr, 4, c.lastContact());
            dateOrBlank(cr, 5, x.due());
            dateOrBlank(cr, 6, x.overdueFrom());
            String note = note(x);
            text(cr, 7, note, st.wrap);
            fitLines(cr, Math.max(lines(note, widths[7]), Math.max(lines(c.name(), widths[0]),
                    lines(label(c.category()), widths[1]))));
        }
        if (rows.isEmpty()) {
            text(row(s, r++), 0, "No connections yet.", st.note);
        }
        int last = Math.max(head + 1, r - 1);
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        s.addValidationData(dateValidation(h, 1, 1, 1, "As of"));
        s.addValidationData(dateValidation(h, head + 1, last, 4, "Last contact"));
        // rules against the as-of date in B2: first match wins in LibreOffice, so amber excludes red
        SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        String n = Integer.toString(head + 2);
        ConditionalFormattingRule red = cf.createConditionalFormattingRule(
                "AND(ISNUMBER($G" + n + "),$B$2>=$G" + n + ")");
        fill(red, Styles.RED_FILL);
        ConditionalFormattingRule amber = cf.createConditionalFormattingRule(
                "AND(ISNUMBER($F" + n + "),$B$2>=$F" + n + ",NOT(AND(ISNUMBER($G" + n + "),$B$2>=$G" + n + ")))");
        fill(amber, Styles.AMBER_FILL);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(head + 1, last, 0, 7)}, red,
                amber);
        s.setAutoFilter(new CellRangeAddress(head, last, 0, 7));
        s.createFreezePane(0, head + 1);
        s.setRepeatingRows(CellRangeAddress.valueOf((head + 1) + ":" + (head + 1)));
    }

    private String note(CheckIn x) {
        Connection c = x.c();
        if (x.overdue().isPresent()) {
            Upkeep.OverdueCheckIn o = x.overdue().get();
            return Words.count(o.daysOverdue(), "day") + " past due on " + a.asOf() + ".";
        }
        if (c.lastContact().isEmpty()) {
            return "No last contact date: write when you were last in touch.";
        }
        if (c.frequency().isEmpty()) {
            return "No frequency given, so no schedule: say how often you mean to check in.";
        }
        if (x.interval().isEmpty()) {
            return "Rarely: no set schedule.";
        }
        if (c.lastContact().get().isAfter(a.asOf())) {
            return "Last contact after the as-of date.";
        }
        return "";
    }

    private void fill(ConditionalFormattingRule rule, byte[] color) {
        PatternFormatting p = rule.createPatternFormatting();
        p.setFillBackgroundColor(new XSSFColor(color, null));
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    }
}
