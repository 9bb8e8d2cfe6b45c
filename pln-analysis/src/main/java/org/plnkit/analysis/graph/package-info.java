/** The adapter from the neutral PLN graph of pln-core to JGraphT graphs. */
package org.plnkit.analysis.graph;
