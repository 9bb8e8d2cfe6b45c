package org.plnkit.report.template;

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
 *
 * @since 0.1.0
 */
public record TemplateOptions(Taxonomy taxonomy, boolean example, int rows) {
    public TemplateOptions {
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("rows must be between 1 and 100,000, not " + rows);
        }
    }

    /** The default taxonomy, with the example rows, 1,000 rows ready to fill. */
    public static TemplateOptions defaults() {
        return new TemplateOptions(Taxonomy.defaults(), true, 1000);
    }

    public TemplateOptions withTaxonomy(Taxonomy t) {
        return new TemplateOptions(t, example, rows);
    }

    public TemplateOptions withExample(boolean e) {
        return new TemplateOptions(taxonomy, e, rows);
    }

    public TemplateOptions withRows(int r) {
        return new TemplateOptions(taxonomy, example, r);
    }
}
