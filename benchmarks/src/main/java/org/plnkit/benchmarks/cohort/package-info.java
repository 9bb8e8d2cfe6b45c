/**
 * Measurements of {@code pln cohort}: phases in one JVM ({@link org.plnkit.benchmarks.cohort.CohortPhases}); the
 * end-to-end script and the Python reference pipeline are in {@code benchmarks/cohort/}.
 */
package org.plnkit.benchmarks.cohort;
