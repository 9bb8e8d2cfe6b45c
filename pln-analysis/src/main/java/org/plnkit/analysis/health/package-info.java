/**
 * The health score, 0 to 100, and its explained sub-scores.
 *
 * <p><strong>Stable API</strong> from 0.1.0: public types here keep their meaning within 0.x minor releases.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.health;
