/**
 * Engagement: the weight of a connection from its value and frequency, and what is under-used.
 *
 * <p><strong>Stable API</strong> from 0.1.0: public types here keep their meaning within 0.x minor releases.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.engagement;
