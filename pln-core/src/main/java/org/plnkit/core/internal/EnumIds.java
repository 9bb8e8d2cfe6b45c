package org.plnkit.core.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The spelling of the contract's enums ({@code Kind}, {@code Frequency}, {@code Participation}) in the input formats:
 * the constant's name in lower case, read back in any case and with spaces around it.
 *
 * <pre>{@code
 * EnumIds.parse(Kind.class, " Person ")   // Optional[PERSON]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EnumIds {
    private EnumIds() {
    }

    /** The spelling of {@code e}, e.g. {@code weekly}. */
    public static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} spelled {@code text}, case-insensitively, ignoring surrounding spaces. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (id(e).equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
