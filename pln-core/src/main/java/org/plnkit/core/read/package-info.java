/**
 * The readers and validators of every input format (participant files, cohorts in a workbook, CSV files or a folder,
 * taxonomies), with their limits: every problem reported at once with its place, never a stack trace.
 *
 * <p><strong>Stable API</strong> from 0.1.0: the readers ({@code ParticipantFileReader}, {@code CohortReader},
 * {@code TaxonomyReader}), {@code ReadResult}, {@code Limits} and {@code Limit} (which limit a problem is about),
 * {@code CohortReading} with its {@code CohortFormat} and {@code RowCounts}. The helpers the readers share with the
 * other modules of the toolkit live in {@code org.plnkit.core.read.internal}, which is not API;
 * {@code BundledTaxonomy} is a service provider, not API.
 *
 * @since 0.1.0
 */
package org.plnkit.core.read;
