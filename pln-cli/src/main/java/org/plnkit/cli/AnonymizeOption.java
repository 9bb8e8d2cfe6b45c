package org.plnkit.cli;

import org.plnkit.core.privacy.Anonymity;

import picocli.CommandLine.Option;

/**
 * {@code --anonymize} for commands that name people unless told otherwise ({@code assess}, {@code map}). What it
 * means for a command is in the command's resource bundle (key {@code anonymize}); commands that also have
 * {@code --show-names} use {@link NamesOption}.
 */
public final class AnonymizeOption {
    @Option(names = "--anonymize", descriptionKey = "anonymize", arity = "0..1", fallbackValue = "everyone",
            paramLabel = "WHO", converter = Whom.class,
            description = "Hide everyone, you too (--anonymize or --anonymize=everyone), or only the people you name"
                    + " (--anonymize=others: you keep your name, as in a reflection you publish).")
    Anonymity anonymity;

    /** {@code others} or {@code everyone}. */
    static final class Whom implements picocli.CommandLine.ITypeConverter<Anonymity> {
        @Override
        public Anonymity convert(String value) {
            return Anonymity.parse(value).filter(Anonymity::hidesPeople).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("--anonymize is everyone (the default) or"
                            + " others, not " + value));
        }
    }

    /** Whether any name is hidden. */
    boolean anonymize() {
        return anonymity != null;
    }

    /** Whose names are hidden. */
    Anonymity anonymity() {
        return anonymity == null ? Anonymity.NONE : anonymity;
    }
}
