package org.plnkit.cli;

import picocli.CommandLine.Mixin;

/**
 * A subcommand that reads PLNs: it takes {@code --taxonomy} and the input limits ({@link InputOptions}). Their
 * options are listed with the command's own in alphabetical order. A command that lists its options in the order
 * they are declared ({@code sortOptions = false}: {@code pln compare}, {@code pln cohort}) declares the
 * {@link InputOptions} mixin itself, where its help shows them, since inherited options would come first.
 */
abstract class ReadingCommand extends Subcommand {
    @Mixin
    InputOptions readOptions;
}
