package org.plnkit.cli;

import picocli.CommandLine;

/**
 * A usage error about a file rather than about the command line's syntax: an output that exists without
 * {@code --force}, an option's file that cannot be used, a folder that is a file. The command line was written
 * right, so its whole help would only hide the one line that matters: {@link PlnCommand} prints the message and a
 * hint ({@code see pln assess --help}) instead, and exits {@link PlnCommand#USAGE} like any usage error.
 *
 * <pre>{@code
 * throw new FileUsageError(cmd, out + " already exists; add --force to replace it");
 * }</pre>
 */
final class FileUsageError extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    FileUsageError(CommandLine cmd, String message) {
        super(cmd, message);
    }

    /** The line after the message: where the command's options are explained. */
    static String hint(CommandLine cmd) {
        return "see " + cmd.getCommandSpec().qualifiedName() + " --help";
    }
}
