package org.plnkit.core.read.internal;

import java.util.List;
import java.util.Locale;

/**
 * The example rows the organizer template ships (grey italics, for the participant {@value #PARTICIPANT_ID}), so that
 * the readers can tell them from data: an organizer who leaves them in gets a note, not a made-up teacher. A row is an
 * example only when it still says what the template wrote: the Participants row its id and its name, a Connections
 * row its participant id and one of the example connection names. Once a row is overwritten it is data.
 *
 * <pre>{@code
 * TemplateExamples.isParticipant("example-teacher", TemplateExamples.PARTICIPANT_NAME)  // true
 * TemplateExamples.isParticipant("example-teacher", "Maria Lopez")                     // false: overwritten
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TemplateExamples {
    /** The participant id of the example rows. */
    public static final String PARTICIPANT_ID = "example-teacher";
    /** The name of the example participant; it tells the organizer what to do with the row. */
    public static final String PARTICIPANT_NAME = "Example Teacher (overwrite or delete this row)";
    /** The connection names of the example Connections rows, in the template's order. */
    public static final List<String> CONNECTION_NAMES = List.of("Jane Kim", "American Association of School Librarians");

    private TemplateExamples() {
    }

    /** Whether a Participants row is the template's example, as written. */
    public static boolean isParticipant(String participantId, String name) {
        return same(participantId, PARTICIPANT_ID) && same(name, PARTICIPANT_NAME);
    }

    /** Whether a Connections row is one of the template's examples, as written. */
    public static boolean isConnection(String participantId, String connectionName) {
        return same(participantId, PARTICIPANT_ID) && CONNECTION_NAMES.stream().anyMatch(n -> same(connectionName, n));
    }

    private static boolean same(String cell, String expected) {
        return cell != null && cell.strip().toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
    }
}
