/**
 * Plain-words helpers for the texts of the assessment and the reports: counts with the right plural, lists joined
 * with "and", percentages, always in the root locale.
 *
 * <p><strong>Stable API</strong> from 0.1.0 (used by pln-report).
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.words;
