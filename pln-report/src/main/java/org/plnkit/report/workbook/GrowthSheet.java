package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.number;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.growth.Growth.Change;
import org.plnkit.analysis.growth.Growth.Kept;
import org.plnkit.analysis.growth.Growth.PartShift;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.analysis.growth.Growth.Step;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.analysis.growth.Growth.TopicShift;
import org.plnkit.analysis.growth.GrowthText;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.workbook.kit.Styles;

/**
 * The Growth sheet of the participant workbook ({@code pln compare --out}, {@code pln assess --since}): the health
 * score and its parts before and after, the connections added, dropped and changed, categories and topics, and the
 * follow-through of the earlier plan, each step coloured done (green), partly (amber) or not yet (red).
 */
final class GrowthSheet {
    /** The sheet's name. */
    static final String NAME = "Growth";

    private final Styles st;
    private final Taxonomy taxonomy;

    GrowthSheet(Styles st, Taxonomy taxonomy) {
        this.st = st;
        this.taxonomy = taxonomy;
    }

    /** Adds the sheet to the workbook. */
    XSSFSheet write(XSSFWorkbook wb, Growth g) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(NAME));
        int[] widths = {34, 14, 14, 12, 70};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        text(row(s, r++), 0, "How my PLN grew", st.title);
        text(row(s, r++), 0, g.participant().displayName() + ": " + g.beforeAsOf() + " to " + g.afterAsOf(),
                st.subtitle);
        r++;
        r = heading(s, r, "Health score");
        header(s, r++, List.of("Part", "Before", "After", "Change"));
        Row total = row(s, r++);
        text(total, 0, "Health score", st.label);
        number(total, 1, g.health().before(), st.number);
        number(total, 2, g.health().after(), st.number);
        number(total, 3, g.health().delta(), change(g.health().delta()));
        for (PartShift p : g.health().parts()) {
            Row x = row(s, r++);
            text(x, 0, AssessmentWorkbook.partName(p.part()), st.text);
            optional(x, 1, p.before());
            optional(x, 2, p.after());
            if (p.delta().isPresent()) {
                number(x, 3, p.delta().get(), change(p.delta().get()));
            } else {
                text(x, 3, "n/a", st.note);
            }
        }
        r++;
        r = heading(s, r, "Connections: " + g.added().size() + " added, " + g.dropped().size() + " dropped, "
                + g.kept().size() + " kept (" + g.changed().size() + " changed)");
        header(s, r++, List.of("Connection", "What", "Category", "", "Details"));
        for (Tie t : g.added()) {
            Row x = row(s, r++);
            name(x, t.name());
            text(x, 1, "added", st.green);
            text(x, 2, label(t.category()), st.text);
        }
        for (Tie t : g.dropped()) {
            Row x = row(s, r++);
            name(x, t.name());
            text(x, 1, "dropped", st.amber);
            text(x, 2, label(t.category()), st.text);
        }
        for (Kept k : g.changed()) {
            Row x = row(s, r++);
            name(x, k.name());
            text(x, 1, "changed", st.text);
            text(x, 2, label(k.category()), st.text);
            List<String> parts = new ArrayList<>();
            for (Change c : k.changes()) {
                parts.add(GrowthText.changeText(c, taxonomy));
            }
            text(x, 4, String.join("; ", parts), st.wrap);
            fit(x, String.join("; ", parts), 70);
        }
        r++;
        r = heading(s, r, "Categories and topics");
        r = line(s, r, "Categories gained", labels(g.categoriesGained()));
        r = line(s, r, "Categories lost", labels(g.categoriesLost()));
        r = line(s, r, "Thin categories now sturdy", labels(g.becameSturdy()));
        r = line(s, r, "Categories now thin", labels(g.becameThin()));
        List<String> second = new ArrayList<>();
        List<String> lostOnly = new ArrayList<>();
        for (TopicShift t : g.topics()) {
            if (t.gainedSecondSource()) {
                second.add(t.topic() + " (" + t.sourcesBefore() + " \u2192 " + t.sourcesAfter() + ")");
            }
            if (t.lostOnlySource()) {
                lostOnly.add(t.topic());
            }
        }
        r = line(s, r, "Topics with a second source now", second.isEmpty() ? "none" : String.join(", ", second));
        r = line(s, r, "Topics that lost their only source", lostOnly.isEmpty() ? "none" : String.join(", ", lostOnly));
        r = line(s, r, "Give-back share", share(g.giveBack().before()) + " \u2192 " + share(g.giveBack().after()));
        r = line(s, r, "Overdue check-ins", g.overdue().before() + " \u2192 " + g.overdue().after());
        r++;
        r = heading(s, r, "Follow-through of the plan of " + g.beforeAsOf());
        header(s, r++, List.of("Step", "Status", "Kind", "", "Evidence"));
        for (Step step : g.followThrough()) {
            Row x = row(s, r++);
            text(x, 0, step.rank() + ". " + step.title(), st.wrap);
            text(x, 1, step.status().words(), step.status() == Status.DONE ? st.green
                    : step.status() == Status.PARTLY ? st.amber : st.red);
            text(x, 2, step.type().label(), st.text);
            text(x, 4, step.evidence(), st.wrap);
            fit(x, step.evidence(), 70);
            fit(x, step.rank() + ". " + step.title(), 34);
        }
        if (g.followThrough().isEmpty()) {
            text(row(s, r++), 0, "The earlier plan had no steps.", st.note);
        }
        s.createFreezePane(0, 2);
        return s;
    }

    /** A connection's name in column A, wrapped there rather than cut off by column B. */
    private void name(Row x, String name) {
        text(x, 0, name, st.wrap);
        fit(x, name, 34);
    }

    /** A row tall enough for its wrapped text ({@code width} characters a line), never lower than it is. */
    private static void fit(Row x, String text, int width) {
        int lines = Math.max(1, (int) Math.ceil(text.length() / (double) width));
        x.setHeightInPoints(Math.max(x.getHeightInPoints(), 15f * lines));
    }

    private int heading(XSSFSheet s, int r, String title) {
        text(row(s, r), 0, title, st.heading);
        return r + 1;
    }

    private void header(XSSFSheet s, int r, List<String> names) {
        Row h = row(s, r);
        for (int i = 0; i < names.size(); i++) {
            text(h, i, names.get(i), st.header);
        }
    }

    private int line(XSSFSheet s, int r, String name, String value) {
        Row x = row(s, r);
        text(x, 0, name, st.label);
        text(x, 1, value, st.text);
        return r + 1;
    }

    private void optional(Row x, int col, Optional<Integer> v) {
        if (v.isPresent()) {
            number(x, col, v.get(), st.number);
        } else {
            text(x, col, "n/a", st.note);
        }
    }

    private CellStyle change(int d) {
        return d > 0 ? st.greenNumber : d < 0 ? st.redNumber : st.amberNumber;
    }

    private String label(String id) {
        return taxonomy.byId(id).map(Category::label).orElse(id);
    }

    private String labels(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(this::label).toList());
    }

    private static String share(Optional<Double> v) {
        return v.map(x -> Math.round(x * 100) + "%").orElse("n/a");
    }
}
