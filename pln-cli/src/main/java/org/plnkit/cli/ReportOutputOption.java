package org.plnkit.cli;

import java.nio.file.Path;
import java.util.Set;
import org.plnkit.report.bundle.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a report command's report goes ({@code assess}, {@code compare}): printed, as {@code --format text|json}
 * chooses, or written as files into {@code -o, --out DIR}, as {@code --formats LIST} chooses. The one place that
 * says the two formats options go with different ways of running, checked before the command runs
 * ({@link CheckedOptions}). What DIR gets for a command is in its resource bundle (key {@code out}); {@code --force}
 * stays the command's own, where its help lists it.
 *
 * <pre>{@code
 * @Mixin ReportOutputOption output;
 * ...
 * if (output.folder() == null) { ... print, as JSON when output.json() ... }
 * else { ... write output.files() into output.folder() ... }
 * }</pre>
 */
public final class ReportOutputOption implements CheckedOptions {
    @Option(names = "--format", paramLabel = "FORMAT", converter = ScreenFormat.class,
            completionCandidates = ScreenFormat.class,
            description = "What to print without --out: ${COMPLETION-CANDIDATES} (default: text).")
    ValidateCommand.Format format;

    @Mixin
    ReportFormatsOption formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "out",
            description = "Write the report into DIR instead of printing.")
    Path folder;

    /** What the screen gets: {@code text} or {@code json}. */
    static final class ScreenFormat extends Choice<ValidateCommand.Format> {}

    private boolean json;
    private Set<ReportFormat> files;

    /** {@code --format} with {@code --out}, or {@code --formats} without it, is a usage error. */
    @Override
    public void check(CommandLine cmd) {
        json = Outputs.jsonOnScreen(cmd, format, folder);
        files = formats.formats(cmd, folder != null, "--formats chooses the files written with --out DIR");
    }

    /** The folder given with {@code --out}, or null when the report is printed. */
    Path folder() {
        return folder;
    }

    /** Whether the screen gets JSON. */
    boolean json() {
        return json;
    }

    /** The files written with {@code --out DIR}: all unless {@code --formats} chooses. */
    Set<ReportFormat> files() {
        return files;
    }
}
