package org.plnkit.report.template;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;

/**
 * What goes into a PLN organizer template.
 *
 * <pre>{@code
 * TemplateOptions o = TemplateOptions.defaults().withTaxonomy(districtTaxonomy).withExample(false);
 * TemplateOptions science = TemplateOptions.defaults().withRole("8th grade science teacher");
 * }</pre>
 *
 * @param taxonomy the categories offered in the category drop-down and explained on the Instructions sheet
 * @param example  whether to include the worked example rows (grey, in italics)
 * @param rows     how many rows of the Connections sheet get drop-downs and date checks (1 to 100,000)
 * @param asOf     the date the starter is filled in: its {@code as_of}, and the example's last contacts 12 and 47
 *                 days before it (today unless a date is given, so that a starter is never dated in the past)
 * @param role     what the teacher teaches, in their words ("8th grade science teacher"): the YAML starter's role,
 *                 and its example connections and topics chosen for it from the starter resource directory (a
 *                 neutral teacher's example when nothing there fits the role); empty for the long-standing school
 *                 librarian's example. Kept on one line, without control characters, at most {@value #MAX_ROLE_CHARS}
 *                 characters
 *
 * @since 0.1.0
 */
public record TemplateOptions(Taxonomy taxonomy, boolean example, int rows, LocalDate asOf, Optional<String> role) {
    /** The longest role accepted: a role is a few words, and it is repeated in the starter's first lines. */
    public static final int MAX_ROLE_CHARS = 200;

    public TemplateOptions {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(role, "role");
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("rows must be between 1 and 100,000, not " + rows);
        }
        role = role.map(TemplateOptions::oneLine).filter(r -> !r.isEmpty());
        if (role.isPresent() && role.get().length() > MAX_ROLE_CHARS) {
            throw new IllegalArgumentException("the role is " + role.get().length() + " characters long; say what you"
                    + " teach in at most " + MAX_ROLE_CHARS);
        }
    }

    /** These options for no particular role (the school librarian's example). */
    public TemplateOptions(Taxonomy taxonomy, boolean example, int rows, LocalDate asOf) {
        this(taxonomy, example, rows, asOf, Optional.empty());
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
        return new TemplateOptions(t, example, rows, asOf, role);
    }

    public TemplateOptions withExample(boolean e) {
        return new TemplateOptions(taxonomy, e, rows, asOf, role);
    }

    public TemplateOptions withRows(int r) {
        return new TemplateOptions(taxonomy, example, r, asOf, role);
    }

    public TemplateOptions withAsOf(LocalDate d) {
        return new TemplateOptions(taxonomy, example, rows, d, role);
    }

    /**
     * These options for a teacher of this role, e.g. {@code withRole("PE teacher")}; null or blank for no particular
     * role.
     *
     * @throws IllegalArgumentException when the role is longer than {@value #MAX_ROLE_CHARS} characters
     * @since 0.2.0
     */
    public TemplateOptions withRole(String r) {
        return new TemplateOptions(taxonomy, example, rows, asOf, Optional.ofNullable(r));
    }

    /** A role as one line: a pasted line break or tab is a space, and a control character is nothing a file can show. */
    private static String oneLine(String s) {
        return Text.withoutControls(s).replaceAll("(?U)\\s+", " ").strip();
    }

    /** The example's last contact {@code daysBefore} days before {@link #asOf}. */
    LocalDate exampleContact(int daysBefore) {
        return asOf.minusDays(daysBefore);
    }
}
