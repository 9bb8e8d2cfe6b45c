package org.plnkit.core.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Whose names an output hides. A teacher publishes a reflection under their own name and names no other individual
 * ({@link #OTHERS}); research exports and district outputs hide everyone ({@link #EVERYONE}).
 *
 * <pre>{@code
 * Pln shown = Anonymity.OTHERS.apply(pln, Taxonomy.defaults());   // "Maria Lopez" stays, "Jane Kim" → "Local colleague 1"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Anonymity {
    /** Every name as written. */
    NONE,
    /** The participant keeps their name, id and school; the people they name are hidden. */
    OTHERS,
    /** The participant and the people they name are hidden. */
    EVERYONE;

    /** The spelling on the command line: {@code none}, {@code others}, {@code everyone}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By its id, in any case. */
    public static Optional<Anonymity> parse(String text) {
        for (Anonymity a : values()) {
            if (a.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether any name is hidden. */
    public boolean hidesPeople() {
        return this != NONE;
    }

    /** Whether the participant's own name is hidden. */
    public boolean hidesParticipant() {
        return this == EVERYONE;
    }

    /** The PLN as shown with this anonymity. */
    public Pln apply(Pln pln, Taxonomy taxonomy) {
        return anonymizer(taxonomy).apply(pln);
    }

    /** What makes a PLN look like this. */
    public UnaryOperator<Pln> anonymizer(Taxonomy taxonomy) {
        return switch (this) {
            case NONE -> UnaryOperator.identity();
            case OTHERS -> Anonymizer.others(taxonomy);
            case EVERYONE -> new Anonymizer(taxonomy);
        };
    }
}
