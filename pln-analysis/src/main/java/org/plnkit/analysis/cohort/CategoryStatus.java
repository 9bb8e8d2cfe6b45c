package org.plnkit.analysis.cohort;

/**
 * How a participant's PLN covers one category of the taxonomy, as the participant assessment sees it.
 *
 * <pre>{@code
 * analysis.participants().get(0).scores().orElseThrow().categories().get(0);   // HAVE
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CategoryStatus {
    /** Connections in it, not thin. */
    HAVE,
    /** At most {@code thinMaxConnections} connections, or only yearly or rarely checked ones. */
    THIN,
    /** No connection: a gap. */
    LACK
}
