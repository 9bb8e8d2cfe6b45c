package org.plnkit.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code -f, --force}: replace outputs that exist. Without it an existing output is a usage error and nothing is
 * written.
 *
 * <pre>{@code
 * @Mixin ForceOption force;
 * ...
 * force.checkNew(cmd, List.of(out, alt));   // before writing anything
 * }</pre>
 */
public final class ForceOption {
    @Option(names = {"-f", "--force"}, descriptionKey = "force",
            description = "Replace output files that exist (without it, nothing is replaced).")
    boolean force;

    /** Whether outputs that exist are replaced. */
    boolean force() {
        return force;
    }

    /** Refuses (as a usage error) to replace existing files unless {@code --force}. */
    void checkNew(CommandLine cmd, List<Path> targets) {
        Outputs.checkNew(cmd, targets, force);
    }
}
