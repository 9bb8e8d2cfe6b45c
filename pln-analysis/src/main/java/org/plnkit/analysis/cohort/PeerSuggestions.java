package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Objects;
import org.plnkit.analysis.plan.Need;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Peer recommendations: for a participant's gap or uncovered topic, the shared organizations and resources that
 * similar participants rely on, with the reason ("Used by 14 of the 22 teacher librarians in your community.").
 * A {@link SuggestionSource}, so that it feeds each participant's action plan:
 *
 * <pre>{@code
 * Assessment a = Assessor.assess(pln, analysis.participantOptions(pln));   // the plan now names what peers use
 * analysis.peers().suggest(Need.category("online-journals"), pln, 3);
 * }</pre>
 *
 * <p>Peers are, from the most to the least alike: the participants of the same community with the same role, of the
 * same school, of the same community, of the same role, and the whole cohort. A group counts only with at least
 * {@code peerMinGroup} members (the participant included), and a node only when at least {@code peerMinUsers} of
 * them name it — in that category for a category need, with that topic for a topic need. Each node is suggested for
 * the group where the largest share of members use it (ties: the more alike group), and suggestions come by that
 * share, then by how many use it, then by first mention. People are never suggested, nor what the participant
 * already names (the same node, or the same name or web address). A participant the cohort does not know gets what
 * the whole cohort uses.
 *
 * <p>The index is built on the first suggestion asked for (district outputs do not need it), then shared; the
 * source is thread-safe.
 *
 * @since 0.1.0
 */
public final class PeerSuggestions implements SuggestionSource {
    private final Cohort cohort;
    private final CohortGraph graph;
    private final Taxonomy taxonomy;
    private final int[] community;
    private final Groups schools;
    private final Groups roles;
    private final CohortOptions options;
    private volatile PeerIndex index;

    PeerSuggestions(Cohort cohort, CohortGraph graph, Taxonomy taxonomy, int[] community, Groups schools,
                    Groups roles, CohortOptions options) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.graph = graph;
        this.taxonomy = taxonomy;
        this.community = community.clone();
        this.schools = schools;
        this.roles = roles;
        this.options = options;
    }

    @Override
    public List<Suggestion> suggest(Need need, Pln pln, int limit) {
        return index().suggest(need, pln, limit);
    }

    private PeerIndex index() {
        PeerIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = PeerIndex.build(cohort, graph, taxonomy, community, schools, roles, options);
                    index = i;
                }
            }
        }
        return i;
    }

    /** "Teacher librarian" → "teacher librarians"; "Instructional coach" → "instructional coaches". */
    static String plural(String role) {
        return PeerIndex.plural(role);
    }
}
