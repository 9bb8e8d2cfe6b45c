package org.plnkit.cli;

import org.plnkit.core.privacy.Anonymity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --anonymize[=WHO] | --show-names}, one or the other (picocli refuses both), for commands whose outputs have
 * a default between the two. A bare {@code --anonymize} hides everyone (research exports and cohorts);
 * {@code --anonymize=others} keeps the participant's own name, as on {@code assess} and {@code map}. What each means for a command is in the command's resource bundle (keys
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
        @Option(names = "--anonymize", descriptionKey = "anonymize", arity = "0..1", fallbackValue = "everyone",
                paramLabel = "WHO", converter = AnonymizeOption.Whom.class,
                description = "Anonymize people in every output (--anonymize=others: the participant keeps their name).")
        Anonymity anonymize;

        @Option(names = "--show-names", descriptionKey = "show-names",
                description = "Name the people these outputs anonymize by default.")
        boolean showNames;
    }

    /** Whether any name is hidden. */
    boolean anonymize() {
        return anonymity().hidesPeople();
    }

    /** Whose names are hidden: {@code NONE} unless {@code --anonymize} is given. */
    Anonymity anonymity() {
        return names == null || names.anonymize == null ? Anonymity.NONE : names.anonymize;
    }

    boolean showNames() {
        return names != null && names.showNames;
    }
}
