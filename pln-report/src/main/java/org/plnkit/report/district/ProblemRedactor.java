package org.plnkit.report.district;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;

/**
 * Takes people's names out of the reader's problem messages for anonymized district outputs, keeping the place and
 * the reason: a participant named in a message ({@code participant "lori-medina"}, {@code of participant
 * matthew-moreno}) becomes their label ("Participant 07"; "another participant" when it is quoted and the cohort
 * does not hold them), and a quoted name of a person anyone listed becomes "(a person)". Values that name no one
 * (a typo in a category, a date, a number) are kept, so that the row can still be fixed.
 *
 * <pre>{@code
 * UnaryOperator<String> redact = ProblemRedactor.of(cohort, CohortLabels.anonymous(analysis));
 * redact.apply("linked_to names \"Jane Kim\", which is not a connection of participant maria-lopez");
 * // linked_to names "(a person)", which is not a connection of Participant 12
 * }</pre>
 */
public final class ProblemRedactor implements UnaryOperator<String> {
    private static final Pattern PARTICIPANT = Pattern.compile(
            "participant(?:_id)? (?:\"([^\"]*)\"|([\\p{L}\\p{N}._@'-]+))");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final Map<String, String> participants;
    private final Set<String> people;

    private ProblemRedactor(Map<String, String> participants, Set<String> people) {
        this.participants = participants;
        this.people = people;
    }

    /** The redactor for this cohort; the identity when the labels show names. */
    public static UnaryOperator<String> of(Cohort cohort, CohortLabels labels) {
        if (!labels.anonymized()) {
            return UnaryOperator.identity();
        }
        Map<String, String> ps = new HashMap<>();
        Set<String> people = new HashSet<>();
        int i = 0;
        for (Pln pln : cohort.plns()) {
            String label = labels.participant(i++);
            ps.put(pln.participant().id(), label);
            if (!pln.participant().name().isBlank()) {
                people.add(pln.participant().name().strip());
            }
            for (Connection c : pln.connections()) {
                if (c.kind() == Kind.PERSON) {
                    people.add(c.name().strip());
                    c.sharedId().ifPresent(s -> people.add(s.strip()));
                }
            }
        }
        return new ProblemRedactor(ps, people);
    }

    @Override
    public String apply(String message) {
        Matcher m = PARTICIPANT.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group(2);
            String trail = "";
            if (m.group(2) != null && (id.endsWith(".") || id.endsWith("'"))) {
                trail = id.substring(id.length() - 1);
                id = id.substring(0, id.length() - 1);
            }
            String label = participants.get(id);
            if (label == null && (m.group(1) != null || people.contains(id))) {
                label = "another participant";   // quoted: an id the cohort does not hold (its rows were left out)
            }
            m.appendReplacement(b, Matcher.quoteReplacement(label != null ? label + trail : m.group()));
        }
        m.appendTail(b);
        Matcher q = QUOTED.matcher(b.toString());
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            String v = q.group(1).strip();
            String replacement = people.contains(v) || participants.containsKey(v) ? "\"(a person)\"" : q.group();
            q.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        q.appendTail(out);
        return out.toString();
    }
}
