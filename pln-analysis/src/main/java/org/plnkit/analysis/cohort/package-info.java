/**
 * Cohort analysis for district staff: {@link org.plnkit.analysis.cohort.CohortAnalyzer} turns a
 * {@link org.plnkit.core.model.Cohort} into an immutable {@link org.plnkit.analysis.cohort.CohortAnalysis} — the
 * cohort graph and its participant projection (JGraphT), coverage per category, school and role, the health
 * distribution, the shared nodes that matter and keystones, communities, bridges, isolated participants, and
 * peer recommendations ({@link org.plnkit.analysis.cohort.PeerSuggestions}, a
 * {@link org.plnkit.analysis.plan.SuggestionSource}). {@link org.plnkit.analysis.cohort.CohortJson} writes it as
 * JSON. Every measure is defined in docs/measures.md, "Cohort measures".
 *
 * <p><strong>Stable API</strong> from 0.1.0: public types here keep their meaning within 0.x minor releases.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.cohort;
