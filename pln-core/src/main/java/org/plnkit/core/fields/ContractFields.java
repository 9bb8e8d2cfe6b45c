package org.plnkit.core.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.plnkit.core.fields.Field.Column;
import org.plnkit.core.fields.Field.Part;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;

/**
 * The fields of the input contract ({@code docs/formats.md}), described once. The readers of participant files
 * and cohorts, the participant-file writer, the organizer template, the graph exports and the import mapping all
 * take their field names, headers, types and help from here.
 *
 * <p>To add a field: add one line to {@link #PARTICIPANT} or {@link #CONNECTION} (its key, its column and place in
 * the cohort table, its type, help and example, and how to read it from the model), add it to the model, and
 * give the readers' parsers its value ({@code ParticipantFileReader}, {@code CohortAssembler}); the headers of
 * templates, the keys of written files and the attributes of exports follow. {@code ContractFieldsTest} checks
 * that every field shows up everywhere.
 *
 * <pre>{@code
 * ContractFields.columns(Field.Part.CONNECTION)   // [participant_id, connection_name, kind, category, ...]
 * ContractFields.keys(Field.Part.PARTICIPANT)     // [id, name, role, school, topics, organizer, as_of]
 * }</pre>
 */
public final class ContractFields {
    /** The participant's fields, in the order of a participant file. */
    public static final List<Field<Participant>> PARTICIPANT = List.of(
            participant("id", "participant_id", 0, FieldType.ID, true, "A short id for you, the same in every row of"
                    + " the Connections sheet: letters, digits and dashes.", "maria-lopez", Participant::id),
            participant("name", "name", 1, FieldType.TEXT, false, "Your name.", "Maria Lopez", Participant::name),
            participant("role", "role", 3, FieldType.TEXT, false, "Your role.", "Teacher librarian",
                    Participant::role),
            participant("school", "school", 2, FieldType.TEXT, false, "Your school or workplace.",
                    "Lincoln Middle School", Participant::school),
            participant("topics", "topics", 4, FieldType.TEXT_LIST, false, "What you need to keep up with, separated"
                    + " by ; (semicolons).", "makerspaces; coding", Participant::topics),
            participant("organizer", "organizer", 5, FieldType.TEXT, false, "The tool you keep your resources in"
                    + " (Feedly, Wakelet…), if any.", "Feedly", Participant::organizer),
            participant("as_of", "as_of", 6, FieldType.DATE, false, "The date you filled this in, as YYYY-MM-DD.",
                    "2026-11-01", Participant::asOf));

    /**
     * The connection's fields, in the order of a participant file; {@code participant_id} and {@code linked_to} are
     * columns of a cohort's Connections table only.
     */
    public static final List<Field<Connection>> CONNECTION = List.of(
            connection(null, "participant_id", 0, List.of(), FieldType.ID, true, "Your id, the same as on the"
                    + " Participants sheet.", "maria-lopez", c -> null),
            connection("id", null, -1, List.of(), FieldType.ID, false, "An id for the connection in this file, used"
                    + " by links; the slug of its name when not given.", null, Connection::id),
            connection("shared_id", "connection_id", 4, List.of(), FieldType.ID, false, "Optional. An id that is the"
                    + " same for everyone in your group: an e-mail address, an @handle or a staff number. It tells that"
                    + " two people's \"Jane Kim\" are the same person.", "jane.kim@lincoln.example",
                    Connection::sharedId),
            connection("name", "connection_name", 1, List.of(), FieldType.TEXT, true, "Who or what you learn from: a"
                    + " person, an organization or a resource (a blog, hashtag, podcast, journal…).", "Jane Kim",
                    Connection::name),
            connection("kind", "kind", 2, List.of(), FieldType.KIND, true, "person, organization or resource: pick"
                    + " from the list.", "person", Connection::kind),
            connection("category", "category", 3, List.of(), FieldType.CATEGORY, true, "The kind of source: pick"
                    + " from the list. The Instructions sheet explains each one.", null, Connection::category),
            connection("url", "url", 5, List.of(), FieldType.URL, false, "The web address, for organizations and"
                    + " resources.", "https://www.ala.org/aasl", Connection::url),
            connection("met_via", "met_via", 6, List.of(), FieldType.TEXT, false, "How you connected with it: pick a"
                    + " suggestion or type your own.", "school", Connection::metVia),
            connection("frequency", "frequency", 7, List.of(), FieldType.FREQUENCY, false, "How often you check it or"
                    + " are in touch: pick from the list.", "weekly", Connection::frequency),
            connection("value", "value", 8, List.of(), FieldType.VALUE, false, "How valuable it is to your practice,"
                    + " from 1 (a little) to 5 (essential).", "5", Connection::value),
            connection("gives_back", "gives_back", 9, List.of(), FieldType.YES_NO, false, "Yes if you also"
                    + " contribute to it (share, answer, present).", "Yes", Connection::givesBack),
            connection("participation", "participation", 10, List.of(), FieldType.PARTICIPATION, false, "For"
                    + " communities and organizations: none, lurker (you read), contributor (you post) or leader (you"
                    + " organize).", "lurker", Connection::participation),
            connection("wants_more", "wants_more", 11, List.of(), FieldType.YES_NO, false, "Yes if you want to be"
                    + " more active here but have not started yet.", "No", Connection::wantsMore),
            connection("topics", "topics", 12, List.of(), FieldType.TEXT_LIST, false, "Topics it helps you with,"
                    + " separated by ; (semicolons).", "makerspaces; coding", Connection::topics),
            connection("last_contact", "last_contact", 13, List.of(), FieldType.DATE, false, "The last time you"
                    + " checked it or were in touch, as YYYY-MM-DD.", "2026-10-20", Connection::lastContact),
            connection("feed", null, -1, List.of(), FieldType.URL, false, "Optional. The address of its news feed"
                    + " (RSS or Atom), for a reader such as Feedly; the PLN's reading list (OPML) uses it.",
                    "https://www.edutopia.org/rss.xml", Connection::feed),
            connection(null, "linked_to", 14, List.of(), FieldType.LINKS, false, "Other connections of yours that this"
                    + " one is tied to (a colleague who belongs to an association): their names or ids, separated by"
                    + " ;.", "Jane Kim", c -> null));

