package org.plnkit.report.workbook.kit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fixed document properties for every PLN Toolkit workbook: the creator and application "PLN Toolkit", and the
 * created and modified dates fixed at 2026-01-01, so that the same input gives the same bytes on any day.
 *
 * <pre>{@code
 * DocumentProperties.set(workbook, "PLN organizer", "A blank Personal Learning Network organizer.");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocumentProperties {
    /** The fixed created and modified date. */
    public static final Date FIXED_DATE = Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC)
            .toInstant());

    private DocumentProperties() {
    }

    /** Sets the title (cleaned and cut like any cell text), description, creator, application and fixed dates. */
    public static void set(XSSFWorkbook wb, String title, String description) {
        set(wb, title, description, FIXED_DATE);
    }

    /** As {@link #set(XSSFWorkbook, String, String)}, dated by the data (e.g. an assessment's as-of date). */
    public static void set(XSSFWorkbook wb, String title, String description, LocalDate date) {
        set(wb, title, description, Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static void set(XSSFWorkbook wb, String title, String description, Date date) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator("PLN Toolkit");
        String t = CellText.clean(title);
        core.setTitle(t.length() > 255 ? t.substring(0, 254) + "…" : t);
        core.setDescription(description);
        core.setLastModifiedByUser("PLN Toolkit");
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("PLN Toolkit");
    }
}
