package org.plnkit.cli;

import picocli.CommandLine;

/**
 * A mixin whose options go together only in some ways ({@code --format} prints, {@code --formats} chooses the files
 * {@code --out} writes): {@link Subcommand} has it check the combination, as a usage error, before the command runs,
 * so that no command forgets the check or makes it after reading its inputs.
 */
interface CheckedOptions {
    /** Refuses, as a usage error, a combination of this mixin's options that does not go together. */
    void check(CommandLine cmd);
}
