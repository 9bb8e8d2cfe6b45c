/** Gaps and thin categories of the taxonomy, and the coverage score. */
package org.plnkit.analysis.gaps;
