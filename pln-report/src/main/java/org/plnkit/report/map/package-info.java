/**
 * The participant's PLN map: a picture of the network to publish in a reflection blog post, as PNG or SVG, with
 * generated alt text. Entry points: {@link org.plnkit.report.map.PlnMap} and
 * {@link org.plnkit.report.map.PlnMapRenderer}; options in {@link org.plnkit.report.map.MapOptions}.
 *
 * <p>A cohort-scale map (participants coloured by school, shared organizations sized by reliance) is not here
 * yet: it needs the cohort identity resolution of pln-core.
 */
package org.plnkit.report.map;
