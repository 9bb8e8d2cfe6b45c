/** Over-reliance: engagement shares, Herfindahl concentration, key people, articulation points, flags. */
package org.plnkit.analysis.reliance;
