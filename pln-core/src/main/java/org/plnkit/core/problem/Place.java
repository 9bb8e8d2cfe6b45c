package org.plnkit.core.problem;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a problem is, in terms a person can find: {@code maria.yaml:14:5},
 * {@code cohort.xlsx Connections!F12}, {@code connections.csv:231 column value}.
 *
 * <p>The sheet, the cell and the field are null when absent: a record's components cannot change type without
 * breaking every program that reads them. Read them through {@link #sheetName()}, {@link #cellReference()} and
 * {@link #fieldName()}, empty where the component is null, as every other "not given" of the API is.
 *
 * @param file   the file name as the user gave it (never null)
 * @param line   1-based line in a text file, 0 when unknown or not applicable
 * @param column 1-based column in a text file, 0 when unknown
 * @param sheet  the sheet of a workbook, or null ({@link #sheetName()} gives it as an {@code Optional})
 * @param cell   the cell reference in a sheet (e.g. {@code F12}), or a row reference ({@code 12}), or null
 *               ({@link #cellReference()} gives it as an {@code Optional})
 * @param field  the column or field name the problem is about, or null ({@link #fieldName()} gives it as an
 *               {@code Optional})
 *
 * @since 0.1.0
 */
public record Place(String file, int line, int column, String sheet, String cell, String field) {
    public Place {
        Objects.requireNonNull(file, "file");
        // names from the input (sheet names, header cells) are printed: escape what a terminal would act on
        file = Printable.escape(file);
        sheet = Printable.escape(sheet);
        cell = Printable.escape(cell);
        field = Printable.escape(field);
    }

    /** The whole file. */
    public static Place file(String file) {
        return new Place(file, 0, 0, null, null, null);
    }

    /** A line and column of a text file (YAML, JSON). */
    public static Place text(String file, int line, int column) {
        return new Place(file, line, column, null, null, null);
    }

    /** A line of a CSV file and the column (header name) in it. */
    public static Place csv(String file, int line, String field) {
        return new Place(file, line, 0, null, null, field);
    }

    /** A cell (e.g. {@code F12}) or a row ({@code 12}) of a workbook sheet. */
    public static Place cell(String file, String sheet, String cell, String field) {
        return new Place(file, 0, 0, sheet, cell, field);
    }

    /** The sheet of a workbook; empty for a text file. */
    public Optional<String> sheetName() {
        return Optional.ofNullable(sheet);
    }

    /** The cell reference ({@code F12}) or row reference ({@code 12}) in the sheet; empty for a text file. */
    public Optional<String> cellReference() {
        return Optional.ofNullable(cell);
    }

    /** The column or field name the problem is about ({@code value}, {@code last_contact}), when there is one. */
    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }

    /** The same place, about a named field. */
    public Place withField(String newField) {
        return new Place(file, line, column, sheet, cell, newField);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (sheet != null) {
            b.append(' ').append(sheet);
            if (cell != null) {
                b.append('!').append(cell);
            }
            if (field != null && cell != null && Character.isDigit(cell.charAt(0))) {
                b.append(" column ").append(field);
            }
        } else if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
            if (field != null && column == 0) {
                b.append(" column ").append(field);
            }
        }
        return b.toString();
    }
}
