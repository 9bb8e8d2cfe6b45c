package org.plnkit.analysis.measure;

import java.util.Objects;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;

/**
 * A connection as results name it: its local id (stable, for tools), its name (for people) and its kind.
 *
 * <pre>{@code
 * ConnectionRef jane = ConnectionRef.of(pln.connection("jane").orElseThrow());
 * jane.name();   // "Jane Kim"
 * }</pre>
 *
 * @param id   the connection's local id in the participant's PLN
 * @param name the name as the participant wrote it
 * @param kind person, organization or resource
 *
 * @since 0.1.0
 */
public record ConnectionRef(String id, String name, Kind kind) {
    public ConnectionRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The reference to a connection. */
    public static ConnectionRef of(Connection c) {
        return new ConnectionRef(c.id(), c.name(), c.kind());
    }
}
