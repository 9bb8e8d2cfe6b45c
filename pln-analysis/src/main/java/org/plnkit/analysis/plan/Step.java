package org.plnkit.analysis.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Participation;

/**
 * What one step of an action plan asks, as data: a kind of step and its arguments (ids, category labels, counts,
 * shares, the connections it names). The words people read are rendered from it in one place, {@link StepWords};
 * an embedding tool can switch over the kinds and use its own words, and a redactor finds every connection a step
 * names in {@link #connections()} and the arguments of kind connection, never by reading the prose.
 *
 * <pre>{@code
 * if (recommendation.step() instanceof Step.FindSource s) {
 *     say("No source yet for " + s.topic());
 * } else if (recommendation.step() instanceof Step.AddInCategory s) {
 *     say("Nothing yet in " + s.label());
 * } else {
 *     say(recommendation.title());   // the tool's own words
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public sealed interface Step {
    /** What the step asks the participant to do, in broad terms: its kind's type. */
    default RecommendationType type() {
        return kind().type();
    }

    /** The kind of step, to switch on: the one of its record ({@link Reach} has two, and says which). */
    default Kind kind() {
        return Kind.of(getClass());
    }

    /** The category it is about, if any (an id of the taxonomy): its {@code category} argument. */
    default Optional<String> category() {
        return arguments().get("category") instanceof String id ? Optional.of(id) : Optional.empty();
    }

    /**
     * The topics it is about, in the participant's order: its {@code topic} argument, if any; a step about several
     * topics gives them itself.
     */
    default List<String> topics() {
        return arguments().get("topic") instanceof String topic ? List.of(topic) : List.of();
    }

    /**
     * The connections it names or is about: every {@link ConnectionRef} among its {@link #arguments()}, in their
     * order. Read from the arguments, so that a redactor that covers these covers every connection a step names.
     */
    default List<ConnectionRef> connections() {
        List<ConnectionRef> refs = new ArrayList<>();
        collectRefs(arguments().values(), refs);
        return List.copyOf(refs);
    }

    /**
     * The arguments by name, in a fixed order, for JSON and other generic writers. Values are strings, numbers,
     * booleans, {@link ConnectionRef}s, lists of these, or lists of maps of these (one map an item, e.g. each overdue
     * check-in); an absent optional value is left out.
     */
    Map<String, Object> arguments();

    /**
     * The kinds of step, each with its spelling in JSON ({@link #id()}, also its {@code toString()}) and the type of
     * recommendation it makes.
     *
     * <pre>{@code
     * switch (step.kind()) {
     *     case FIND_SOURCE, SECOND_SOURCE -> say("Look for someone who knows about " + step.topics());
     *     default -> say(StepWords.title(step));
     * }
     * }</pre>
     *
     * @since 0.2.0
     */
    enum Kind {
        FIND_SOURCE("find-source", RecommendationType.COVER_TOPIC, FindSource.class),
        SOLE_SOURCE("sole-source", RecommendationType.REDUCE_RELIANCE, SoleSource.class),
        LEAN_LESS("lean-less", RecommendationType.REDUCE_RELIANCE, LeanLess.class),
        SPREAD_ENGAGEMENT("spread-engagement", RecommendationType.REDUCE_RELIANCE, SpreadEngagement.class),
        REACH_ONLINE("reach-online", RecommendationType.FILL_GAP, Reach.class),
        REACH_LOCAL("reach-local", RecommendationType.FILL_GAP, Reach.class),
        ADD_IN_CATEGORY("add-in-category", RecommendationType.FILL_GAP, AddInCategory.class),
        EXPLORE_CATEGORIES("explore-categories", RecommendationType.FILL_GAP, ExploreCategories.class),
        SECOND_SOURCE("second-source", RecommendationType.COVER_TOPIC, SecondSource.class),
        FIRST_STEP("first-step", RecommendationType.GET_INVOLVED, FirstStep.class),
        REENGAGE_CATEGORY("reengage-category", RecommendationType.RE_ENGAGE, ReengageCategory.class),
        REVIEW_MEMBERSHIP("review-membership", RecommendationType.RE_ENGAGE, ReviewMembership.class),
        GIVE_BACK("give-back", RecommendationType.GIVE_BACK, GiveBackMore.class),
        GIVE_BACK_TO_PEOPLE("give-back-to-people", RecommendationType.GIVE_BACK, GiveBackToPeople.class),
        STRENGTHEN_CATEGORY("strengthen-category", RecommendationType.FILL_GAP, StrengthenCategory.class),
        STRENGTHEN_CATEGORIES("strengthen-categories", RecommendationType.FILL_GAP, StrengthenCategories.class),
        CHECK_IN("check-in", RecommendationType.CHECK_IN, CheckIn.class),
        NOTE_LAST_CONTACT("note-last-contact", RecommendationType.CHECK_IN, NoteLastContact.class),
        ORGANIZE("organize", RecommendationType.ORGANIZE, Organize.class);

        /** The kind of each record's steps; {@link Reach} has two and answers itself. */
        private static final Map<Class<?>, Kind> BY_RECORD = new HashMap<>();

        static {
            for (Kind k : values()) {
                BY_RECORD.putIfAbsent(k.record, k);
            }
        }

        private final String id;
        private final RecommendationType type;
        private final Class<? extends Step> record;

        Kind(String id, RecommendationType type, Class<? extends Step> record) {
            this.id = id;
            this.type = type;
            this.record = record;
        }

        static Kind of(Class<?> record) {
            return BY_RECORD.get(record);
        }

        /** The record of its steps, e.g. {@link FindSource} (both reach kinds are {@link Reach}'s). */
        public Class<? extends Step> record() {
            return record;
        }

        /** The spelling in JSON, e.g. {@code find-source}. */
        public String id() {
            return id;
        }

        /** What a step of this kind asks, in broad terms. */
        public RecommendationType type() {
            return type;
        }

        /** The JSON spelling, so that a kind prints as it did when it was a string. */
        @Override
        public String toString() {
            return id;
        }
    }

    /** Find a source for a topic nobody in the PLN helps with. */
    record FindSource(String topic, int topicCount, int connectionCount) implements Step {
        public FindSource {
            Objects.requireNonNull(topic, "topic");
        }

        public Map<String, Object> arguments() {
            return args("topic", topic, "topicCount", topicCount, "connectionCount", connectionCount);
        }
    }

    /**
     * Find more sources beside a connection that is the only source of several topics.
     *
     * @param topShare its share of the engagement, when it is also at or above the top-share limit
     */
    record SoleSource(ConnectionRef connection, List<String> soleSourceOf, int topicCount, Optional<Double> topShare)
            implements Step {
        public SoleSource {
            Objects.requireNonNull(connection, "connection");
            soleSourceOf = List.copyOf(soleSourceOf);
            Objects.requireNonNull(topShare, "topShare");
        }

        public List<String> topics() {
            return soleSourceOf;
        }

        public Map<String, Object> arguments() {
            return args("connection", connection, "soleSourceOf", soleSourceOf, "topicCount", topicCount,
                    "topShare", topShare);
        }
    }

    /**
     * Lean less on the connection (or the connections tied for it) with the largest share of the engagement.
     *
     * @param tied   the connections, one unless tied
     * @param topics their topics, in the participant's order
     * @param share  the share each carries
     * @param limit  the top-share limit
     */
    record LeanLess(List<ConnectionRef> tied, List<String> topics, double share, double limit) implements Step {
        public LeanLess {
            tied = List.copyOf(tied);
            topics = List.copyOf(topics);
        }

        public Map<String, Object> arguments() {
            return args("connections", tied, "topics", topics, "share", share, "limit", limit);
        }
    }

    /**
     * Spread engagement concentrated on a few connections.
     *
     * @param top   the top connections (at most three)
     * @param share the share they carry together
     * @param index the concentration index
     * @param limit its limit
     */
    record SpreadEngagement(List<ConnectionRef> top, double share, double index, double limit) implements Step {
        public SpreadEngagement {
            top = List.copyOf(top);
        }

        public Map<String, Object> arguments() {
            return args("connections", top, "share", share, "index", index, "limit", limit);
        }
    }

    /**
     * Reach beyond a PLN that is all or mostly local (or all or mostly online).
     *
     * @param online      true to reach online (the PLN is mostly local), false to reach people near (mostly online)
     * @param mostly      how many connections are on the side the PLN leans to
     * @param other       how many are on the other side
     * @param connectionCount how many connections there are
     */
    record Reach(boolean online, int mostly, int other, int connectionCount) implements Step {
        public Kind kind() {
            return online ? Kind.REACH_ONLINE : Kind.REACH_LOCAL;
        }

        public Map<String, Object> arguments() {
            return args("mostly", mostly, "other", other, "connectionCount", connectionCount);
        }
    }

    /**
     * Add a connection in an empty category.
     *
     * @param examples the taxonomy's examples, said only when no concrete suggestion is found
     */
    record AddInCategory(String categoryId, String label, boolean core, int gaps, int categories,
                         List<String> examples) implements Step {
        public AddInCategory {
            Objects.requireNonNull(categoryId, "categoryId");
            Objects.requireNonNull(label, "label");
            examples = List.copyOf(examples);
        }

        public Map<String, Object> arguments() {
            return args("category", categoryId, "label", label, "core", core, "emptyCategories", gaps,
                    "categories", categories, "examples", examples);
        }
    }

    /** Explore the empty categories left after the first few (one step for all). */
    record ExploreCategories(List<String> categoryIds, List<String> labels) implements Step {
        public ExploreCategories {
            categoryIds = List.copyOf(categoryIds);
            labels = List.copyOf(labels);
        }

        public Map<String, Object> arguments() {
            return args("categories", categoryIds, "labels", labels);
        }
    }

    /** Add a second source for a topic with a single source. */
    record SecondSource(String topic, ConnectionRef only) implements Step {
        public SecondSource {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(only, "only");
        }

        public Map<String, Object> arguments() {
            return args("topic", topic, "connection", only);
        }
    }

    /** Take a first step where the participant wants to be more active. */
    record FirstStep(ConnectionRef connection, Optional<Participation> participation) implements Step {
        public FirstStep {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(participation, "participation");
        }

        public Map<String, Object> arguments() {
            return args("connection", connection, "participation", participation.map(Participation::id));
        }
    }

    /**
     * Re-engage with a category whose connections are all low-engagement.
     *
     * @param count     how many connections it holds
     * @param in        its connections, by id
     * @param maxWeight the highest engagement weight in it
     * @param limit     the low-engagement limit
     * @param people    whether the category usually holds people (found again rather than replaced)
     */
    record ReengageCategory(String categoryId, String label, int count, List<ConnectionRef> in, double maxWeight, double limit,
                            boolean people) implements Step {
        public ReengageCategory {
            Objects.requireNonNull(categoryId, "categoryId");
            Objects.requireNonNull(label, "label");
            in = List.copyOf(in);
        }

        public Map<String, Object> arguments() {
            return args("category", categoryId, "label", label, "connectionCount", count, "connections", in,
                    "maxWeight", maxWeight,
                    "limit", limit, "people", people);
        }
    }

    /**
     * Review what a membership gives.
     *
     * @param lowValue      the value given, when it is low
     * @param participation how little the participant takes part, when that is a reason
     * @param often         how often it is used, when daily or weekly
     */
    record ReviewMembership(ConnectionRef connection, Optional<Integer> lowValue, Optional<Participation> participation,
                            Optional<Frequency> often) implements Step {
        public ReviewMembership {
            Components.requireNonNull(ReviewMembership.class, connection, lowValue, participation, often);
        }

        public Map<String, Object> arguments() {
            return args("connection", connection, "lowValue", lowValue, "participation",
                    participation.map(Participation::id), "often", often.map(Frequency::id));
        }
    }

    /**
     * Give back more: the share given back to is below the target.
     *
     * @param givesBackTo   how many connections one gives back to
     * @param canGiveBackTo how many one can give back to
     * @param share         givesBackTo / canGiveBackTo
     * @param target        the target share
     * @param oneWay        the people one learns from without giving back
     */
    record GiveBackMore(int givesBackTo, int canGiveBackTo, double share, double target, List<ConnectionRef> oneWay)
            implements Step {
        public GiveBackMore {
            oneWay = List.copyOf(oneWay);
        }

        public Map<String, Object> arguments() {
            return args("givesBackTo", givesBackTo, "canGiveBackTo", canGiveBackTo, "share", share, "target", target,
                    "oneWayTies", oneWay);
        }
    }

    /** Give back to the people one learns from without giving back (the share is on target). */
    record GiveBackToPeople(List<ConnectionRef> oneWay) implements Step {
        public GiveBackToPeople {
            oneWay = List.copyOf(oneWay);
        }

        public Map<String, Object> arguments() {
            return args("oneWayTies", oneWay);
        }
    }

    /**
     * Strengthen one thin category.
     *
     * @param in its connections, by id
     */
    record StrengthenCategory(String categoryId, String label, int count, Set<Coverage.Reason> reasons,
                              List<ConnectionRef> in) implements Step {
        public StrengthenCategory {
            Objects.requireNonNull(categoryId, "categoryId");
            Objects.requireNonNull(label, "label");
            reasons = Set.copyOf(reasons);
            in = List.copyOf(in);
        }

        public Map<String, Object> arguments() {
            return args("category", categoryId, "label", label, "connectionCount", count, "reasons",
                    reasonIds(reasons), "connections", in);
        }
    }

    /**
     * Strengthen many thin categories in one step.
     *
     * @param thin    the thin categories, in taxonomy order
     * @param covered how many categories have connections
     */
    record StrengthenCategories(List<Coverage.ThinCategory> thin, int covered) implements Step {
        public StrengthenCategories {
            thin = List.copyOf(thin);
        }

        public Map<String, Object> arguments() {
            List<Object> items = new ArrayList<>();
            for (Coverage.ThinCategory t : thin) {
                items.add(args("category", t.category(), "label", t.label(), "connectionCount", t.connections(),
                        "reasons", reasonIds(t.reasons())));
            }
            return args("thinCategories", items, "covered", covered);
        }
    }

    /**
     * Check in with overdue connections.
     *
     * @param overdue the overdue check-ins, most overdue first, each with the way one keeps up with it
     */
    record CheckIn(List<Overdue> overdue) implements Step {
        public CheckIn {
            overdue = List.copyOf(overdue);
            if (overdue.isEmpty()) {
                throw new IllegalArgumentException("nothing overdue");
            }
        }

        public Map<String, Object> arguments() {
            List<Object> items = new ArrayList<>();
            for (Overdue o : overdue) {
                items.add(args("connection", o.connection(), "frequency", o.frequency().id(), "daysSince",
                        o.daysSince(), "way", o.way().id()));
            }
            return args("overdue", items);
        }
    }

    /** One overdue check-in and how one keeps up with that connection. */
    record Overdue(ConnectionRef connection, Frequency frequency, long daysSince, Ways way) {
        public Overdue {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(frequency, "frequency");
            Objects.requireNonNull(way, "way");
        }
    }

    /** Note when the last contact was, for connections without a date. */
    record NoteLastContact(List<ConnectionRef> undated, int connectionCount) implements Step {
        public NoteLastContact {
            undated = List.copyOf(undated);
        }

        public Map<String, Object> arguments() {
            return args("connections", undated, "connectionCount", connectionCount);
        }
    }

    /** Choose a tool to organize the PLN. */
    record Organize(int connectionCount) implements Step {
        public Map<String, Object> arguments() {
            return args("connectionCount", connectionCount);
        }
    }

    /** Adds the connection references among {@code values}, looking into lists and maps of arguments. */
    private static void collectRefs(Iterable<?> values, List<ConnectionRef> refs) {
        for (Object v : values) {
            if (v instanceof ConnectionRef c) {
                refs.add(c);
            } else if (v instanceof List<?> l) {
                collectRefs(l, refs);
            } else if (v instanceof Map<?, ?> m) {
                collectRefs(m.values(), refs);
            }
        }
    }

    private static List<String> reasonIds(Set<Coverage.Reason> reasons) {
        return reasons.stream().sorted().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .toList();
    }

    /** Name-value pairs in order; empty optionals are left out, present ones unwrapped. */
    private static Map<String, Object> args(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v instanceof Optional<?> o) {
                if (o.isEmpty()) {
                    continue;
                }
                v = o.get();
            }
            m.put((String) pairs[i], v);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
