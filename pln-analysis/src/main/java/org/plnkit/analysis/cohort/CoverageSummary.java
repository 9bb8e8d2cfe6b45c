package org.plnkit.analysis.cohort;

import java.util.List;

/**
 * Coverage across the cohort: per category, and per school and per role.
 *
 * <pre>{@code
 * analysis.coverage().byCategory();   // one row per taxonomy category
 * analysis.coverage().bySchool();     // schools by size (largest first), then name
 * }</pre>
 *
 * @param byCategory one per taxonomy category, in taxonomy order
 * @param bySchool   one per school, largest first, then by name; participants without a school last
 * @param byRole     one per role, largest first, then by name; participants without a role last
 *
 * @since 0.1.0
 */
public record CoverageSummary(List<CategoryCoverage> byCategory, List<GroupSummary> bySchool,
                              List<GroupSummary> byRole) {
    public CoverageSummary {
        byCategory = List.copyOf(byCategory);
        bySchool = List.copyOf(bySchool);
        byRole = List.copyOf(byRole);
    }
}
