package org.plnkit.report.template;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.plnkit.core.fields.Field;
import org.plnkit.core.read.internal.TemplateExamples;
import org.plnkit.report.workbook.kit.Styles;

/** The Participants sheet: the contract's columns, an example row, the as_of date check. */
final class ParticipantsSheet extends ContractSheet {
    ParticipantsSheet(TemplateOptions options, Styles st) {
        super("Participants", Field.Part.PARTICIPANT, List.of("as_of"), 1, options, st);
    }

    @Override
    void examples(XSSFSheet s) {
        example(s, 1, TemplateWriter.EXAMPLE_PARTICIPANT, TemplateExamples.PARTICIPANT_NAME, "Lincoln Middle School",
                "Teacher librarian", "makerspaces; coding; information literacy", "Feedly", options.asOf());
    }
}
