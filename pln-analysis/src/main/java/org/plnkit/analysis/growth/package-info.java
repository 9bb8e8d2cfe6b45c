/**
 * Growth over a course: two snapshots of one participant's PLN compared ({@link org.plnkit.analysis.growth.GrowthComparer}),
 * and two waves of a cohort compared ({@link org.plnkit.analysis.growth.CohortGrowthAnalyzer}). {@code docs/growth.md}
 * describes every result and the JSON ({@link org.plnkit.analysis.growth.GrowthJson}).
 */
package org.plnkit.analysis.growth;
