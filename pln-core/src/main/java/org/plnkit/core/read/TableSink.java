package org.plnkit.core.read;

import org.plnkit.core.problem.Place;

/**
 * Where a table source (a workbook sheet, a CSV file) delivers its rows, one at a time, so that no source keeps
 * a whole table in memory. Row numbers are what the user sees: the sheet's row number, or the CSV line on which
 * the record starts.
 */
interface TableSink {
    /**
     * The header row. {@code cells[0..width)} hold the column names (null or blank for none).
     *
     * @return false when the table cannot be read (a required column is missing): the source stops
     */
    boolean header(int row, String[] cells, int width);

    /**
     * A row below the header; {@code cells[0..width)} hold its values (null for empty cells). The array is reused
     * by the source after the call returns.
     *
     * @return false when reading must stop (too many rows)
     */
    boolean row(int row, String[] cells, int width);

    /**
     * A cell of the coming row (or of the header row) that the source could not read, such as a formula without
     * a saved result; its value is given as empty. Called before {@link #row} or {@link #header} for that row,
     * which then reports it and, for a row below the header, leaves the row out.
     */
    default void cellProblem(int row, int column, String message) {
    }

    /** The source has read the table to its end (not called when the sink or the source stopped early). */
    default void end() {
    }

    /** How a source names the places of its cells. */
    interface Places {
        /** A cell: {@code column} is 0-based; {@code field} is the column's name as written in the header. */
        Place cell(int row, int column, String field);

        /** A whole row, about a field (e.g. a missing column in the header row). */
        Place row(int row, String field);
    }
}
