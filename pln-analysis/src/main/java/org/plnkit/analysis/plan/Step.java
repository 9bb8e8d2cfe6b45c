package org.plnkit.analysis.plan;

import java.util.ArrayList;
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
    /** What the step asks the participant to do, in broad terms. */
    RecommendationType type();

    /** The step kind's spelling in JSON, e.g. {@code find-source}. */
    String kind();

    /** The category it is about, if any (an id of the taxonomy). */
    default Optional<String> category() {
        return Optional.empty();
    }

    /** The topics it is about, in the participant's order. */
    default List<String> topics() {
        return List.of();
    }

    /** The connections it names or is about. */
    default List<ConnectionRef> connections() {
        return List.of();
    }

    /**
     * The arguments by name, in a fixed order, for JSON and other generic writers. Values are strings, numbers,
     * booleans, {@link ConnectionRef}s, or lists of these; an absent optional value is left out.
     */
    Map<String, Object> arguments();

    /** Find a source for a topic nobody in the PLN helps with. */
    record FindSource(String topic, int topicCount, int connectionCount) implements Step {
        public FindSource {
            Objects.requireNonNull(topic, "topic");
        }

        public RecommendationType type() {
            return RecommendationType.COVER_TOPIC;
        }

        public String kind() {
            return "find-source";
        }

        public List<String> topics() {
            return List.of(topic);
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

        public RecommendationType type() {
            return RecommendationType.REDUCE_RELIANCE;
        }

        public String kind() {
            return "sole-source";
        }

        public List<String> topics() {
            return soleSourceOf;
        }

        public List<ConnectionRef> connections() {
            return List.of(connection);
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

        public RecommendationType type() {
            return RecommendationType.REDUCE_RELIANCE;
        }

        public String kind() {
            return "lean-less";
        }

        public List<ConnectionRef> connections() {
            return tied;
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

        public RecommendationType type() {
            return RecommendationType.REDUCE_RELIANCE;
        }

        public String kind() {
            return "spread-engagement";
        }

        public List<ConnectionRef> connections() {
            return top;
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
        public RecommendationType type() {
            return RecommendationType.FILL_GAP;
        }

        public String kind() {
            return online ? "reach-online" : "reach-local";
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

        public RecommendationType type() {
            return RecommendationType.FILL_GAP;
        }

        public String kind() {
            return "add-in-category";
        }

        public Optional<String> category() {
            return Optional.of(categoryId);
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

        public RecommendationType type() {
            return RecommendationType.FILL_GAP;
        }

        public String kind() {
            return "explore-categories";
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

        public RecommendationType type() {
            return RecommendationType.COVER_TOPIC;
        }

        public String kind() {
            return "second-source";
        }

        public List<String> topics() {
            return List.of(topic);
        }

        public List<ConnectionRef> connections() {
            return List.of(only);
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

        public RecommendationType type() {
            return RecommendationType.GET_INVOLVED;
        }

        public String kind() {
            return "first-step";
        }

        public List<ConnectionRef> connections() {
            return List.of(connection);
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

        public RecommendationType type() {
            return RecommendationType.RE_ENGAGE;
        }

        public String kind() {
            return "reengage-category";
        }

        public Optional<String> category() {
            return Optional.of(categoryId);
        }

        public List<ConnectionRef> connections() {
            return in;
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

        public RecommendationType type() {
            return RecommendationType.RE_ENGAGE;
        }

        public String kind() {
            return "review-membership";
        }

        public List<ConnectionRef> connections() {
            return List.of(connection);
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

        public RecommendationType type() {
            return RecommendationType.GIVE_BACK;
        }

        public String kind() {
            return "give-back";
        }

        public List<ConnectionRef> connections() {
            return oneWay;
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

        public RecommendationType type() {
            return RecommendationType.GIVE_BACK;
        }

        public String kind() {
            return "give-back-to-people";
        }

        public List<ConnectionRef> connections() {
            return oneWay;
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

        public RecommendationType type() {
            return RecommendationType.FILL_GAP;
        }

        public String kind() {
            return "strengthen-category";
        }

        public Optional<String> category() {
            return Optional.of(categoryId);
        }

        public List<ConnectionRef> connections() {
            return in;
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

        public RecommendationType type() {
            return RecommendationType.FILL_GAP;
        }

        public String kind() {
            return "strengthen-categories";
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

        public RecommendationType type() {
            return RecommendationType.CHECK_IN;
        }

        public String kind() {
            return "check-in";
        }

        public List<ConnectionRef> connections() {
            return overdue.stream().map(Overdue::connection).toList();
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

        public RecommendationType type() {
            return RecommendationType.CHECK_IN;
        }

        public String kind() {
            return "note-last-contact";
        }

        public List<ConnectionRef> connections() {
            return undated;
        }

        public Map<String, Object> arguments() {
            return args("connections", undated, "connectionCount", connectionCount);
        }
    }

    /** Choose a tool to organize the PLN. */
    record Organize(int connectionCount) implements Step {
        public RecommendationType type() {
            return RecommendationType.ORGANIZE;
        }

        public String kind() {
            return "organize";
        }

        public Map<String, Object> arguments() {
            return args("connectionCount", connectionCount);
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
