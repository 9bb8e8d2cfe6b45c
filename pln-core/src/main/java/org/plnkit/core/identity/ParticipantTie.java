package org.plnkit.core.identity;

import java.util.Objects;

/**
 * A connection that is another participant of the cohort: its explicit shared id ({@code connection_id},
 * {@code shared_id}) equals that participant's id. It ties two participants together.
 *
 * <pre>{@code
 * // maria-lopez lists "Jane Kim" with connection_id jane-kim, and jane-kim is a participant:
 * new ParticipantTie(new Mention("maria-lopez", "jane-kim"), "jane-kim");
 * }</pre>
 *
 * @param mention       the participant and the connection that names the other participant
 * @param participantId the participant the connection is
 *
 * @since 0.1.0
 */
public record ParticipantTie(Mention mention, String participantId) {
    public ParticipantTie {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(participantId, "participantId");
        if (participantId.equals(mention.participantId())) {
            throw new IllegalArgumentException("participant " + participantId + " cannot be tied to itself");
        }
    }

    /** The participant who names the other. */
    public String from() {
        return mention.participantId();
    }

    /** The participant who is named. */
    public String to() {
        return participantId;
    }
}
