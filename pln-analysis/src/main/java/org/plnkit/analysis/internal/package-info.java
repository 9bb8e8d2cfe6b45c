/**
 * Internal helpers of pln-analysis (the JSON layout shared by the assessment and the cohort documents).
 * <strong>Not API</strong>: not exported from the module, may change in any release.
 *
 * @since 0.1.0
 */
package org.plnkit.analysis.internal;
