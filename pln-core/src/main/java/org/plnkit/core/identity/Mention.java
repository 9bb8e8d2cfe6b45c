package org.plnkit.core.identity;

import java.util.Objects;

/**
 * One participant's mention of a connection: the participant's id and the connection's local id in that
 * participant's PLN.
 *
 * @param participantId the participant who names the connection
 * @param connectionId  the connection's local id in that participant's PLN
 *
 * @since 0.1.0
 */
public record Mention(String participantId, String connectionId) {
    public Mention {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(connectionId, "connectionId");
    }

    /** {@code maria-lopez/jane}. */
    @Override
    public String toString() {
        return participantId + "/" + connectionId;
    }
}
