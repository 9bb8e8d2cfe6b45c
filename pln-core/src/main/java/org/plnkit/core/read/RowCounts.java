package org.plnkit.core.read;

import java.util.Objects;
import java.util.Optional;

/**
 * How the rows of one table of a cohort were accounted for, so that a check can prove nothing was lost:
 * every non-blank row is either accepted (it became data) or rejected (an error names it), so
 * {@code read == accepted + rejected}. Blank rows are counted apart. For a folder of participant files each
 * file counts as a row.
 *
 * <pre>{@code
 * RowCounts c = reading.counts().get(1);   // cohort.xlsx Connections: read 2363, accepted 2361, rejected 2, blank 4
 * assert c.read() == c.accepted() + c.rejected();
 * }</pre>
 *
 * @param file     the file as the user gave it (for a folder of participant files, the folder)
 * @param sheet    the sheet of a workbook; empty for CSV files and folders
 * @param read     non-blank rows below the header (files, for a folder)
 * @param accepted rows that became part of the cohort
 * @param rejected rows left out because of a problem on them: an error, or the organizer template's example rows,
 *                 which one warning names
 * @param blank    blank rows skipped
 *
 * @since 0.1.0
 */
public record RowCounts(String file, Optional<String> sheet, int read, int accepted, int rejected, int blank) {
    public RowCounts {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        if (read != accepted + rejected) {
            throw new IllegalArgumentException(read + " rows read but " + accepted + " accepted and " + rejected
                    + " rejected");
        }
    }

    /** {@code cohort.xlsx Connections: 2363 rows read, 2361 accepted, 2 rejected, 4 blank}. */
    @Override
    public String toString() {
        return file + sheet.map(s -> " " + s).orElse("") + ": " + read + " rows read, " + accepted + " accepted, "
                + rejected + " rejected, " + blank + " blank";
    }
}
