package org.plnkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.io.AtomicOutput;
import org.plnkit.report.io.WriteFailure;
import picocli.CommandLine;

/**
 * Writes output files safely: never over an existing file unless {@code --force}, and atomically (a temporary
 * file in the same folder, then one rename), so that a reader never sees half a file and a failed run leaves the
 * old file as it was.
 */
final class Outputs {
    /** Whether the screen gets JSON; {@code --format} only makes sense without {@code --out}. */
    static boolean jsonOnScreen(CommandLine cmd, ValidateCommand.Format format, Path out) {
        if (format == null) {
            return false;
        }
        if (out != null) {
            throw new CommandLine.ParameterException(cmd, "--format chooses what to print; with --out, choose the"
                    + " files with --formats (e.g. --formats xlsx,json)");
        }
        return format == ValidateCommand.Format.json;
    }

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
        cmd.getErr().println("pln: " + (e instanceof java.nio.file.FileAlreadyExistsException
                ? target + " already exists; add --force to replace it" : WriteFailure.of(target, e).getMessage()));
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
                throw new FileUsageError(cmd, t + " already exists; add --force to replace it");
            }
        }
    }

    /**
     * Writes the file atomically (see {@link AtomicOutput}): the bytes are checked on the disk before the move, and
     * without {@code --force} the file is created new at the moment of the move ({@link #checkNew} only says so
     * early), so two overlapping runs cannot both write it.
     */
    static void write(Path target, boolean force, Body body) throws IOException {
        AtomicOutput.write(target, force, body::write);
    }

    /** As {@link #write}, for a file inside an output folder: never through a link planted in that folder. */
    static void writeInside(Path folder, Path target, boolean force, Body body) throws IOException {
        AtomicOutput.writeInside(folder, target, force, body::write);
    }

    /**
     * Writes a report's files into {@code dir}, the output folder {@code out} or a folder inside it: first the
     * refusal to replace any that exist without {@code --force} (nothing is written then), then each file as
     * {@link #writeInside}. Gives 0, or the exit code of the first file that could not be written.
     */
    static int writeReport(CommandLine cmd, Path out, Path dir, List<ReportBundle.ReportFile> files, boolean force) {
        List<Path> targets = files.stream().map(f -> dir.resolve(f.name())).toList();
        checkNew(cmd, targets, force);
        for (int i = 0; i < files.size(); i++) {
            byte[] bytes = files.get(i).bytes();
            try {
                writeInside(out, targets.get(i), force, s -> s.write(bytes));
            } catch (IOException e) {
                return cannotWrite(cmd, targets.get(i), e);
            }
        }
        return 0;
    }
}
