/** The health score, 0 to 100, and its explained sub-scores. */
package org.plnkit.analysis.health;
