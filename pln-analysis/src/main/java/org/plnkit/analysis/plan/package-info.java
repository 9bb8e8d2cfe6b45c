/**
 * The action plan: ranked recommendations with reasons and suggestions, and where suggestions come from.
 *
 * <p><strong>Stable API</strong> from 0.1.0: public types here keep their meaning within 0.x minor releases.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.plan;
