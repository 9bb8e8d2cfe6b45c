package org.plnkit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The educator whose PLN it is.
 *
 * @param id        required, unique in a cohort
 * @param name      display name (may be empty: then the id is shown)
 * @param role      e.g. "Teacher librarian"
 * @param school    e.g. "Lincoln Middle School"
 * @param topics    what the participant needs to keep up with, in the order given
 * @param organizer the tool the participant organizes resources with (Feedly, Wakelet…)
 * @param asOf      the date of the self-assessment
 */
public record Participant(String id, String name, Optional<String> role, Optional<String> school,
                          List<String> topics, Optional<String> organizer, Optional<LocalDate> asOf) {
    public Participant {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(school, "school");
        topics = List.copyOf(topics);
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A participant with only an id. */
    public static Participant of(String id) {
        return new Participant(id, "", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** The name, or the id when no name is given. */
    public String displayName() {
        return name.isBlank() ? id : name;
    }
}
