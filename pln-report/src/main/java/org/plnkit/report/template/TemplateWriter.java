package org.plnkit.report.template;

import java.util.zip.Deflater;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.DocumentProperties;
import org.plnkit.report.workbook.kit.Styles;
import org.plnkit.report.workbook.kit.XssfWorkbooks;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Category;
import org.plnkit.core.read.internal.TemplateExamples;

/**
 * Writes the blank PLN organizer workbook that a participant or a district hands out: the Participants and
 * Connections sheets of the input contract (header row, worked example rows in grey italics that are valid input
 * if left in place, drop-downs, date checks, header comments, column widths, frozen header), an Instructions sheet
 * in plain words with every category of the taxonomy in use, and a hidden Lists sheet that feeds the long
 * drop-downs. The same options always give the same bytes.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("pln-organizer.xlsx"))) {
 *     new TemplateWriter(TemplateOptions.defaults()).write(out);
 * }
 * }</pre>
 *
 * <p>Every text goes into a cell as text, never as a formula; a category label that a spreadsheet would run as a
 * formula when picked from a drop-down ({@code =}, {@code +}, {@code -}, {@code @} first) is refused.
 *
 * @since 0.1.0
 */
public final class TemplateWriter {
    /** The columns of the Participants sheet, in the contract's order. */
    public static final List<String> PARTICIPANT_COLUMNS = ContractFields.columns(Field.Part.PARTICIPANT);
    /** The columns of the Connections sheet, in the contract's order. */
    public static final List<String> CONNECTION_COLUMNS = ContractFields.columns(Field.Part.CONNECTION);

    static final String EXAMPLE_PARTICIPANT = TemplateExamples.PARTICIPANT_ID;

    private final TemplateOptions options;

    public TemplateWriter(TemplateOptions options) {
        this.options = options;
        for (Category c : options.taxonomy().categories()) {
            if (!c.label().isEmpty() && "=+-@".indexOf(c.label().charAt(0)) >= 0) {
                throw new IllegalArgumentException("category label \"" + c.label() + "\" starts with \""
                        + c.label().charAt(0) + "\", which a spreadsheet would run as a formula; rename it in the taxonomy file");
            }
        }
    }

    /** Writes the workbook (.xlsx); the stream is not closed. */
    public void write(OutputStream out) throws IOException {
        out.write(bytes());
    }

    /** The workbook's bytes. */
    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            for (TemplateSheet sheet : List.of(new InstructionsSheet(options, st), new ParticipantsSheet(options, st),
                    new ConnectionsSheet(options, st), new ListsSheet(options, st))) {
                sheet.write(wb);
            }
            for (int i = 0; i < 3; i++) {
                printable(wb.getSheetAt(i));
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            properties(wb);
            return XssfWorkbooks.bytes(wb, Deflater.BEST_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Landscape, as wide as one page: printed instructions and sheets keep their columns together. */
    private static void printable(XSSFSheet s) {
        Cells.printable(s);
    }

    private static void properties(XSSFWorkbook wb) {
        DocumentProperties.set(wb, "PLN organizer",
                "A blank Personal Learning Network organizer: sheets Participants and Connections.");
    }
}
