package org.plnkit.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A category of a PLN taxonomy, such as "Local colleagues" or "Professional organizations".
 *
 * @param id           stable id used in files, e.g. {@code local-colleagues}
 * @param label        label shown to people, e.g. {@code Local colleagues}
 * @param typicalKinds the kinds of connection usually found in this category (may be empty)
 * @param local        whether connections of this category are local (in person) rather than online
 * @param description  a plain-words explanation for templates and reports (may be empty)
 * @param examples     examples for templates and reports (may be empty)
 * @param aliases      other words people use for it, accepted wherever a category is read, e.g. {@code podcasts},
 *                     {@code Twitter hashtags} (may be empty)
 *
 * @since 0.1.0
 */
public record Category(String id, String label, Set<Kind> typicalKinds, boolean local, String description,
                       List<String> examples, List<String> aliases) {
    /** A category without aliases. */
    public Category(String id, String label, Set<Kind> typicalKinds, boolean local, String description,
                    List<String> examples) {
        this(id, label, typicalKinds, local, description, examples, List.of());
    }

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        typicalKinds = typicalKinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(typicalKinds));
        description = description == null ? "" : description;
        examples = List.copyOf(examples);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
