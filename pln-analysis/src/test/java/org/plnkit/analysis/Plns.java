package org.plnkit.analysis;

import java.util.ArrayList;
import java.util.List;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** Small PLNs built by hand for tests. */
public final class Plns {
    private Plns() {
    }

    /** A connection builder with an id, a name made from it, a kind and a category. */
    public static Connection.Builder c(String id, Kind kind, String category) {
        return Connection.builder(id, "Name of " + id, kind, category);
    }

    /** A person in local colleagues. */
    public static Connection.Builder person(String id) {
        return c(id, Kind.PERSON, "local-colleagues");
    }

    /** A PLN of a participant with these topics, connections and links written "a-b". */
    public static Pln pln(List<String> topics, List<Connection> connections, String... links) {
        Participant p = new Participant("p", "Pat Doe", java.util.Optional.empty(), java.util.Optional.empty(),
                topics, java.util.Optional.empty(), java.util.Optional.empty());
        List<Link> ls = new ArrayList<>();
        for (String l : links) {
            String[] ab = l.split("-");
            ls.add(new Link(ab[0], ab[1]));
        }
        return new Pln(p, connections, ls);
    }

    /** A PLN without topics. */
    public static Pln pln(List<Connection> connections, String... links) {
        return pln(List.of(), connections, links);
    }
}
