package org.plnkit.report.template;

import java.time.LocalDate;
import java.util.List;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.TemplateExamples;

/** The Connections sheet: the contract's columns, two example rows, drop-downs and the date check. */
final class ConnectionsSheet extends TemplateSheet {
    ConnectionsSheet(TemplateOptions options, XSSFWorkbook wb, Styles st) {
        super(options, wb, st);
    }

    @Override
    void write() {
        XSSFSheet s = wb.createSheet("Connections");
        List<Column> cols = connectionColumns();
        header(s, cols, st);
        setColumnStyles(s, cols, st, List.of("last_contact"));
        if (options.example()) {
            Taxonomy t = options.taxonomy();
            Category person = typical(t, Kind.PERSON, 0);
            Category org = typical(t, Kind.ORGANIZATION, Math.min(1, t.categories().size() - 1));
            Row r = s.createRow(1);
            text(r, 0, TemplateWriter.EXAMPLE_PARTICIPANT, st.example);
            text(r, 1, TemplateExamples.CONNECTION_NAMES.get(0), st.example);
            text(r, 2, "person", st.example);
            text(r, 3, person.label(), st.example);
            text(r, 6, "school", st.example);
            text(r, 7, "weekly", st.example);
            number(r, 8, 5, st.exampleNumber);
            text(r, 9, "Yes", st.example);
            text(r, 11, "No", st.example);
            text(r, 12, "makerspaces; coding", st.example);
            date(r, 13, LocalDate.of(2026, 10, 20), st.exampleDate);
            Row r2 = s.createRow(2);
            text(r2, 0, TemplateWriter.EXAMPLE_PARTICIPANT, st.example);
            text(r2, 1, TemplateExamples.CONNECTION_NAMES.get(1), st.example);
            text(r2, 2, "organization", st.example);
            text(r2, 3, org.label(), st.example);
            text(r2, 5, "https://www.ala.org/aasl", st.example);
            text(r2, 6, "professional-organization", st.example);
            text(r2, 7, "monthly", st.example);
            number(r2, 8, 4, st.exampleNumber);
            text(r2, 9, "No", st.example);
            text(r2, 10, "lurker", st.example);
            text(r2, 11, "Yes", st.example);
            text(r2, 12, "information literacy", st.example);
            date(r2, 13, LocalDate.of(2026, 9, 15), st.exampleDate);
            text(r2, 14, "Jane Kim", st.example);
        }
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        list(s, h, 2, h.createExplicitListConstraint(new String[] {"person", "organization", "resource"}), true,
                "kind", "Pick person, organization or resource from the list.");
        list(s, h, 3, h.createFormulaListConstraint("Categories"), true, "category",
                "Pick a category from the list; the Instructions sheet explains each one.");
        list(s, h, 6, h.createFormulaListConstraint("MetVia"), false, "met_via", "");
        list(s, h, 7, h.createExplicitListConstraint(new String[] {"daily", "weekly", "monthly", "quarterly", "yearly",
                "rarely"}), true, "frequency", "Pick how often from the list: daily, weekly, monthly, quarterly,"
                + " yearly or rarely.");
        list(s, h, 8, h.createExplicitListConstraint(new String[] {"1", "2", "3", "4", "5"}), true, "value",
                "The value is a whole number from 1 (a little) to 5 (essential).");
        list(s, h, 9, h.createExplicitListConstraint(new String[] {"Yes", "No"}), true, "gives_back", "Pick Yes or No.");
        list(s, h, 10, h.createExplicitListConstraint(new String[] {"none", "lurker", "contributor", "leader"}), true,
                "participation", "Pick none, lurker, contributor or leader from the list.");
        list(s, h, 11, h.createExplicitListConstraint(new String[] {"Yes", "No"}), true, "wants_more", "Pick Yes or No.");
        dateCheck(s, h, 13, "last_contact");
        s.createFreezePane(2, 1);
    }

    private static Category typical(Taxonomy t, Kind kind, int fallback) {
        return t.categories().stream().filter(c -> c.typicalKinds().contains(kind)).findFirst()
                .orElse(t.categories().get(fallback));
    }
}
