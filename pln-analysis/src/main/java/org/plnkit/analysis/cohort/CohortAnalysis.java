package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * What district staff learn about a cohort: every participant's scores, coverage across the cohort, the shared
 * nodes that matter, communities, bridges, isolated participants, and peer recommendations. Immutable; made by
 * {@link CohortAnalyzer}; written as JSON by {@link CohortJson}. Every measure is defined in
 * {@code docs/measures.md} ("Cohort measures").
 *
 * <pre>{@code
 * CohortAnalysis a = CohortAnalyzer.analyze(cohort, CohortOptions.defaults().withThreads(4));
 * a.coverage().byCategory();          // have / thin / lack per category
 * a.health().overall().median();
 * a.sharedResources().get(0).name();  // what most participants rely on
 * a.keystones();                      // nodes whose loss leaves participants without a source
 * a.communities().size();
 * a.isolated();                       // participants who share nothing with anyone
 * }</pre>
 *
 * @param options          the options it was computed with
 * @param taxonomy         the taxonomy the participants were assessed against
 * @param participants     one per participant, in input order
 * @param graph            the cohort graph
 * @param projection       the participant–participant projection
 * @param coverage         coverage per category, per school and per role
 * @param health           the distribution of health scores and sub-scores
 * @param sharedResources  every shared node, ranked by how many participants name it
 * @param keystones        shared nodes whose loss would leave at least {@code minKeystone} participants without a
 *                         source, most affected first
 * @param communities      the communities, largest first
 * @param modularity       the modularity of the communities in the projection (Newman's Q; singletons count as
 *                         their own groups)
 * @param bridges          participants who bridge communities or schools, highest betweenness first
 * @param betweennessExact whether betweenness is exact (else estimated from {@code betweennessSources} sources)
 * @param isolated         indices of participants who share nothing with anyone, ascending
 * @param peers            peer recommendations
 * @param schools          the participants' schools grouped as the coverage groups them (spellings that differ in
 *                         case, spaces or punctuation are one school, under the spelling most participants wrote):
 *                         every output that names a participant's school uses {@link Groups#nameOf}
 * @param roles            the participants' roles grouped the same way
 *
 * @since 0.1.0
 */
public record CohortAnalysis(CohortOptions options, Taxonomy taxonomy, List<CohortParticipant> participants,
                             CohortGraph graph, Projection projection, CoverageSummary coverage,
                             HealthDistribution health, List<SharedResource> sharedResources,
                             List<Keystone> keystones, List<Community> communities, double modularity,
                             List<Bridge> bridges, boolean betweennessExact, List<Integer> isolated,
                             PeerSuggestions peers, Groups schools, Groups roles) {
    public CohortAnalysis {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(taxonomy, "taxonomy");
        participants = List.copyOf(participants);
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(health, "health");
        sharedResources = List.copyOf(sharedResources);
        keystones = List.copyOf(keystones);
        communities = List.copyOf(communities);
        bridges = List.copyOf(bridges);
        isolated = List.copyOf(isolated);
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(roles, "roles");
    }

    /** The number of participants. */
    public int size() {
        return participants.size();
    }

    /** The participant with this id. */
    public Optional<CohortParticipant> participant(String id) {
        return graph.indexOf(id).map(participants::get);
    }

    /** Participants who could be assessed. */
    public int assessed() {
        return (int) participants.stream().filter(p -> p.scores().isPresent()).count();
    }

    /** Participants who could not be assessed, in input order; {@link CohortParticipant#problem()} says why. */
    public List<CohortParticipant> failures() {
        return participants.stream().filter(p -> p.problem().isPresent()).toList();
    }

    /** The total number of connections. */
    public long connections() {
        return participants.stream().mapToLong(CohortParticipant::connections).sum();
    }

    /**
     * The options to assess one participant's PLN with, so that its action plan names what peers use: the cohort's
     * assessment options, as of the participant's date, with the suggestions in this order: a district's own
     * resource directory, then what colleagues in the cohort use (the peer recommendations), then the generic
     * starter directory. A suggestion source that is not a resource directory comes before the peers.
     */
    public AssessmentOptions participantOptions(Pln pln) {
        AssessmentOptions base = options.assessment();
        SuggestionSource given = base.suggestions();
        SuggestionSource both;
        if (given instanceof org.plnkit.analysis.plan.ResourceDirectory d) {
            both = d.own().then(peers).then(d.starterPart());
        } else {
            both = given == SuggestionSource.NONE ? peers : given.then(peers);
        }
        AssessmentOptions o = base.withSuggestions(both);
        return options.asOfFor(pln.participant()).map(o::withAsOf).orElse(o);
    }
}