    /** A link's fields in a participant file ({@code links:}). */
    public static final List<Field<Link>> LINK = List.of(
            new Field<>(Part.LINK, Optional.of("from"), Optional.empty(), List.of(), FieldType.ID, true,
                    "The id of one connection.", Optional.empty(), Link::from),
            new Field<>(Part.LINK, Optional.of("to"), Optional.empty(), List.of(), FieldType.ID, true,
                    "The id of the other connection.", Optional.empty(), Link::to));

    private ContractFields() {
    }

    /** The fields of a part, in the order of a participant file. */
    public static List<? extends Field<?>> of(Part part) {
        return switch (part) {
            case PARTICIPANT -> PARTICIPANT;
            case CONNECTION -> CONNECTION;
            case LINK -> LINK;
        };
    }

    /** The keys of a part in a participant file, in order. */
    public static List<String> keys(Part part) {
        return of(part).stream().flatMap(f -> f.key().stream()).toList();
    }

    /** The columns of a part's table in a cohort (the header row), in order. */
    public static List<String> columns(Part part) {
        return of(part).stream().filter(f -> f.column().isPresent())
                .sorted(Comparator.comparingInt((Field<?> f) -> f.column().get().index()))
                .map(f -> f.column().get().name()).toList();
    }

    /** The field of a part with this key or column, or one of its aliases. */
    public static Optional<Field<?>> find(Part part, String name) {
        for (Field<?> f : of(part)) {
            if (f.key().filter(name::equals).isPresent() || f.columnName().filter(name::equals).isPresent()
                    || f.aliases().contains(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every key, column and alias of every field: the words of the contract a header may hold. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        Stream.of(Part.values()).flatMap(p -> of(p).stream()).forEach(f -> {
            f.key().ifPresent(out::add);
            f.columnName().ifPresent(out::add);
            out.addAll(f.aliases());
        });
        return out.stream().distinct().toList();
    }

    private static Field<Participant> participant(String key, String column, int index, FieldType type,
                                                  boolean required, String help, String example,
                                                  Function<Participant, Object> value) {
        return new Field<>(Part.PARTICIPANT, Optional.of(key), Optional.of(new Column(column, index)), List.of(),
                type, required, help, Optional.ofNullable(example), value);
    }

    private static Field<Connection> connection(String key, String column, int index, List<String> aliases,
                                                FieldType type, boolean required, String help, String example,
                                                Function<Connection, Object> value) {
        return new Field<>(Part.CONNECTION, Optional.ofNullable(key),
                column == null ? Optional.empty() : Optional.of(new Column(column, index)), aliases, type, required,
                help, Optional.ofNullable(example), value);
    }
}
