package org.plnkit.core.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.model.Cohort;

/**
 * Everything {@link CohortReader#readDetailed} found: the result (the cohort and its problems), the format the
 * input was recognised as, and how its rows were accounted for.
 *
 * <pre>{@code
 * CohortReading r = CohortReader.readDetailed(Path.of("cohort.xlsx"), Taxonomy.defaults(), Limits.DEFAULT, false);
 * r.counts().forEach(System.out::println);   // cohort.xlsx Participants: 60 rows read, 60 accepted, 0 rejected, 0 blank
 * }</pre>
 *
 * @param result the cohort, when usable, and every problem found
 * @param format the format of the input; empty when it is none of the three
 * @param counts one entry per table read (Participants, Connections; or the folder of participant files)
 *
 * @since 0.1.0
 */
public record CohortReading(ReadResult<Cohort> result, Optional<CohortFormat> format, List<RowCounts> counts) {
    public CohortReading {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(format, "format");
        counts = List.copyOf(counts);
    }
}
