package org.plnkit.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --anonymize | --show-names}, one or the other (picocli refuses both), for commands whose outputs have a
 * default between the two. What each means for a command is in the command's resource bundle (keys
 * {@code anonymize} and {@code show-names}); the descriptions here are the fallback.
 *
 * <pre>{@code
 * @Mixin NamesOption names;
 * ...
 * CohortLabels labels = names.showNames() ? CohortLabels.shown(a) : CohortLabels.anonymous(a);
 * }</pre>
 */
public final class NamesOption {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Names names;

    /** The two options; picocli makes one when either is given. */
    static final class Names {
        @Option(names = "--anonymize", descriptionKey = "anonymize", description = "Anonymize people in every output.")
        boolean anonymize;

        @Option(names = "--show-names", descriptionKey = "show-names",
                description = "Name the people these outputs anonymize by default.")
        boolean showNames;
    }

    boolean anonymize() {
        return names != null && names.anonymize;
    }

    boolean showNames() {
        return names != null && names.showNames;
    }
}
