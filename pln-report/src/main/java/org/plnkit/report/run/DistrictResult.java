package org.plnkit.report.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReading;
import org.plnkit.report.bundle.BulkReports;

/**
 * What a {@link DistrictRun#run} did.
 *
 * @param reading      the reading, with every problem of the input
 * @param district     the analysed cohort; empty when nothing could be read (or, with {@code strict}, the input
 *                     had errors), and then nothing was written
 * @param written      the district files written, in {@link DistrictRun#FILES} order
 * @param participants what happened to each participant's report, when they were asked for
 *
 * @since 0.1.0
 */
public record DistrictResult(CohortReading reading, Optional<District> district, List<Path> written,
                             Optional<BulkReports.Summary> participants) {
    public DistrictResult {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(district, "district");
        written = List.copyOf(written);
        Objects.requireNonNull(participants, "participants");
    }

    /**
     * How many errors the input has. Most leave their row out; a few are on a row that is kept (an unknown name in
     * {@code linked_to} leaves out only that link): {@link #rowsLeftOut()} counts the rows.
     */
    public long errors() {
        return reading.result().problems().stream().filter(Problem::isError).count();
    }

    /**
     * How many input rows were left out: rows with an error that stops them, and the organizer template's example
     * rows (the sum of {@link org.plnkit.core.read.RowCounts#rejected()}), as the workbook's Overview counts them.
     *
     * @since 0.2.0
     */
    public long rowsLeftOut() {
        return reading.counts().stream().mapToLong(org.plnkit.core.read.RowCounts::rejected).sum();
    }

    /** How many participants' reports failed. */
    public int failedReports() {
        return participants.map(s -> s.failed().size()).orElse(0);
    }

    /** Whether everything was written from an input without errors. */
    public boolean complete() {
        return district.isPresent() && errors() == 0 && failedReports() == 0;
    }
}
