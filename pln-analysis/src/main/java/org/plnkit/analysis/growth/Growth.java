package org.plnkit.analysis.growth;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.plan.RecommendationType;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;

/**
 * How one participant's PLN grew between two snapshots ({@link GrowthComparer}). Immutable; the lists are in a fixed
 * order (connections in their snapshot's input order, categories in taxonomy order, topics in the participant's
 * order). {@code docs/growth.md} describes every part.
 *
 * <pre>{@code
 * Growth g = new GrowthComparer(AssessmentOptions.defaults()).compare(before, after);
 * g.added().size();            // connections new in AFTER
 * g.categoriesGained();        // e.g. [mentors]
 * g.health().delta();          // e.g. +12
 * g.followThrough().get(0).status();   // DONE
 * }</pre>
 *
 * @param participant        the participant as AFTER gives them
 * @param beforeAsOf         the date of BEFORE
 * @param afterAsOf          the date of AFTER
 * @param added              connections only in AFTER, in AFTER's order
 * @param dropped            connections only in BEFORE, in BEFORE's order
 * @param kept               connections in both, in AFTER's order, each with what changed (often nothing)
 * @param categoriesGained   category ids empty in BEFORE and not in AFTER, in taxonomy order
 * @param categoriesLost     category ids with connections in BEFORE and empty in AFTER, in taxonomy order
 * @param becameSturdy       category ids thin in BEFORE and covered, not thin, in AFTER
 * @param becameThin         category ids covered, not thin, in BEFORE and thin in AFTER
 * @param topics             how each topic's sources changed, for the topics of either snapshot
 * @param giveBack           the give-back share before and after
 * @param overdue            overdue check-ins before and after
 * @param health             the health score and its parts before and after
 * @param followThrough      each step of BEFORE's action plan, with how far it got
 * @param before             BEFORE's assessment
 * @param after              AFTER's assessment
 *
 * @since 0.1.0
 */
