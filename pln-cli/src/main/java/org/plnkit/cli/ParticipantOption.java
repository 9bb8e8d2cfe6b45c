package org.plnkit.cli;

import picocli.CommandLine.Option;

/**
 * {@code --participant ID}: which participant of a cohort input a command works on ({@code compare},
 * {@code export}). What it means for a command is in the command's resource bundle (key {@code participant}).
 */
public final class ParticipantOption {
    @Option(names = "--participant", paramLabel = "ID", descriptionKey = "participant",
            description = "Which participant, when an input holds several (a cohort workbook or folder).")
    String id;

    /** The participant's id as given, or null when the option is left out. */
    String id() {
        return id;
    }
}
