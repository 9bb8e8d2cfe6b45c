package org.plnkit.report.template;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.TemplateExamples;
import org.plnkit.report.workbook.kit.Styles;

/** The Connections sheet: the contract's columns, two example rows, drop-downs and the date check. */
final class ConnectionsSheet extends ContractSheet {
    ConnectionsSheet(TemplateOptions options, Styles st) {
        super("Connections", Field.Part.CONNECTION, List.of("last_contact"), 2, options, st);
    }

    @Override
    void examples(XSSFSheet s) {
        Taxonomy t = options.taxonomy();
        Category person = typical(t, Kind.PERSON, 0);
        Category org = typical(t, Kind.ORGANIZATION, Math.min(1, t.categories().size() - 1));
        String id = TemplateWriter.EXAMPLE_PARTICIPANT;
        // participant_id, connection_name, kind, category, connection_id, url, met_via, frequency, value, gives_back,
        // participation, wants_more, topics, last_contact, linked_to
        example(s, 1, id, TemplateExamples.CONNECTION_NAMES.get(0), "person", person.label(), null, null, "school",
                "weekly", 5, "Yes", null, "No", "makerspaces; coding", options.exampleContact(12));
        example(s, 2, id, TemplateExamples.CONNECTION_NAMES.get(1), "organization", org.label(), null,
                "https://www.ala.org/aasl", "professional-organization", "monthly", 4, "No", "lurker", "Yes",
                "information literacy", options.exampleContact(47), "Jane Kim");
    }

    @Override
    void dropDowns(XSSFSheet s, XSSFDataValidationHelper h) {
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
    }

    private static Category typical(Taxonomy t, Kind kind, int fallback) {
        return t.categories().stream().filter(c -> c.typicalKinds().contains(kind)).findFirst()
                .orElse(t.categories().get(fallback));
    }
}
