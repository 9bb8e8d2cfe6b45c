package org.plnkit.report.map;

import java.util.ArrayList;
import java.util.List;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;

/**
 * A plain-language description of a map, to put next to the image (the {@code alt} text of a blog post) and
 * inside the SVG for screen readers: how many connections in which categories, the strongest ties, how many the
 * participant gives back to, overdue check-ins and the gaps. Names are anonymized when the options ask for it.
 *
 * <pre>{@code
 * String alt = AltText.describe(pln, MapOptions.defaults(LocalDate.of(2026, 11, 1)));
 * // "A map of the personal learning network of Maria Lopez on 1 November 2026: 15 connections in 10 of 11
 * //  categories, with Maria Lopez in the centre. Local colleagues: 2 (Jane Kim, Tom Alvarez). …"
 * }</pre>
 *
 * <p>The strongest ties are the three connections with the largest engagement weight (value × frequency score), in
 * the order of the assessment's over-reliance table when the options carry an assessment's {@link MapInsights}
 * (so the map, its description and the workbook agree), else by the default {@code EngagementScale}; ties by id.
 *
 * @since 0.1.0
 */
public final class AltText {
    /** Names listed per category before "and N more". */
    private static final int NAMES_PER_CATEGORY = 3;

    private AltText() {
    }

    /** The description of the map these options would draw of this PLN. */
    public static String describe(Pln pln, MapOptions options) {
        return of(MapModel.of(pln, options));
    }

    static String of(MapModel m) {
        String who = m.participantName();
        int n = m.items().size();
        int total = m.options().taxonomy().categories().size();
        StringBuilder b = new StringBuilder();
        b.append("A map of the personal learning network of ").append(who).append(" on ").append(m.date())
                .append(": ").append(count(n, "connection")).append(" in ").append(m.presentInTaxonomy())
                .append(" of ").append(total).append(" categories, with ").append(who).append(" in the centre.");
        for (MapModel.Group g : m.groups()) {
            List<String> names = g.items().stream().map(i -> i.connection().name()).toList();
            b.append(' ').append(g.category().label()).append(": ").append(names.size()).append(" (");
            b.append(String.join(", ", names.subList(0, Math.min(NAMES_PER_CATEGORY, names.size()))));
            if (names.size() > NAMES_PER_CATEGORY) {
                b.append(" and ").append(names.size() - NAMES_PER_CATEGORY).append(" more");
            }
            b.append(").");
        }
        List<MapModel.Item> strongest = m.strongest();
        if (!strongest.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (MapModel.Item i : strongest) {
                Connection c = i.connection();
                List<String> facts = new ArrayList<>();
                c.frequency().ifPresent(f -> facts.add(f.id()));
                c.value().ifPresent(v -> facts.add("value " + v + " of 5"));
                parts.add(facts.isEmpty() ? c.name() : c.name() + " (" + String.join(", ", facts) + ")");
            }
            b.append(" Strongest ties: ").append(String.join("; ", parts)).append('.');
        }
        long givesBack = m.items().stream().filter(i -> i.connection().givesBackOrFalse()).count();
        if (n > 0) {
            b.append(' ').append(who).append(" gives back to ").append(givesBack).append(" of them.");
        }
        List<String> overdue = m.items().stream().filter(MapModel.Item::overdue)
                .map(i -> i.connection().name()).toList();
        if (!overdue.isEmpty()) {
            b.append(' ').append(overdue.size() == 1 ? "1 check-in is" : overdue.size() + " check-ins are")
                    .append(" overdue: ").append(String.join(", ", overdue)).append('.');
        }
        if (m.missing().isEmpty()) {
            b.append(" Every category has at least one connection.");
        } else {
            b.append(" Not yet in the network: ")
                    .append(String.join(", ", m.missing().stream().map(Category::label).toList())).append('.');
        }
        return b.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
