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

    /** How many errors the input has (their rows were left out). */
    public long errors() {
        return reading.result().problems().stream().filter(Problem::isError).count();
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
