package org.plnkit.report.map;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Anonymizer;

/**
 * What a map is about, independent of where things go: the PLN as shown (anonymized or not), each connection's
 * category, ring and check-in state, the categories present and missing, and the strongest ties (at most
 * {@link #STRONGEST}, by engagement weight as the assessment ranks them).
 */
record MapModel(Pln shown, List<Item> items, List<Group> groups, List<Category> missing, List<String> notes,
                List<Item> strongest, MapOptions options) {

    /** Ring names, centre outwards. Connections without a frequency go to the outer ring with "rarely". */
    static final List<String> RINGS = List.of("daily", "weekly", "monthly", "quarterly", "yearly", "rarely");

    /** How many of the strongest ties a description names. */
    static final int STRONGEST = 3;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /**
     * A connection on the map.
     *
     * @param index      position in the PLN
     * @param connection as shown
     * @param ring       index in {@link #RINGS}
     * @param overdue    whether its check-in is overdue
     */
    record Item(int index, Connection connection, int ring, boolean overdue) {
        String id() {
            return connection.id();
        }

        /** Value 1–5, 0 when not given. */
        int value() {
            return connection.value().orElse(0);
        }
    }

    /**
     * A category present on the map.
     *
     * @param category the category (a made-up one, labelled by its id, when the taxonomy lacks it)
     * @param items    its connections in PLN order
     */
    record Group(Category category, List<Item> items) {
    }

    static MapModel of(Pln pln, MapOptions options) {
        Taxonomy taxonomy = options.taxonomy();
        MapInsights insights = options.insights().orElseGet(() -> insightsOf(pln, options.asOf(), taxonomy));
        Pln shown = options.anonymize() ? new Anonymizer(taxonomy).apply(pln) : pln;

        List<Item> items = new ArrayList<>();
        for (int i = 0; i < pln.connections().size(); i++) {
            Connection original = pln.connections().get(i);
            Connection c = shown.connections().get(i);
            items.add(new Item(i, c, ring(c.frequency()),
                    insights.overdueConnectionIds().contains(original.id())));
        }

        Map<String, List<Item>> byCategory = new LinkedHashMap<>();
        for (String id : taxonomy.ids()) {
            byCategory.put(id, new ArrayList<>());
        }
        for (Item it : items) {
            byCategory.computeIfAbsent(it.connection().category(), k -> new ArrayList<>()).add(it);
        }
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((id, list) -> {
            if (!list.isEmpty()) {
                Category cat = taxonomy.byId(id).orElseGet(() -> new Category(id, id, Set.of(), false, "",
                        List.of()));
                groups.add(new Group(cat, List.copyOf(list)));
            }
        });
        List<Category> missing = new ArrayList<>();
        for (String id : insights.missingCategoryIds()) {
            taxonomy.byId(id).ifPresent(missing::add);
        }
        return new MapModel(shown, List.copyOf(items), List.copyOf(groups), List.copyOf(missing),
                insights.notes(), strongest(pln, items, insights.strongestConnectionIds()), options);
    }

    /**
     * The strongest ties: the ranking given, or else the largest weights of the default engagement scale (ties by
     * id, as the assessment's reliance orders them).
     */
    private static List<Item> strongest(Pln pln, List<Item> items, List<String> ranked) {
        List<String> ids = ranked;
        if (ids.isEmpty()) {
            ids = pln.connections().stream()
                    .sorted(Comparator.comparingDouble(EngagementScale.DEFAULT::weight).reversed()
                            .thenComparing(Connection::id))
                    .map(Connection::id).toList();
        }
        Map<String, Item> byOriginalId = new HashMap<>();
        for (Item it : items) {
            byOriginalId.put(pln.connections().get(it.index()).id(), it);
        }
        return ids.stream().map(byOriginalId::get).filter(Objects::nonNull).limit(STRONGEST).toList();
    }

    /**
     * The facts the map needs when no assessment gives them: a check-in is overdue when the last contact is more
     * days before the as-of date than the frequency's interval; a category is missing when it has no connection.
     */
    private static MapInsights insightsOf(Pln pln, LocalDate asOf, Taxonomy taxonomy) {
        Set<String> overdue = new TreeSet<>();
        Set<String> present = new TreeSet<>();
        for (Connection c : pln.connections()) {
            present.add(c.category());
            Optional<Integer> interval = c.frequency().flatMap(Frequency::checkInIntervalDays);
            if (interval.isPresent() && c.lastContact().isPresent()
                    && ChronoUnit.DAYS.between(c.lastContact().get(), asOf) > interval.get()) {
                overdue.add(c.id());
            }
        }
        List<String> missing = taxonomy.ids().stream().filter(id -> !present.contains(id)).toList();
        return new MapInsights(overdue, missing, List.of());
    }

    static int ring(Optional<Frequency> f) {
        return f.map(Frequency::ordinal).filter(o -> o < RINGS.size()).orElse(RINGS.size() - 1);
    }

    String participantName() {
        return shown.participant().displayName();
    }

    String date() {
        return DATE.format(options.asOf());
    }

    /** Categories of the taxonomy that have a connection. */
    long presentInTaxonomy() {
        return groups.stream().filter(g -> options.taxonomy().byId(g.category().id()).isPresent()).count();
    }
}
