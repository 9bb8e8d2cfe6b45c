package org.plnkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What every {@code pln} subcommand shares: the standard help options, the heading of its exit codes, its spec,
 * and {@link #call()} handing the parsed command line to {@link #run(CommandLine)} once its mixins have checked
 * their options ({@link CheckedOptions}). Subclasses add their own {@code @Command} (name, bundle, exit codes),
 * options and mixins.
 */
@Command(mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n")
abstract class Subcommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof CheckedOptions options) {
                options.check(cmd);
            }
        }
        return run(cmd);
    }

    /** Runs the command on its parsed command line; gives the exit code (see the command's exit code list). */
    abstract int run(CommandLine cmd) throws Exception;
}
