package org.plnkit.cli;

import java.nio.file.Path;
import java.util.Set;
import org.plnkit.report.bundle.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json} for what a report command prints without {@code --out}, with the
 * {@code --formats LIST} of the files it writes with {@code --out DIR} ({@code assess}, {@code compare}): the one
 * place that says the two go with different ways of running.
 *
 * <pre>{@code
 * @Mixin ScreenFormatOption screen;
 * ...
 * boolean json = screen.json(cmd, out);
 * Set<ReportFormat> files = screen.files(cmd, out);
 * }</pre>
 */
public final class ScreenFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", converter = ScreenFormat.class,
            completionCandidates = ScreenFormat.class,
            description = "What to print without --out: ${COMPLETION-CANDIDATES} (default: text).")
    ValidateCommand.Format format;

    @Mixin
    ReportFormatsOption formats;

    /** What the screen gets: {@code text} or {@code json}. */
    static final class ScreenFormat extends Choice<ValidateCommand.Format> {}

    /** Whether the screen gets JSON; {@code --format} with {@code --out} is a usage error. */
    boolean json(CommandLine cmd, Path out) {
        return Outputs.jsonOnScreen(cmd, format, out);
    }

    /** The files written with {@code --out DIR}; {@code --formats} without it is a usage error. */
    Set<ReportFormat> files(CommandLine cmd, Path out) {
        return formats.formats(cmd, out != null, "--formats chooses the files written with --out DIR");
    }
}
