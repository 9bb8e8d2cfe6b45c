package org.plnkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limit;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --max-file-mb}, {@code --max-rows}, {@code --max-connections}, {@code --max-problems}: the input limits of
 * every command that reads PLNs, {@link Limits#DEFAULT} unless raised or lowered. A value that is not a whole
 * number in range is a usage error. When an input reaches a limit, the reader's message ("…; the limit is 2,000
 * connections per participant") gets the option that raises it: {@code (raise it with --max-connections)}.
 *
 * <pre>{@code
 * @Mixin LimitsOption limits;
 * ...
 * Inputs.read(path, taxonomy, limits.limits(), false);   // messages already name the options
 * }</pre>
 */
public final class LimitsOption {
    /** The most {@code --max-file-mb} accepts: 4 GB. A workbook's sheets may unpack to 16 times as much. */
    static final int MAX_FILE_MB = 4096;
    /** The most {@code --max-rows} accepts: a hundred million (about 14 GB of model). */
    static final int MAX_ROWS = 100_000_000;
    /** The most {@code --max-connections} accepts. */
    static final int MAX_CONNECTIONS = 1_000_000;
    /** The most {@code --max-problems} accepts (about 4 GB of messages at worst). */
    static final int MAX_PROBLEMS = 10_000_000;

    private static final long PARTICIPANT_FILE_CAP = Limits.DEFAULT.maxParticipantFileBytes();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    // each option has a default, so that its setter runs on every parse and a reused command starts afresh
    private Limits limits = Limits.DEFAULT;

    @Option(names = "--max-file-mb", paramLabel = "N", order = 901, defaultValue = "64",
            description = "The largest cohort file (CSV, XLSX) or file to import, in MB (default: 64)."
                    + " Participant files stay at 8 MB at most.")
    void setMaxFileMb(String value) {
        long mb = number("--max-file-mb", value, MAX_FILE_MB);
        limits = limits.withMaxFileBytes(mb << 20);
    }

    @Option(names = "--max-rows", paramLabel = "N", order = 902, defaultValue = "1048576",
            description = "The most rows of a sheet or CSV file, and participant files in a folder (default: 1,048,576,"
                    + " Excel's own limit).")
    void setMaxRows(String value) {
        limits = limits.withMaxRows((int) number("--max-rows", value, MAX_ROWS));
    }

    @Option(names = "--max-connections", paramLabel = "N", order = 903, defaultValue = "2000",
            description = "The most connections of one participant (default: 2,000).")
    void setMaxConnections(String value) {
        limits = limits.withMaxConnectionsPerParticipant((int) number("--max-connections", value, MAX_CONNECTIONS));
    }

    @Option(names = "--max-problems", paramLabel = "N", order = 904, defaultValue = "100000",
            description = "The most problems listed for one input; reading stops there (default: 100,000).")
    void setMaxProblems(String value) {
        limits = limits.withMaxProblems((int) number("--max-problems", value, MAX_PROBLEMS));
    }

    /** The limits in use: {@link Limits#DEFAULT} with the options given. */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads a cohort (workbook, CSV folder or folder of participant files) within these limits; the messages of
     * limits reached name the option that raises them.
     */
    CohortReading readCohort(Path input, Taxonomy taxonomy, boolean strict) {
        CohortReading r = CohortReader.readDetailed(input, taxonomy, limits, strict);
        ReadResult<Cohort> result = new ReadResult<>(r.result().value(), explain(r.result().problems(), limits));
        return new CohortReading(result, r.format(), r.counts());
    }

    /**
     * The problems, each message about a limit followed by the option that raises it, and each other remedy by the
     * option that carries it out ({@link OptionHints}).
     */
    static List<Problem> explain(List<Problem> problems, Limits limits) {
        if (problems.stream().noneMatch(p -> Limit.of(p).isPresent())) {
            return OptionHints.add(problems);
        }
        return OptionHints.add(problems.stream().map(p -> explain(p, limits)).toList());
    }

    /** The problem, its message followed by the option that raises its limit when it is about one. */
    static Problem explain(Problem p, Limits limits) {
        return Limit.of(p).flatMap(l -> option(l, limits))
                .map(o -> p.withNote(" (raise it with " + o + ")"))
                .orElse(p);
    }

    /** The option that raises a limit; none for the participant-file cap of 8 MB, which no option raises. */
    static Optional<String> option(Limit limit, Limits limits) {
        return switch (limit) {
            case FILE_SIZE, UNPACKED_SIZE -> Optional.of("--max-file-mb");
            case PARTICIPANT_FILE_SIZE -> limits.maxParticipantFileBytes() < PARTICIPANT_FILE_CAP
                    ? Optional.of("--max-file-mb") : Optional.empty();
            case ROWS, FOLDER_FILES -> Optional.of("--max-rows");
            case CONNECTIONS -> Optional.of("--max-connections");
            case PROBLEMS -> Optional.of("--max-problems");
        };
    }

    private long number(String option, String value, long max) {
        long n;
        try {
            n = Long.parseLong(value.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw usage(option + " takes a whole number, not " + quote(value));
        }
        if (n < 1 || n > max) {
            throw usage(String.format(Locale.ROOT, "%s must be between 1 and %,d, not %s", option, max, value.strip()));
        }
        return n;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }

    private static String quote(String value) {
        String v = value.length() > 30 ? value.substring(0, 30) + "…" : value;
        return "\"" + v + "\"";
    }
}
