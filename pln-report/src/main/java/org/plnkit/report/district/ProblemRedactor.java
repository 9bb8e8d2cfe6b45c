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
 * does not hold them), and a quoted name of a person anyone listed becomes "(a person)". Messages about a
 * connection, its id or its links ({@code connection "…" has no category}, {@code link names "…"},
 * {@code linked_to names "…"}, {@code connection_id "…"}) quote what the participant typed for a connection,
 * often a person left out with their row: there, every quoted value that is not an organization or resource of
 * the cohort becomes "(a name)", and a "did you mean" suggestion is kept only when it is one. The line quoted by the
 * Windows-1252 warning and a url that does not look like one become "(hidden)". Values that name no one (a typo in
 * a category, a date, a number) are kept, so that the row can still be fixed; the place always is.
 *
 * <pre>{@code
 * UnaryOperator<String> redact = ProblemRedactor.of(cohort, CohortLabels.anonymous(analysis));
 * redact.apply("linked_to names \"Jane Kim\", which is not a connection of participant maria-lopez");
 * // linked_to names "(a person)", which is not a connection of Participant 12
 * redact.apply("link names \"Someone Unlisted\", which is not a connection id in this file; did you mean jane?");
 * // link names "(a name)", which is not a connection id in this file
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProblemRedactor implements UnaryOperator<String> {
    private static final Pattern PARTICIPANT = Pattern.compile(
            "participant(?:_id)? (?:\"([^\"]*)\"|([\\p{L}\\p{N}._@'-]+))");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** Messages whose quoted values are what was typed for a connection: its name, its id, a link's end. */
    private static final Pattern ABOUT_A_CONNECTION = Pattern.compile(
            "^(?:connection \"|connection id \"|connection_id \"|link names |link joins |linked_to )");
    private static final Pattern DID_YOU_MEAN = Pattern.compile("; did you mean (\"[^\"]*\"|[^?]*)\\?");
    /** Messages that quote a line of the file or a web address: either may hold a name. */
    private static final Pattern QUOTES_A_LINE = Pattern.compile(
            "^(?:url \"|the file is not UTF-8 text;.* which gives \")");

    private final Map<String, String> participants;
    private final Set<String> people;
    private final Set<String> others;

    private ProblemRedactor(Map<String, String> participants, Set<String> people, Set<String> others) {
        this.participants = participants;
        this.people = people;
        this.others = others;
    }

    /** The redactor for this cohort; the identity when the labels show names. */
    public static UnaryOperator<String> of(Cohort cohort, CohortLabels labels) {
        if (!labels.anonymized()) {
            return UnaryOperator.identity();
        }
        Map<String, String> ps = new HashMap<>();
        Set<String> people = new HashSet<>();
        Set<String> others = new HashSet<>();
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
                    people.add(c.id().strip());
                    c.sharedId().ifPresent(s -> people.add(s.strip()));
                } else {
                    others.add(c.name().strip());
                    others.add(c.id().strip());
                }
            }
        }
        others.removeAll(people);
        others.removeAll(ps.keySet());
        return new ProblemRedactor(ps, people, others);
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
        String text = b.toString();
        boolean aboutAConnection = ABOUT_A_CONNECTION.matcher(message).find();
        if (aboutAConnection) {
            Matcher d = DID_YOU_MEAN.matcher(text);
            StringBuilder kept = new StringBuilder();
            while (d.find()) {
                String v = d.group(1).strip().replaceAll("^\"|\"$", "");
                d.appendReplacement(kept, Matcher.quoteReplacement(others.contains(v) ? d.group() : ""));
            }
            text = d.appendTail(kept).toString();
        }
        boolean quotesALine = QUOTES_A_LINE.matcher(message).find();
        Matcher q = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            String v = q.group(1).strip();
            String replacement = people.contains(v) || participants.containsKey(v) ? "\"(a person)\""
                    : aboutAConnection && !others.contains(v) ? "\"(a name)\""
                    : quotesALine ? "\"(hidden)\"" : q.group();
            q.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        q.appendTail(out);
        return out.toString();
    }
}
