/**
 * Upkeep: overdue check-ins as of a date, missing last contacts, the organizer tool.
 *
 * <p><strong>Stable API</strong> from 0.1.0: public types here keep their meaning within 0.x minor releases.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.upkeep;