public record Growth(Participant participant, LocalDate beforeAsOf, LocalDate afterAsOf, List<Tie> added,
                     List<Tie> dropped, List<Kept> kept, List<String> categoriesGained, List<String> categoriesLost,
                     List<String> becameSturdy, List<String> becameThin, List<TopicShift> topics, Shares giveBack,
                     Counts overdue, HealthShift health, List<Step> followThrough, Assessment before,
                     Assessment after) {
    public Growth {
        Components.requireNonNull(Growth.class, participant, beforeAsOf, afterAsOf, added, dropped, kept,
                categoriesGained, categoriesLost, becameSturdy, becameThin, topics, giveBack, overdue, health,
                followThrough, before, after);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        kept = List.copyOf(kept);
        categoriesGained = List.copyOf(categoriesGained);
        categoriesLost = List.copyOf(categoriesLost);
        becameSturdy = List.copyOf(becameSturdy);
        becameThin = List.copyOf(becameThin);
        topics = List.copyOf(topics);
        followThrough = List.copyOf(followThrough);
    }

    /** The kept connections with at least one change, in AFTER's order. */
    public List<Kept> changed() {
        return kept.stream().filter(k -> !k.changes().isEmpty()).toList();
    }

    /** Whether nothing changed at all (no connection added, dropped or changed, the same scores). */
    public boolean unchanged() {
        return added.isEmpty() && dropped.isEmpty() && changed().isEmpty() && health.delta() == 0;
    }

    /** The share of follow-through steps done (a step partly done counts half); empty without steps. */
    public Optional<Double> followThroughShare() {
        if (followThrough.isEmpty()) {
            return Optional.empty();
        }
        double sum = 0;
        for (Step s : followThrough) {
            sum += s.status() == Status.DONE ? 1 : s.status() == Status.PARTLY ? 0.5 : 0;
        }
        return Optional.of(sum / followThrough.size());
    }

    /**
     * A connection added or dropped.
     *
     * @param id       its local id in the snapshot it is in
     * @param name     its name
     * @param kind     person, organization or resource
     * @param category its category id
     */
    public record Tie(String id, String name, Kind kind, String category) {
    }

    /**
     * A connection in both snapshots.
     *
     * @param beforeId its id in BEFORE
     * @param id       its id in AFTER
     * @param name     its name in AFTER
     * @param kind     its kind in AFTER
     * @param category its category in AFTER
     * @param by       what paired the two
     * @param changes  what changed, in the order name, category, frequency, value, participation, gives_back,
     *                 wants_more, topics
     */
    public record Kept(String beforeId, String id, String name, Kind kind, String category,
                       ConnectionMatcher.By by, List<Change> changes) {
        public Kept {
            changes = List.copyOf(changes);
        }

        /** The change of one field, if it changed. */
        public Optional<Change> change(String field) {
            return changes.stream().filter(c -> c.field().equals(field)).findFirst();
        }
    }

    /**
     * One field of a connection that changed, spelled as in the input contract ({@code participation},
     * {@code lurker}, {@code weekly}, {@code yes}); empty when not given.
     */
    public record Change(String field, Optional<String> before, Optional<String> after) {
    }

    /**
     * How a topic's sources changed.
     *
     * @param topic         the topic as AFTER spells it (BEFORE's spelling when AFTER does not name it)
     * @param sourcesBefore its sources in BEFORE (0 when BEFORE does not name the topic)
     * @param sourcesAfter  its sources in AFTER (0 when AFTER does not name the topic)
     * @param named         whether the topic is the participant's in BEFORE, AFTER or both
     */
    public record TopicShift(String topic, int sourcesBefore, int sourcesAfter, Named named) {
        /** A topic that had no source or one and now has two or more. */
        public boolean gainedSecondSource() {
            return sourcesBefore < 2 && sourcesAfter >= 2;
        }

        /** A topic that had a source and now has none. */
        public boolean lostOnlySource() {
            return sourcesBefore == 1 && sourcesAfter == 0 && named == Named.BOTH;
        }

        /** A topic that had no source and now has one or more. */
        public boolean gainedFirstSource() {
            return sourcesBefore == 0 && sourcesAfter >= 1;
        }
    }

    /** In which snapshots a topic is one the participant needs to keep up with. */
    public enum Named {
        BEFORE, AFTER, BOTH
    }

    /** A share before and after; empty without connections. */
    public record Shares(Optional<Double> before, Optional<Double> after) {
    }

    /** A count before and after. */
    public record Counts(int before, int after) {
        public int delta() {
            return after - before;
        }
    }

    /**
     * The health score before and after, and each part.
     *
     * @param before the score of BEFORE
     * @param after  the score of AFTER
     * @param parts  each part, in the order of {@link Health.Part}
     */
    public record HealthShift(int before, int after, List<PartShift> parts) {
        public HealthShift {
            parts = List.copyOf(parts);
        }

        public int delta() {
            return after - before;
        }

        /** The shift of one part. */
        public PartShift part(Health.Part part) {
            return parts.stream().filter(p -> p.part() == part).findFirst().orElseThrow();
        }
    }

    /** One part of the health score before and after; empty where it does not apply. */
    public record PartShift(Health.Part part, Optional<Integer> before, Optional<Integer> after) {
        /** after − before, when both apply. */
        public Optional<Integer> delta() {
            return before.isPresent() && after.isPresent() ? Optional.of(after.get() - before.get())
                    : Optional.empty();
        }
    }

    /**
     * A step of BEFORE's action plan and how far it got by AFTER.
     *
     * @param rank     its rank in BEFORE's plan
     * @param type     what kind of step
     * @param title    the step as the plan put it
     * @param status   done, partly or not yet
     * @param evidence what shows it, e.g. "now 2 connections in Mentors"
     */
    public record Step(int rank, RecommendationType type, String title, Status status, String evidence) {
    }

    /** How far a step got. */
    public enum Status {
        DONE("done"), PARTLY("partly"), NOT_YET("not yet");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        /** As people read it: "done", "partly", "not yet". */
        public String words() {
            return words;
        }
    }
}
