/**
 * The adapter from the neutral PLN graph of pln-core to JGraphT graphs.
 *
 * <p><strong>Internal</strong>: not exported from the org.plnkit.analysis module; may change in any release.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.graph;
