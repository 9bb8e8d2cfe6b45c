/**
 * The participant's PLN map: a picture of the network to publish in a reflection blog post, as PNG or SVG, with
 * generated alt text. Entry points: {@link org.plnkit.report.map.PlnMap} and
 * {@link org.plnkit.report.map.PlnMapRenderer}; options in {@link org.plnkit.report.map.MapOptions}.
 *
 * <p>The cohort map ({@link org.plnkit.report.map.CohortMap}, options in
 * {@link org.plnkit.report.map.CohortMapOptions}) draws a whole cohort: participants as dots in discs per school
 * or community, the most shared organizations and resources in the middle, from an
 * {@link org.plnkit.analysis.cohort.CohortAnalysis}.
 */
package org.plnkit.report.map;
