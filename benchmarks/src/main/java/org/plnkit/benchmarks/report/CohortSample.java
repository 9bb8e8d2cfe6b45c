package org.plnkit.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.Limits;

/**
 * What the per-participant report benchmarks run on: a cohort's analysis and its first participants, read from
 * their arguments {@code COHORT [participants]}. The analysis is as of 2026-11-01, the date the generated cohorts
 * are written for, so that every run assesses the same check-ins as overdue.
 *
 * @param analysis the cohort's analysis, which gives each participant's options (peer recommendations)
 * @param plns     the cohort's first participants
 */
record CohortSample(CohortAnalysis analysis, List<Pln> plns) {
    static CohortSample read(String[] args, int defaultParticipants) throws IOException {
        Cohort c = CohortReader.read(Path.of(args[0]), Taxonomy.defaults(), Limits.DEFAULT, false).value()
                .orElseThrow();
        int n = Math.min(c.plns().size(), args.length > 1 ? Integer.parseInt(args[1]) : defaultParticipants);
        CohortAnalysis a = new CohortAnalyzer(CohortOptions.defaults().withAssessment(AssessmentOptions.defaults()
                .withAsOf(LocalDate.of(2026, 11, 1)))).analyze(c);
        return new CohortSample(a, c.plns().subList(0, n));
    }
}
