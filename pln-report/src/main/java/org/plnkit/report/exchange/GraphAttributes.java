package org.plnkit.report.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.PlnGraph;
import org.plnkit.core.model.Taxonomy;

/**
 * The attributes every graph export carries, with their types, so that GraphML, GEXF and CSV say the same thing
 * and the importers read them back. Names are the contract's field names; a value that was not given is left out
 * (never written as a default), so "not given" survives a round trip.
 */
final class GraphAttributes {
    /** The type an attribute is declared with in GraphML and GEXF. Dates are ISO strings (neither format has dates). */
    enum Type { STRING, INT, BOOLEAN, DATE }

    /** A node or edge attribute. */
    record Attr(String name, Type type) {
    }

    /** The node id of the participant. */
    static final String EGO_KEY = "ego";
    /** Node ids of connections are this prefix and the connection's local id: {@code c:jane}. */
    static final String CONNECTION_PREFIX = "c:";
    /** Topics are one text value, separated as in a spreadsheet cell. */
    static final String TOPIC_SEPARATOR = "; ";

    /** Node attributes in the order they are declared. */
    static final List<Attr> NODE = List.of(
            new Attr("ego", Type.BOOLEAN),
            new Attr("participant_id", Type.STRING),
            new Attr("name", Type.STRING),
            new Attr("role", Type.STRING),
            new Attr("school", Type.STRING),
            new Attr("organizer", Type.STRING),
            new Attr("as_of", Type.DATE),
            new Attr("shared_id", Type.STRING),
            new Attr("kind", Type.STRING),
            new Attr("category", Type.STRING),
            new Attr("category_label", Type.STRING),
            new Attr("url", Type.STRING),
            new Attr("met_via", Type.STRING),
            new Attr("frequency", Type.STRING),
            new Attr("value", Type.INT),
            new Attr("gives_back", Type.BOOLEAN),
            new Attr("participation", Type.STRING),
            new Attr("wants_more", Type.BOOLEAN),
            new Attr("topics", Type.STRING),
            new Attr("last_contact", Type.DATE));

    /** Edge attributes besides the weight: {@code relation} is {@code tie} (participant–connection) or {@code link}. */
    static final List<Attr> EDGE = List.of(new Attr("relation", Type.STRING));

    private GraphAttributes() {
    }

    /** The node id: {@code ego}, or {@code c:} and the connection id. */
    static String key(PlnGraph.Vertex v) {
        return v.key();
    }

    /** What a tool shows on the node: the participant's or the connection's name. */
    static String label(PlnGraph.Vertex v) {
        if (v instanceof PlnGraph.Ego e) {
            return e.participant().displayName();
        }
        return ((PlnGraph.Alter) v).connection().name();
    }

    /** The node's attributes that have a value, in declaration order; values are String, Integer or Boolean. */
    static Map<String, Object> node(PlnGraph.Vertex v, Taxonomy taxonomy) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (v instanceof PlnGraph.Ego e) {
            Participant p = e.participant();
            m.put("ego", true);
            m.put("participant_id", p.id());
            if (!p.name().isEmpty()) {
                m.put("name", p.name());
            }
            put(m, "role", p.role());
            put(m, "school", p.school());
            put(m, "organizer", p.organizer());
            p.asOf().ifPresent(d -> m.put("as_of", d.toString()));
            if (!p.topics().isEmpty()) {
                m.put("topics", String.join(TOPIC_SEPARATOR, p.topics()));
            }
            return m;
        }
        Connection c = ((PlnGraph.Alter) v).connection();
        m.put("ego", false);
        m.put("name", c.name());
        put(m, "shared_id", c.sharedId());
        m.put("kind", c.kind().id());
        m.put("category", c.category());
        m.put("category_label", taxonomy.byId(c.category()).map(Category::label).orElse(c.category()));
        put(m, "url", c.url());
        put(m, "met_via", c.metVia());
        c.frequency().ifPresent(f -> m.put("frequency", f.id()));
        c.value().ifPresent(x -> m.put("value", x));
        c.givesBack().ifPresent(x -> m.put("gives_back", x));
        c.participation().ifPresent(x -> m.put("participation", x.id()));
        c.wantsMore().ifPresent(x -> m.put("wants_more", x));
        if (!c.topics().isEmpty()) {
            m.put("topics", String.join(TOPIC_SEPARATOR, c.topics()));
        }
        c.lastContact().ifPresent(d -> m.put("last_contact", d.toString()));
        return m;
    }

    /** {@code tie} for the participant's tie to a connection, {@code link} between two connections. */
    static String relation(PlnGraph.Edge e) {
        return e instanceof PlnGraph.Tie ? "tie" : "link";
    }

    /** The edge weight tools use for layout and thickness: a tie weighs the connection's value (1 when not given). */
    static double weight(PlnGraph.Edge e) {
        if (e instanceof PlnGraph.Tie t) {
            return t.target().connection().value().orElse(1);
        }
        return 1.0;
    }

    private static void put(Map<String, Object> m, String key, Optional<String> v) {
        v.ifPresent(s -> m.put(key, s));
    }
}
