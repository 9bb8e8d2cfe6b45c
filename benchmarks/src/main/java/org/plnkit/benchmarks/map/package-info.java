/** Benchmarks of the PLN map renderer, and a same-run comparison with Graphviz. */
package org.plnkit.benchmarks.map;
