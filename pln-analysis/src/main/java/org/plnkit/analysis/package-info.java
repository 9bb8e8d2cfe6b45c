/**
 * The participant assessment: {@link org.plnkit.analysis.Assessor} runs every measure of a PLN into an immutable
 * {@link org.plnkit.analysis.Assessment}, written as JSON by {@link org.plnkit.analysis.AssessmentJson} and as
 * text by {@link org.plnkit.analysis.AssessmentText}. Measures are defined in docs/measures.md; nothing is null,
 * undefined values are empty Optionals.
 *
 * <p><strong>Stable API</strong> from 0.1.0: public types here keep their meaning within 0.x minor releases.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis;
