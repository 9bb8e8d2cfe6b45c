package org.plnkit.report.template;

import java.time.LocalDate;
import java.util.Objects;
import org.plnkit.core.model.Taxonomy;

/**
 * What goes into a PLN organizer template.
 *
 * <pre>{@code
 * TemplateOptions o = TemplateOptions.defaults().withTaxonomy(districtTaxonomy).withExample(false);
 * }</pre>
 *
 * @param taxonomy the categories offered in the category drop-down and explained on the Instructions sheet
 * @param example  whether to include the worked example rows (grey, in italics)
 * @param rows     how many rows of the Connections sheet get drop-downs and date checks (1 to 100,000)
 * @param asOf     the date the starter is filled in: its {@code as_of}, and the example's last contacts 12 and 47
 *                 days before it (today unless a date is given, so that a starter is never dated in the past)
 *
 * @since 0.1.0
 */
public record TemplateOptions(Taxonomy taxonomy, boolean example, int rows, LocalDate asOf) {
    public TemplateOptions {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(asOf, "asOf");
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("rows must be between 1 and 100,000, not " + rows);
        }
    }

    /** These options, dated today. */
    public TemplateOptions(Taxonomy taxonomy, boolean example, int rows) {
        this(taxonomy, example, rows, LocalDate.now());
    }

    /** The default taxonomy, with the example rows, 1,000 rows ready to fill, dated today. */
    public static TemplateOptions defaults() {
        return new TemplateOptions(Taxonomy.defaults(), true, 1000);
    }

    public TemplateOptions withTaxonomy(Taxonomy t) {
        return new TemplateOptions(t, example, rows, asOf);
    }

    public TemplateOptions withExample(boolean e) {
        return new TemplateOptions(taxonomy, e, rows, asOf);
    }

    public TemplateOptions withRows(int r) {
        return new TemplateOptions(taxonomy, example, r, asOf);
    }

    public TemplateOptions withAsOf(LocalDate d) {
        return new TemplateOptions(taxonomy, example, rows, d);
    }

    /** The example's last contact {@code daysBefore} days before {@link #asOf}. */
    LocalDate exampleContact(int daysBefore) {
        return asOf.minusDays(daysBefore);
    }
}
