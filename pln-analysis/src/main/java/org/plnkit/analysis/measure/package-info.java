/**
 * What every measure shares: {@link org.plnkit.analysis.measure.PlnMeasure} (one measure of a PLN),
 * {@link org.plnkit.analysis.measure.ConnectionRef} (a connection as results name it) and
 * {@link org.plnkit.analysis.measure.Thresholds} (the documented limits). The measure packages depend on this one,
 * never on the assessment above them.
 *
 * <p><strong>Stable API</strong> from 0.1.0.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.measure;
