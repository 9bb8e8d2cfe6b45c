package org.plnkit.report.template;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.fields.Field;
import org.plnkit.report.workbook.kit.Styles;

/**
 * A sheet of the input contract (Participants, Connections): the contract's columns with header comments, widths and
 * column styles, example rows when the options ask for them, drop-downs, a check on each date column, and the header
 * (and the first {@code frozenColumns} columns) frozen.
 */
abstract class ContractSheet extends TemplateSheet {
    private final Field.Part part;
    private final List<String> dateColumns;
    private final int frozenColumns;

    ContractSheet(String name, Field.Part part, List<String> dateColumns, int frozenColumns, TemplateOptions options,
                  XSSFWorkbook wb, Styles st) {
        super(name, options, wb, st);
        this.part = part;
        this.dateColumns = dateColumns;
        this.frozenColumns = frozenColumns;
    }

    @Override
    final void write(XSSFSheet s) {
        List<Column> cols = columns(part);
        header(s, cols, st);
        setColumnStyles(s, cols, st, dateColumns);
        if (options.example()) {
            examples(s);
        }
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        dropDowns(s, h);
        for (String d : dateColumns) {
            dateCheck(s, h, index(cols, d), d);
        }
        s.createFreezePane(frozenColumns, 1);
    }

    /** Writes the example rows, with {@link #example}. */
    abstract void examples(XSSFSheet s);

    /** Adds the drop-downs, with {@link #list}; none unless overridden. */
    void dropDowns(XSSFSheet s, XSSFDataValidationHelper h) {
    }

    /**
     * An example row in grey italics: the values of the contract's columns in their order, null for a blank cell; a
     * value is a text, a whole number or a date.
     */
    protected void example(XSSFSheet s, int row, Object... values) {
        Row r = s.createRow(row);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Integer n) {
                number(r, i, n, st.exampleNumber);
            } else if (values[i] instanceof LocalDate d) {
                date(r, i, d, st.exampleDate);
            } else if (values[i] != null) {
                text(r, i, (String) values[i], st.example);
            }
        }
    }

    /** The index of a column of the sheet by its header. */
    protected static int index(List<Column> cols, String header) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + header + " in the contract");
    }
}
