package org.plnkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plnkit.report.io.AtomicOutput;
import picocli.CommandLine;

/**
 * Writes output files safely: never over an existing file unless {@code --force}, and atomically (a temporary
 * file in the same folder, then one rename), so that a reader never sees half a file and a failed run leaves the
 * old file as it was.
 */
final class Outputs {
    /** Writes the content of an output file. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Outputs() {
    }

    /** Whether the output goes to the screen: no {@code -o}, or {@code -o -}. */
    static boolean toScreen(Path output) {
        return output == null || output.toString().equals("-");
    }

    /** Reports a file that could not be written and gives the exit code for it. */
    static int cannotWrite(CommandLine cmd, Path target, IOException e) {
        cmd.getErr().println("pln: cannot write " + target + ": " + e.getMessage());
        cmd.getErr().flush();
        return PlnCommand.FAILURE;
    }

    /** Refuses (as a usage error) to replace existing files without {@code --force}. */
    static void checkNew(CommandLine cmd, List<Path> targets, boolean force) {
        if (force) {
            return;
        }
        for (Path t : targets) {
            if (Files.exists(t)) {
                throw new CommandLine.ParameterException(cmd, t + " already exists; add --force to replace it");
            }
        }
    }

    /** Writes the file atomically (see {@link AtomicOutput}); {@link #checkNew} has already guarded against overwriting. */
    static void write(Path target, Body body) throws IOException {
        AtomicOutput.write(target, true, body::write);
    }
}
