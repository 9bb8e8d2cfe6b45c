package org.plnkit.core.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;

/**
 * Removes the names of people from a PLN, so that it can be shown in public ("no need to name individuals if you
 * don't want to"). People become "Local colleague 1", "Mentor 1"… after their category's label, numbered per
 * category in input order; organizations and resources keep their names; the participant becomes an anonymous
 * label.
 *
 * <pre>{@code
 * Pln shown = new Anonymizer(Taxonomy.defaults()).apply(pln);
 * shown.connections().get(0).name();   // "Local colleague 1" instead of "Jane Kim"
 * }</pre>
 *
 * <p>What changes, and why:
 * <ul>
 *   <li>the participant: id {@code anonymous}, name {@link #DEFAULT_PARTICIPANT_LABEL} (or the label given),
 *       school removed (it names a place); role, topics, organizer and date are kept;</li>
 *   <li>a person: name and id become the label and its slug ({@code local-colleague-1}); the shared id
 *       (an e-mail or @handle) and url (a profile) are removed; {@code met_via} is kept only when it is one of
 *       the contract's suggested values, else it becomes {@code other}; everything else is kept;</li>
 *   <li>{@code met_via} of an organization or resource that names a person of the PLN (their id or name,
 *       ignoring case: "met via marcus") becomes that person's new id; other values are kept;</li>
 *   <li>links follow the new ids. Connections keep their order: connection {@code i} of the result is
 *       connection {@code i} of the input, so facts computed on the original can be matched by position.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Anonymizer implements UnaryOperator<Pln> {
    /** The participant's name in an anonymized PLN unless another label is given. */
    public static final String DEFAULT_PARTICIPANT_LABEL = "Anonymous educator";
    /** The participant's id in an anonymized PLN. */
    public static final String PARTICIPANT_ID = "anonymous";

    /** The suggested {@code met_via} values of the input contract: they name no one, so they are kept. */
    private static final Set<String> NEUTRAL_MET_VIA = Set.of("school", "district", "in-person", "twitter",
            "facebook", "conference", "professional-organization", "mentor-program", "email", "other");

    private final boolean keepParticipant;
    private final Taxonomy taxonomy;
    private final String participantLabel;

    /** An anonymizer that names the participant {@value #DEFAULT_PARTICIPANT_LABEL}. */
    public Anonymizer(Taxonomy taxonomy) {
        this(taxonomy, DEFAULT_PARTICIPANT_LABEL);
    }

    /** An anonymizer that names the participant {@code participantLabel}, e.g. "Participant 7". */
    public Anonymizer(Taxonomy taxonomy, String participantLabel) {
        this(taxonomy, participantLabel, false);
    }

    private Anonymizer(Taxonomy taxonomy, String participantLabel, boolean keepParticipant) {
        this.keepParticipant = keepParticipant;
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.participantLabel = Objects.requireNonNull(participantLabel, "participantLabel");
        if (participantLabel.isBlank()) {
            throw new IllegalArgumentException("the participant label is blank");
        }
    }

    /**
     * An anonymizer that keeps the participant as they are (id, name, school) and hides only the people they name:
     * for a reflection a teacher publishes under their own name ({@link Anonymity#OTHERS}).
     */
    public static Anonymizer others(Taxonomy taxonomy) {
        return new Anonymizer(taxonomy, DEFAULT_PARTICIPANT_LABEL, true);
    }

    /** Shortcut for {@code new Anonymizer(taxonomy).apply(pln)}. */
    public static Pln anonymize(Pln pln, Taxonomy taxonomy) {
        return new Anonymizer(taxonomy).apply(pln);
    }

    @Override
    public Pln apply(Pln pln) {
        Participant p = pln.participant();
        Participant anonymous = keepParticipant ? p : new Participant(PARTICIPANT_ID, participantLabel, p.role(),
                Optional.empty(), p.topics(), p.organizer(), p.asOf());

        Set<String> used = new HashSet<>();
        for (Connection c : pln.connections()) {
            if (c.kind() != Kind.PERSON) {
                used.add(c.id());
            }
        }
        Map<String, Integer> perCategory = new HashMap<>();
        Map<String, String> newIds = new HashMap<>();
        // people by id and name, for met_via of organizations and resources that names one of them
        Map<String, String> personKeys = new HashMap<>();
        List<Connection> connections = new ArrayList<>(pln.connections().size());
        for (Connection c : pln.connections()) {
            if (c.kind() != Kind.PERSON) {
                connections.add(c);
                newIds.put(c.id(), c.id());
                continue;
            }
            int n = perCategory.merge(c.category(), 1, Integer::sum);
            String name = personLabel(c.category()) + " " + n;
            String base = Text.slug(name);
            String id = base;
            for (int k = 2; !used.add(id); k++) {
                id = base + "-" + k;
            }
            newIds.put(c.id(), id);
            personKeys.putIfAbsent(c.id().strip().toLowerCase(Locale.ROOT), id);
            personKeys.putIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), id);
            Connection.Builder b = c.toBuilder().id(id).name(name).sharedId(null).url(null).feed(null);
            c.metVia().ifPresent(m -> b.metVia(NEUTRAL_MET_VIA.contains(m.strip().toLowerCase(Locale.ROOT))
                    ? m : "other"));
            connections.add(b.build());
        }
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            if (c.kind() != Kind.PERSON && c.metVia().isPresent()) {
                String person = personKeys.get(c.metVia().get().strip().toLowerCase(Locale.ROOT));
                if (person != null) {
                    connections.set(i, c.toBuilder().metVia(person).build());
                }
            }
        }
        List<Link> links = new ArrayList<>(pln.links().size());
        for (Link l : pln.links()) {
            links.add(new Link(newIds.get(l.from()), newIds.get(l.to())));
        }
        return new Pln(anonymous, connections, links);
    }

    /**
     * What a person of this category is called: the category label with each plural word made singular
     * ("Local colleagues" → "Local colleague", "Online communities" → "Online community"); "Person" when the
     * category is not in the taxonomy.
     */
    public String personLabel(String categoryId) {
        return taxonomy.byId(categoryId).map(Category::label).map(Anonymizer::singular).orElse("Person");
    }

    /** Makes each plural-looking word of a label singular; words that do not look plural stay as written. */
    static String singular(String label) {
        String[] words = label.strip().split(" ");
        StringBuilder b = new StringBuilder(label.length());
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(singularWord(w));
        }
        return b.toString();
    }

    private static String singularWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() <= 3 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us")
                || lower.endsWith("is")) {
            return w;
        }
        if (lower.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + (Character.isUpperCase(w.charAt(w.length() - 3)) ? "Y" : "y");
        }
        return w.substring(0, w.length() - 1);
    }
}
