package org.plnkit.analysis.cohort;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.plnkit.core.identity.SharedNode;
import org.plnkit.core.model.Kind;
import org.plnkit.core.privacy.Anonymizer;

/**
 * How people are named in district outputs. {@link #anonymous} (the default of {@code pln cohort}): participants
 * become "Participant 007" (their position in the input, zero-padded so that the labels sort in input order) and
 * shared people become "Mentor 1", "Local colleague 2"… after their category, numbered in order of first
 * mention ({@link Anonymizer#personLabel}); organizations, resources, schools and roles keep their names.
 * {@link #shown} keeps everyone's name.
 *
 * <pre>{@code
 * CohortLabels labels = CohortLabels.anonymous(analysis);
 * labels.participant(6);   // "Participant 007"
 * labels.node(12);         // "Mentor 3" for a shared person, the name for anything else
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortLabels {
    private final CohortGraph graph;
    private final boolean anonymized;
    private final String[] personLabels;
    private final int width;

    private CohortLabels(CohortGraph graph, boolean anonymized, String[] personLabels) {
        this.graph = graph;
        this.anonymized = anonymized;
        this.personLabels = personLabels;
        this.width = Integer.toString(Math.max(1, graph.participantCount())).length();
    }

    /** Everyone by name. */
    public static CohortLabels shown(CohortAnalysis analysis) {
        return new CohortLabels(analysis.graph(), false, null);
    }

    /** People anonymized: participants by number, shared people by category and number. */
    public static CohortLabels anonymous(CohortAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        CohortGraph g = analysis.graph();
        Anonymizer anonymizer = new Anonymizer(analysis.taxonomy());
        Map<String, Integer> perCategory = new HashMap<>();
        String[] labels = new String[g.nodeCount()];
        for (int j = 0; j < labels.length; j++) {
            SharedNode n = g.node(j);
            if (n.kind() == Kind.PERSON) {
                int k = perCategory.merge(n.category(), 1, Integer::sum);
                labels[j] = anonymizer.personLabel(n.category()) + " " + k;
            }
        }
        return new CohortLabels(g, true, labels);
    }

    /** Whether people are anonymized. */
    public boolean anonymized() {
        return anonymized;
    }

    /** What a participant is called. */
    public String participant(int index) {
        if (!anonymized) {
            return graph.participant(index).displayName();
        }
        String number = Integer.toString(index + 1);   // zero-padded to the cohort's widest number
        return "Participant " + "0".repeat(Math.max(0, width - number.length())) + number;
    }

    /** What a shared node is called. */
    public String node(int node) {
        if (anonymized && personLabels[node] != null) {
            return personLabels[node];
        }
        return graph.displayName(node);
    }

    /**
     * The first step of a participant's action plan as district outputs show it: its title, which may name a person
     * ("Find more sources beside Jane Kim"); anonymized, the same title with every person named by kind ("Find more
     * sources beside one person"): topics, categories, organizations and resources keep their names. The taxonomy is
     * no longer needed and is kept for callers.
     */
    public String firstStep(CohortParticipant.Scores s, org.plnkit.core.model.Taxonomy taxonomy) {
        if (!anonymized) {
            return s.firstStep().orElse("");
        }
        return s.firstStepByKind().orElse("");
    }

    /** Whether a shared node's name is hidden (a person, anonymized). */
    public boolean hidden(int node) {
        return anonymized && personLabels[node] != null;
    }
}
