package org.plnkit.analysis.cohort;

import java.util.Objects;

/**
 * How many participants have a category, have it thin, or lack it. The three add up to the participants counted
 * (those who could be assessed).
 *
 * <pre>{@code
 * CategoryCoverage c = analysis.coverage().byCategory().get(0);
 * c.label() + ": " + c.have() + " have, " + c.thin() + " thin, " + c.lack() + " lack";
 * }</pre>
 *
 * @param category the category id
 * @param label    its label
 * @param have     participants with connections in it, not thin
 * @param thin     participants for whom it is thin
 * @param lack     participants without a connection in it
 *
 * @since 0.1.0
 */
public record CategoryCoverage(String category, String label, int have, int thin, int lack) {
    public CategoryCoverage {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
    }

    /** have + thin + lack. */
    public int participants() {
        return have + thin + lack;
    }

    /** The share of participants who have it (thin or not); 0 when there is no one. */
    public double adoption() {
        int n = participants();
        return n == 0 ? 0 : (double) (have + thin) / n;
    }
}
