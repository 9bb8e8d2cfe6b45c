package org.plnkit.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plnkit.report.bundle.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --formats LIST}: which files a participant's report folder gets ({@link ReportFormat}), all by default.
 * The command's resource bundle (key {@code formats}) says when it applies.
 */
public final class ReportFormatsOption {
    @Option(names = "--formats", paramLabel = "LIST", split = ",", converter = Formats.class,
            completionCandidates = Formats.class, descriptionKey = "formats",
            description = "Which files each participant's folder gets, from ${COMPLETION-CANDIDATES} (default: all).")
    List<ReportFormat> formats;

    /** The spellings of {@link ReportFormat#parse}: {@code xlsx}, {@code png}, {@code svg}, {@code md}, {@code json}. */
    static final class Formats extends Choice<ReportFormat> {
        @Override
        public ReportFormat convert(String text) {
            return ReportFormat.parse(text).orElseThrow(() -> unknown(text));
        }
    }

    /**
     * The formats chosen, all when none were; given where they do not apply, a usage error.
     *
     * @param applies   whether the other options make files these formats choose
     * @param otherwise the usage error's message when they do not
     */
    Set<ReportFormat> formats(CommandLine cmd, boolean applies, String otherwise) {
        if (formats == null) {
            return EnumSet.allOf(ReportFormat.class);
        }
        if (!applies) {
            throw new CommandLine.ParameterException(cmd, otherwise);
        }
        if (formats.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "--formats: no format given; choose from "
                    + String.join(", ", new Formats()));
        }
        return EnumSet.copyOf(formats);
    }
}
