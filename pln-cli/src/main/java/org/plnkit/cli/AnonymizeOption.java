package org.plnkit.cli;

import picocli.CommandLine.Option;

/**
 * {@code --anonymize} for commands that name people unless told otherwise ({@code assess}, {@code map}). What it
 * means for a command is in the command's resource bundle (key {@code anonymize}); commands that also have
 * {@code --show-names} use {@link NamesOption}.
 */
public final class AnonymizeOption {
    @Option(names = "--anonymize", descriptionKey = "anonymize", description = "Anonymize people in every output.")
    boolean anonymize;

    boolean anonymize() {
        return anonymize;
    }
}
