package org.plnkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code -o, --output OUT} with {@code -f, --force}: the file a command writes ({@code map}, {@code export},
 * {@code import}, {@code template}), and the rule that goes with it: a file that exists is replaced only with
 * {@code --force}, and without it nothing is written. What OUT is for a command (and its default) is in the
 * command's resource bundle, key {@code output}.
 *
 * <pre>{@code
 * @Mixin OutputOption output;
 * ...
 * Path out = output.orElse(Path.of("cohort-map.png"));
 * output.checkNew(cmd, List.of(out, alt));   // before writing anything
 * output.write(out, o -> ...);
 * }</pre>
 */
public final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "output",
            description = "The file to write.")
    Path path;

    @Mixin
    ForceOption force;

    /** The file given with {@code -o}, or null. */
    Path path() {
        return path;
    }

    /** The file given with {@code -o}, else the command's default. */
    Path orElse(Path fallback) {
        return path != null ? path : fallback;
    }

    /** Whether the output goes to the screen: no {@code -o}, or {@code -o -}. */
    boolean toScreen() {
        return Outputs.toScreen(path);
    }

    /** Whether outputs that exist are replaced. */
    boolean force() {
        return force.force();
    }

    /** Refuses (as a usage error) to replace existing files unless {@code --force}; call it before writing any. */
    void checkNew(CommandLine cmd, List<Path> targets) {
        force.checkNew(cmd, targets);
    }

    /** Writes one of the command's files atomically, replacing it only with {@code --force} ({@link Outputs#write}). */
    void write(Path target, Outputs.Body body) throws IOException {
        Outputs.write(target, force.force(), body);
    }
}
