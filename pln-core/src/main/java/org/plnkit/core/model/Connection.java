package org.plnkit.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.internal.Components;
import org.plnkit.core.internal.TopicList;

/**
 * Someone or something the participant learns from: a person, an organization or a resource.
 * Optional fields are {@link Optional#empty()} when the input left them blank ("not given"), so that
 * nothing the user wrote is confused with a default.
 *
 * <pre>{@code
 * Connection jane = Connection.builder("jane", "Jane Kim", Kind.PERSON, "local-colleagues")
 *         .frequency(Frequency.WEEKLY).value(5).givesBack(true).topics(List.of("coding")).build();
 * }</pre>
 *
 * <p>The id, the name and the category are required, as in a participant file: surrounding spaces are taken off
 * (as a reader does) and a blank one is a {@link BlankFieldException} naming every blank field.
 *
 * @param id            local id, unique within the participant's PLN; links use it
 * @param sharedId      explicit identity across a cohort (e-mail, @handle, staff number)
 * @param name          as written by the participant
 * @param kind          person, organization or resource
 * @param category      a category id of the taxonomy in use
 * @param url           for resources and organizations
 * @param metVia        how the participant connected with it (free text)
 * @param frequency     how often the participant is in touch
 * @param value         1–5, how valuable it is to the participant's practice
 * @param givesBack     whether the participant also contributes to it
 * @param participation how active the participant is in it
 * @param wantsMore     whether the participant wants to be more active here
 * @param topics        topics it helps with; as a reader does, spaces around a topic, blank topics and a topic
 *                      repeated in another case are taken off
 * @param lastContact   last time the participant checked it or was in touch
 * @param feed          the web address of its RSS or Atom feed (blogs, podcasts, journals), for feed readers
 *
 * @since 0.1.0
 */
public record Connection(String id, Optional<String> sharedId, String name, Kind kind, String category,
                         Optional<String> url, Optional<String> metVia, Optional<Frequency> frequency,
                         Optional<Integer> value, Optional<Boolean> givesBack,
                         Optional<Participation> participation, Optional<Boolean> wantsMore,
                         List<String> topics, Optional<LocalDate> lastContact, Optional<String> feed) {
    /** A connection without a feed. */
    public Connection(String id, Optional<String> sharedId, String name, Kind kind, String category,
                      Optional<String> url, Optional<String> metVia, Optional<Frequency> frequency,
                      Optional<Integer> value, Optional<Boolean> givesBack,
                      Optional<Participation> participation, Optional<Boolean> wantsMore,
                      List<String> topics, Optional<LocalDate> lastContact) {
        this(id, sharedId, name, kind, category, url, metVia, frequency, value, givesBack, participation, wantsMore,
                topics, lastContact, Optional.empty());
    }

    public Connection {
        feed = feed == null ? Optional.empty() : feed;
        Components.requireNonNull(Connection.class, id, sharedId, name, kind, category, url, metVia, frequency, value,
                givesBack, participation, wantsMore, topics, lastContact, feed);
        id = id.strip();
        name = name.strip();
        category = category.strip();
        if (id.isEmpty() || name.isEmpty() || category.isEmpty()) {
            List<String> blank = new ArrayList<>(3);
            for (String[] f : new String[][] {{"id", id}, {"name", name}, {"category", category}}) {
                if (f[1].isEmpty()) {
                    blank.add(f[0]);
                }
            }
            throw new BlankFieldException("connection", name.isEmpty() ? id : name, blank,
                    "an id, a name, a kind and a category");
        }
        value.ifPresent(v -> {
            if (v < 1 || v > 5) {
                throw new IllegalArgumentException("value " + v + " is not between 1 and 5");
            }
        });
        topics = TopicList.of(topics);   // spaces, blanks and repeats as a reader takes them off
    }

    /** Starts a connection with its required fields; everything else is "not given". */
    public static Builder builder(String id, String name, Kind kind, String category) {
        return new Builder(id, name, kind, category);
    }

    /** A builder pre-filled with this connection's fields. */
    public Builder toBuilder() {
        Builder b = new Builder(id, name, kind, category);
        b.sharedId = sharedId;
        b.url = url;
        b.metVia = metVia;
        b.frequency = frequency;
        b.value = value;
        b.givesBack = givesBack;
        b.participation = participation;
        b.wantsMore = wantsMore;
        b.topics = topics;
        b.lastContact = lastContact;
        b.feed = feed;
        return b;
    }

    /** Whether the participant gives back to it; blank counts as no. */
    public boolean givesBackOrFalse() {
        return givesBack.orElse(false);
    }

    /** Whether the participant wants to be more active here; blank counts as no. */
    public boolean wantsMoreOrFalse() {
        return wantsMore.orElse(false);
    }

    /** Builds a {@link Connection}; optional fields default to "not given". */
    public static final class Builder {
        private String id;
        private String name;
        private Kind kind;
        private String category;
        private Optional<String> sharedId = Optional.empty();
        private Optional<String> url = Optional.empty();
        private Optional<String> metVia = Optional.empty();
        private Optional<Frequency> frequency = Optional.empty();
        private Optional<Integer> value = Optional.empty();
        private Optional<Boolean> givesBack = Optional.empty();
        private Optional<Participation> participation = Optional.empty();
        private Optional<Boolean> wantsMore = Optional.empty();
        private List<String> topics = List.of();
        private Optional<LocalDate> lastContact = Optional.empty();
        private Optional<String> feed = Optional.empty();

        private Builder(String id, String name, Kind kind, String category) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.category = category;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder kind(Kind v) { this.kind = v; return this; }
        public Builder category(String v) { this.category = v; return this; }
        public Builder sharedId(String v) { this.sharedId = Optional.ofNullable(v); return this; }
        public Builder url(String v) { this.url = Optional.ofNullable(v); return this; }
        public Builder metVia(String v) { this.metVia = Optional.ofNullable(v); return this; }
        public Builder frequency(Frequency v) { this.frequency = Optional.ofNullable(v); return this; }
        public Builder value(Integer v) { this.value = Optional.ofNullable(v); return this; }
        public Builder givesBack(Boolean v) { this.givesBack = Optional.ofNullable(v); return this; }
        public Builder participation(Participation v) { this.participation = Optional.ofNullable(v); return this; }
        public Builder wantsMore(Boolean v) { this.wantsMore = Optional.ofNullable(v); return this; }
        public Builder topics(List<String> v) { this.topics = v == null ? List.of() : v; return this; }
        public Builder lastContact(LocalDate v) { this.lastContact = Optional.ofNullable(v); return this; }
        public Builder feed(String v) { this.feed = Optional.ofNullable(v); return this; }

        /**
         * The connection.
         *
         * @throws NullPointerException     when the id, the name, the kind or the category is null
         * @throws BlankFieldException      when the id, the name or the category is blank
         * @throws IllegalArgumentException when the value is not 1 to 5
         */
        public Connection build() {
            return new Connection(id, sharedId, name, kind, category, url, metVia, frequency, value, givesBack,
                    participation, wantsMore, topics, lastContact, feed);
        }
    }
}
