package org.plnkit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.internal.TopicList;

/**
 * The educator whose PLN it is.
 *
 * <pre>{@code
 * Participant maria = Participant.builder("maria").name("Maria Lopez").role("Teacher librarian")
 *         .topics(List.of("coding", "makerspaces")).asOf(LocalDate.of(2026, 9, 1)).build();
 * }</pre>
 *
 * @param id        required, unique in a cohort; surrounding spaces are taken off, as a reader does, and a blank id
 *                  is a {@link BlankFieldException}
 * @param name      display name (may be empty: then the id is shown); surrounding spaces are taken off
 * @param role      e.g. "Teacher librarian"
 * @param school    e.g. "Lincoln Middle School"
 * @param topics    what the participant needs to keep up with, in the order given; as a reader does, spaces around
 *                  a topic, blank topics and a topic repeated in another case are taken off
 * @param organizer the tool the participant organizes resources with (Feedly, Wakelet…)
 * @param asOf      the date of the self-assessment
 * @since 0.1.0
 */
public record Participant(String id, String name, Optional<String> role, Optional<String> school,
                          List<String> topics, Optional<String> organizer, Optional<LocalDate> asOf) {
    public Participant {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        id = id.strip();
        if (id.isEmpty()) {
            throw new BlankFieldException("participant", name, List.of("id"), "an id");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(school, "school");
        topics = TopicList.of(topics);   // spaces, blanks and repeats as a reader takes them off
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A participant with only an id. */
    public static Participant of(String id) {
        return new Participant(id, "", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** Starts a participant with its id; everything else is "not given". */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder pre-filled with this participant's fields (through its setters, as if built anew). */
    public Builder toBuilder() {
        return new Builder(id).name(name).role(role.orElse(null)).school(school.orElse(null)).topics(topics)
                .organizer(organizer.orElse(null)).asOf(asOf.orElse(null));
    }

    /** The name, or the id when no name is given. */
    public String displayName() {
        return name.isBlank() ? id : name;
    }

    /**
     * Builds a {@link Participant}; optional fields default to "not given". Not thread-safe; the participant it
     * builds is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String id;
        private String name = "";
        private Optional<String> role = Optional.empty();
        private Optional<String> school = Optional.empty();
        private List<String> topics = List.of();
        private Optional<String> organizer = Optional.empty();
        private Optional<LocalDate> asOf = Optional.empty();

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder name(String v) { this.name = v == null ? "" : v; return this; }
        public Builder role(String v) { this.role = Optional.ofNullable(v); return this; }
        public Builder school(String v) { this.school = Optional.ofNullable(v); return this; }
        public Builder topics(List<String> v) { this.topics = v == null ? List.of() : v; return this; }
        public Builder organizer(String v) { this.organizer = Optional.ofNullable(v); return this; }
        public Builder asOf(LocalDate v) { this.asOf = Optional.ofNullable(v); return this; }

        /**
         * @throws NullPointerException when the id is null
         * @throws BlankFieldException  when the id is blank
         */
        public Participant build() {
            return new Participant(id, name, role, school, topics, organizer, asOf);
        }
    }
}
