package org.plnkit.analysis.growth;

import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;

/**
 * How a cohort grew between two waves ({@link CohortGrowthAnalyzer}): each participant in both waves, those in only
 * one, and the figures district staff report. Participants are paired by participant id.
 *
 * <pre>{@code
 * CohortGrowth g = new CohortGrowthAnalyzer(CohortOptions.defaults()).analyze(wave1, wave2);
 * g.overview().medianChange();                 // e.g. 6.0
 * g.overview().ciLow(); g.overview().ciHigh(); // its 95 % bootstrap interval
 * g.onlyBefore();                              // who left after wave 1
 * }</pre>
 *
 * @param participants the participants of both waves, in wave 2's order
 * @param onlyBefore   participants only in wave 1, in its order
 * @param onlyAfter    participants only in wave 2, in its order
 * @param overview     the cohort's figures
 * @param bySchool     the same by school (wave 2's), by name; "(not given)" last
 * @param byRole       the same by role (wave 2's), by name; "(not given)" last
 * @param categories   for each category of the taxonomy, how many participants gained it and lost it
 * @param spread       shared organizations and resources named by more paired participants in wave 2 than in wave 1,
 *                     most spread first
 *
 * @since 0.1.0
 */
public record CohortGrowth(List<ParticipantGrowth> participants, List<Participant> onlyBefore,
                           List<Participant> onlyAfter, Overview overview, List<Group> bySchool, List<Group> byRole,
                           List<CategoryChange> categories, List<Spread> spread) {
    public CohortGrowth {
        participants = List.copyOf(participants);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
        bySchool = List.copyOf(bySchool);
        byRole = List.copyOf(byRole);
        categories = List.copyOf(categories);
        spread = List.copyOf(spread);
    }

    /** The label of a group without a school or role. */
    public static final String NOT_GIVEN = "(not given)";

    /** The participants compared, sorted so that those who declined or stalled come first (then by id). */
    public List<ParticipantGrowth> declinedFirst() {
        return participants.stream().sorted(java.util.Comparator
                .comparingInt((ParticipantGrowth p) -> p.compared() ? p.healthDelta() : Integer.MAX_VALUE)
                .thenComparing(p -> p.participant().id())).toList();
    }

    /**
     * One participant of both waves.
     *
     * @param index        their position in wave 2
     * @param participant  as wave 2 gives them
     * @param healthBefore the health score in wave 1
     * @param healthAfter  the health score in wave 2
     * @param gained       category ids gained, in taxonomy order
     * @param lost         category ids lost, in taxonomy order
     * @param added        connections added
     * @param dropped      connections dropped
     * @param changed      kept connections that changed
     * @param followThrough the share of wave 1's plan done (partly counts half); empty without steps
     * @param failure      why they could not be compared (e.g. no date), empty when they were
     */
    public record ParticipantGrowth(int index, Participant participant, int healthBefore, int healthAfter,
                                    List<String> gained, List<String> lost, int added, int dropped, int changed,
                                    Optional<Double> followThrough, Optional<String> failure) {
        public ParticipantGrowth {
            gained = List.copyOf(gained);
            lost = List.copyOf(lost);
        }

        /** The summary of a growth. */
        public static ParticipantGrowth of(int index, Participant p, Growth g) {
            return new ParticipantGrowth(index, p, g.health().before(), g.health().after(), g.categoriesGained(),
                    g.categoriesLost(), g.added().size(), g.dropped().size(), g.changed().size(),
                    g.followThroughShare(), Optional.empty());
        }

        /** A participant of both waves who could not be compared. */
        public static ParticipantGrowth failed(int index, Participant p, String reason) {
            return new ParticipantGrowth(index, p, 0, 0, List.of(), List.of(), 0, 0, 0, Optional.empty(),
                    Optional.of(reason));
        }

        public boolean compared() {
            return failure.isEmpty();
        }

        public int healthDelta() {
            return healthAfter - healthBefore;
        }
    }

    /**
     * The figures of a cohort or a group of it.
     *
     * @param compared           participants compared
     * @param medianChange       the median change of the health score
     * @param ciLow              the lower end of its 95 % bootstrap confidence interval
     * @param ciHigh             the upper end
     * @param improved           participants whose score rose
     * @param declined           participants whose score fell
     * @param shareGainingCategory the share of participants who gained at least one category
     * @param medianBefore       the median score in wave 1
     * @param medianAfter        the median score in wave 2
     */
    public record Overview(int compared, double medianChange, double ciLow, double ciHigh, int improved,
                           int declined, double shareGainingCategory, double medianBefore, double medianAfter) {
    }

    /** A school or a role and its figures. */
    public record Group(String name, Overview overview) {
    }

    /** How many participants gained and lost a category. */
    public record CategoryChange(String category, String label, int gained, int lost) {
    }

    /**
     * A shared organization or resource that spread.
     *
     * @param id     its identity key (as in the cohort's identity)
     * @param name   its most frequent name
     * @param kind   organization or resource
     * @param category its most frequent category
     * @param before paired participants naming it in wave 1
     * @param after  paired participants naming it in wave 2
     */
    public record Spread(String id, String name, Kind kind, String category, int before, int after) {
    }
}
