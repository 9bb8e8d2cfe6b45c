package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.header;
import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.partLabel;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.Projection;
import org.plnkit.analysis.health.Health;
import org.plnkit.core.problem.Problem;

/** The district workbook's Participants sheet. */
final class ParticipantsSheet extends DistrictSheet {
    ParticipantsSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        List<String> headers = new ArrayList<>(List.of("Participant", "School", "Role", "Community",
                "Connections", "Shared nodes", "Ties to participants", "Health"));
        for (Health.Part part : Health.Part.values()) {
            headers.add(partLabel(part));
        }
        headers.addAll(List.of("Categories covered", "Gaps", "Thin categories", "Topics named",
                "Topics without a source", "Topics with one source", "Overdue check-ins", "Give-back share",
                "Local share", "Reliance flags", "Projection neighbours", "Betweenness", "Isolated",
                "First step of the action plan", "Problem"));
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 11);
        widths[0] = 18;
        widths[1] = 28;
        widths[2] = 20;
        widths[headers.size() - 2] = 40;
        widths[headers.size() - 1] = 30;
        SXSSFSheet s = sheet("Participants", widths);
        int n = a.size();
        header(s.createRow(0), st, headers.toArray(new String[0]));
        s.getRow(0).setHeightInPoints(45);
        s.createFreezePane(1, 1);
        printInGroups(s, 8, 8 + Health.Part.values().length + 3, headers.size() - 2);
        int r = 1;
        int cats = taxonomy.categories().size();
        for (CohortParticipant p : a.participants()) {
            Row row = row(s, r++);
            int c = 0;
            text(row, c++, labels.participant(p.index()), st.text);
            text(row, c++, school(p), st.text);
            text(row, c++, role(p), st.text);
            if (p.community().isPresent()) {
                number(row, c, p.community().get(), count);
            }
            c++;
            number(row, c++, p.connections(), count);
            number(row, c++, p.sharedNodes(), count);
            number(row, c++, p.ties(), count);
            Optional<CohortParticipant.Scores> sc = p.scores();
            if (sc.isPresent()) {
                CohortParticipant.Scores x = sc.get();
                number(row, c++, x.health(), count);
                for (Health.Part part : Health.Part.values()) {
                    Optional<Integer> v = x.subScore(part);
                    if (v.isPresent()) {
                        number(row, c, v.get(), count);
                    }
                    c++;
                }
                number(row, c++, cats - x.gaps(), count);
                number(row, c++, x.gaps(), count);
                number(row, c++, x.thin(), count);
                number(row, c++, x.topics(), count);
                number(row, c++, x.uncoveredTopics(), count);
                number(row, c++, x.fragileTopics(), count);
                number(row, c++, x.overdue(), count);
                if (x.giveBackShare().isPresent()) {
                    number(row, c, x.giveBackShare().get(), st.percent);
                }
                c++;
                if (x.localShare().isPresent()) {
                    number(row, c, x.localShare().get(), st.percent);
                }
                c++;
                number(row, c++, x.relianceFlags(), count);
            } else {
                c += 1 + Health.Part.values().length + 10;
            }
            number(row, c++, p.neighbours(), count);
            number(row, c++, p.betweenness(), st.fine);
            text(row, c++, p.isolated() ? "yes" : "no", st.text);
            text(row, c++, sc.map(x -> labels.firstStep(x, taxonomy)).orElse(""), st.text);
            text(row, c, p.problem().orElse(""), st.text);
        }
        if (n > 0) {
            XSSFSheet xs = wb.getXSSFWorkbook().getSheet("Participants");
            XSSFTable table = xs.createTable(new AreaReference(new CellReference(0, 0),
                    new CellReference(shown(n), headers.size() - 1), wb.getSpreadsheetVersion()));
            table.setName("Participants");
            table.setDisplayName("Participants");
            for (int i = 0; i < headers.size(); i++) {
                table.getColumns().get(i).setName(headers.get(i));
            }
            table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
            table.setStyleName("TableStyleLight9");
            // on the table's XML, not through getStyle(): that parses POI's catalogue of every built-in table style
            // (a third of the workbook's time in a fresh JVM, #17)
            table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        }
    }

    /**
     * Printed one page wide, the sheet's 29 columns came out at about a third of their size, too small to read.
     * Instead the columns print in four groups, each on its own pages at 70% of their size: who (participant to
     * health); the health parts and categories; topics, check-ins and ties; the action plan's first step and the
     * problem. Every page repeats the header row and the participant's label, so each page reads on its own, and the
     * pages go across before down, so one band of participants comes out as four pages one after another. At 70% the
     * widest group (128 characters with the label) fits a landscape Letter or A4 page even where a wider font than
     * Calibri stands in for it (LibreOffice without Carlito, measured).
     */
    private static void printInGroups(SXSSFSheet s, int... groupStarts) {
        s.setFitToPage(false);
        s.setAutobreaks(false);
        s.getPrintSetup().setScale((short) 70);
        s.getPrintSetup().setLeftToRight(true);
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        s.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        for (int start : groupStarts) {
            s.setColumnBreak(start - 1);
        }
    }
}
