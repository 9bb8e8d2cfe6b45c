package org.plnkit.cli;

import org.plnkit.core.privacy.Anonymity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --anonymize[=WHO] | --show-names} of {@code pln export}: like {@link NamesOption}, but one participant's
 * export can keep the participant's own name ({@code --anonymize=others}, as on {@code assess} and {@code map}); a
 * bare {@code --anonymize} hides everyone, as a research export should. What each means is in the command's
 * resource bundle (keys {@code anonymize} and {@code show-names}).
 */
public final class ExportNamesOption {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Names names;

    /** The two options; picocli makes one when either is given. */
    static final class Names {
        @Option(names = "--anonymize", descriptionKey = "anonymize", arity = "0..1", fallbackValue = "everyone",
                paramLabel = "WHO", converter = AnonymizeOption.Whom.class,
                description = "Anonymize people (--anonymize=others: the participant keeps their name).")
        Anonymity anonymize;

        @Option(names = "--show-names", descriptionKey = "show-names",
                description = "Name the people these outputs anonymize by default.")
        boolean showNames;
    }

    /** Whose names are hidden: {@code NONE} unless {@code --anonymize} is given, {@code EVERYONE} when bare. */
    Anonymity anonymity() {
        return names == null || names.anonymize == null ? Anonymity.NONE : names.anonymize;
    }

    boolean showNames() {
        return names != null && names.showNames;
    }
}
