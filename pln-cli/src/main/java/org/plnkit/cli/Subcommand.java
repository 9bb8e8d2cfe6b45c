package org.plnkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What every {@code pln} subcommand shares: the standard help options, the heading of its exit codes, its spec,
 * and {@link #call()} handing the parsed command line to {@link #run(CommandLine)}. Subclasses add their own
 * {@code @Command} (name, description, exit codes), options and mixins.
 */
@Command(mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n")
abstract class Subcommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(spec.commandLine());
    }

    /** Runs the command on its parsed command line; gives the exit code (see the command's exit code list). */
    abstract int run(CommandLine cmd) throws Exception;
}
