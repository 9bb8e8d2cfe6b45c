package org.plnkit.report.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.fields.FieldType;
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

    /**
     * Node attributes in the order they are declared: {@code ego}, the participant's fields (as named in a cohort's
     * Participants table), then the connection's fields (as named in a participant file) with {@code category_label}
     * after {@code category}; a field both have ({@code name}, {@code topics}) is declared once, {@code name} with
     * the participant's and {@code topics} with the connection's. Names and types come from {@link ContractFields}.
     */
    static final List<Attr> NODE = nodeAttributes();

    /** Edge attributes besides the weight: {@code relation} is {@code tie} (participant–connection) or {@code link}. */
    static final List<Attr> EDGE = List.of(new Attr("relation", Type.STRING));

    private GraphAttributes() {
    }

    private static List<Attr> nodeAttributes() {
        List<String> connectionKeys = ContractFields.keys(Field.Part.CONNECTION);
        List<Attr> out = new java.util.ArrayList<>();
        out.add(new Attr("ego", Type.BOOLEAN));
        for (Field<?> f : ContractFields.PARTICIPANT) {
            String name = f.columnName().orElseThrow();
            if (name.equals("name") || !connectionKeys.contains(name)) {
                out.add(new Attr(name, type(f)));
            }
        }
        for (Field<?> f : ContractFields.CONNECTION) {
            String name = f.key().orElse("");
            if (name.isEmpty() || name.equals("id") || name.equals("name")) {
                continue;   // a cohort column, the node's id, or declared with the participant
            }
            out.add(new Attr(name, type(f)));
            if (f.type() == FieldType.CATEGORY) {
                out.add(new Attr(name + "_label", Type.STRING));
            }
        }
        return List.copyOf(out);
    }

    /** The type an export declares for a field of the contract. */
    static Type type(Field<?> f) {
        return switch (f.type().export()) {
            case INTEGER -> Type.INT;
            case BOOLEAN -> Type.BOOLEAN;
            case DATE -> Type.DATE;
            case STRING -> Type.STRING;
        };
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
        put(m, "feed", c.feed());   // declared, and until #7's QA never written
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
