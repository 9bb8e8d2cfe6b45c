package org.plnkit.core.internal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The null check of a record whose components are all required: one call in its compact constructor, with the
 * values in the order the record declares them, instead of a line a component. The exception names the component,
 * as {@code Objects.requireNonNull(value, "name")} would.
 *
 * <pre>{@code
 * public record Findings(Composition composition, Coverage coverage, ...) {
 *     public Findings {
 *         Components.requireNonNull(Findings.class, composition, coverage, ...);
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Components {
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
        }
    };

    private Components() {
    }

    /**
     * Throws a {@link NullPointerException} naming the first component of {@code type} that is null.
     *
     * @param values every component of the record, in declaration order
     * @throws IllegalArgumentException when {@code values} are not as many as the record's components
     */
    public static void requireNonNull(Class<? extends Record> type, Object... values) {
        String[] names = NAMES.get(type);
        if (names.length != values.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + names.length + " components, not "
                    + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(names[i]);
            }
        }
    }
}
