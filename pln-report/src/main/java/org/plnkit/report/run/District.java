package org.plnkit.report.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReading;
import org.plnkit.report.district.FileLabels;

/**
 * A cohort read and analysed by {@link DistrictRun#analyse}, ready to be written: the reading (with every
 * problem), the analysis, and how people are labelled in the district outputs.
 *
 * @param input    the input as given
 * @param reading  the reading, whose cohort is present
 * @param analysis the cohort analysis
 * @param labels   the labels of participants and shared people in the district outputs
 * @param redact   removes people's names from problem messages as the labels hide them
 *                 ({@link org.plnkit.report.district.ProblemRedactor})
 * @param asOf     the date the outputs say they are as of, for people: the {@code asOf} option, else "each
 *                 participant's as_of (… where none was given)"
 * @param options  the options it was made with
 *
 * @since 0.1.0
 */
public record District(Path input, CohortReading reading, CohortAnalysis analysis, CohortLabels labels,
                       UnaryOperator<String> redact, String asOf, DistrictOptions options) {
    public District {
        Components.requireNonNull(District.class, input, reading, analysis, labels, redact, asOf, options);
        if (reading.result().value().isEmpty()) {
            throw new IllegalArgumentException("the reading has no cohort");
        }
    }

    /** The cohort as read: the rows with errors left out. */
    public Cohort cohort() {
        return reading.result().value().orElseThrow();
    }

    /** Every problem of the input, in the reader's order. */
    public List<Problem> problems() {
        return reading.result().problems();
    }

    /** How many errors the input has (most leave their row out; see {@link #rowsLeftOut()}). */
    public long errors() {
        return problems().stream().filter(Problem::isError).count();
    }

    /**
     * How many input rows were left out (because of an error on them, or as the organizer template's example rows),
     * as the workbook's Overview counts them; an error such as an unknown {@code linked_to} name keeps its row.
     *
     * @since 0.2.0
     */
    public long rowsLeftOut() {
        return reading.counts().stream().mapToLong(org.plnkit.core.read.RowCounts::rejected).sum();
    }

    public long warnings() {
        return problems().size() - errors();
    }

    /**
     * Problems as lines of text to show beside the outputs: as written (to be fixed) unless the options anonymize
     * everywhere; then with people and participants' files anonymized as the Input problems sheet shows them
     * (files numbered in order of first mention among these problems).
     */
    public List<String> problemLines(List<Problem> list) {
        if (!options.anonymize()) {
            return list.stream().map(Problem::toString).toList();
        }
        FileLabels files = fileLabels(true);
        return list.stream().map(p -> files.text(Redaction.place(redact, p.place()) + ": " + p.severity().id()
                + ": " + Redaction.message(redact, p))).toList();
    }

    /** Participant files numbered as the Input problems sheet numbers them (its table of counts comes first). */
    FileLabels fileLabels(boolean hide) {
        FileLabels f = new FileLabels(hide);
        reading.counts().forEach(c -> f.file(c.file()));
        return f;
    }
}
