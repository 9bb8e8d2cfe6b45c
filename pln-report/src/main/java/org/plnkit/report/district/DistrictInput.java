package org.plnkit.report.district;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.RowCounts;

/**
 * What the district workbook says about the input: where it came from, the date the participants were assessed
 * at, every problem the reader found, and how the rows were accounted for.
 *
 * <pre>{@code
 * CohortReading r = CohortReader.readDetailed(path, taxonomy, Limits.DEFAULT, false);
 * DistrictInput in = new DistrictInput("cohort.xlsx", "each participant's as_of; 2026-11-28 where none",
 *         r.result().problems(), r.counts(), ProblemRedactor.of(cohort, labels));
 * }</pre>
 *
 * @param source   the input as the user named it
 * @param asOf     the as-of date in words, e.g. "2026-11-01" or "each participant's as_of; 2026-11-28 where none"
 * @param problems every problem found while reading, in order of place
 * @param counts   the rows of each table read, accepted, rejected and blank
 * @param redact   applied to every problem message (people's names out when anonymized; identity otherwise)
 * @param directory the district's resource directory ({@code --resources}), when one was given: how many entries it
 *                  has and those no participant names yet (see
 *                  {@link org.plnkit.analysis.cohort.Promotions#unusedDirectoryEntries})
 * @param hints    a front end's own words for what the workbook tells its reader to ask for (its options);
 *                 {@link DistrictHints#NONE} for the toolkit's own terms
 *
 * @since 0.1.0
 */
public record DistrictInput(String source, String asOf, List<Problem> problems, List<RowCounts> counts,
                            UnaryOperator<String> redact, Optional<Directory> directory, DistrictHints hints) {
    public DistrictInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        Objects.requireNonNull(redact, "redact");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(hints, "hints");
    }

    /** An input without a resource directory. */
    public DistrictInput(String source, String asOf, List<Problem> problems, List<RowCounts> counts,
                         UnaryOperator<String> redact) {
        this(source, asOf, problems, counts, redact, Optional.empty(), DistrictHints.NONE);
    }

    /** The same input with the district's resource directory. */
    public DistrictInput withDirectory(Directory d) {
        return new DistrictInput(source, asOf, problems, counts, redact, Optional.of(d), hints);
    }

    /** The same input with a front end's own words for what the workbook tells its reader to ask for. */
    public DistrictInput withHints(DistrictHints h) {
        return new DistrictInput(source, asOf, problems, counts, redact, directory, h);
    }

    /**
     * How the cohort uses the district's resource directory.
     *
     * @param file    the directory file as the user named it
     * @param entries how many entries it has
     * @param unused  the entries no participant names yet, in the file's order
     */
    public record Directory(String file, int entries, List<Suggestion> unused) {
        public Directory {
            Objects.requireNonNull(file, "file");
            unused = List.copyOf(unused);
        }
    }

    /** An input without problems or counts, for analyses made in code. */
    public static DistrictInput of(String source, String asOf) {
        return new DistrictInput(source, asOf, List.of(), List.of(), UnaryOperator.identity());
    }
}
