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
    /** The longest short alt text: what a screen reader reads before moving on, and what blogs accept. */
    public static final int SHORT_MAX = 250;

    private AltText() {
    }

    /** The description of the map these options would draw of this PLN. */
    public static String describe(Pln pln, MapOptions options) {
        return of(MapModel.of(pln, options));
    }

    /**
     * The short alt text (at most {@value #SHORT_MAX} characters) for the image itself; the long description
     * ({@link #describe}) goes beside it. Both come from the same model, so they agree.
     *
     * <pre>{@code
     * AltText.shortAlt(pln, options);
     * // "Map of the personal learning network of Maria Lopez on 1 November 2026: 15 connections in 11 of 11
     * //  categories, 3 check-ins overdue."
     * }</pre>
     */
    public static String shortAlt(Pln pln, MapOptions options) {
        return shortOf(MapModel.of(pln, options));
    }

    static String shortOf(MapModel m) {
        String who = m.participantName();
        if (who.length() > 60) {
            who = who.substring(0, who.offsetByCodePoints(0, Math.min(who.codePointCount(0, who.length()), 57)))
                    + "…";
        }
        int n = m.items().size();
        int total = m.options().taxonomy().categories().size();
        String head = "Map of the personal learning network of " + who + " on " + m.date() + ": " + count(n,
                "connection") + " in " + m.presentInTaxonomy() + " of " + total + " categories";
        long overdue = m.items().stream().filter(MapModel.Item::overdue).count();
        String tail = overdue == 0 ? "." : ", " + (overdue == 1 ? "1 check-in" : overdue + " check-ins") + " overdue.";
        if (!m.missing().isEmpty()) {
            String gaps = "; none yet in " + String.join(", ", m.missing().stream().map(Category::label).toList());
            if ((head + gaps + tail).length() > SHORT_MAX) {
                gaps = "; " + m.missing().size() + " empty " + (m.missing().size() == 1 ? "category" : "categories");
            }
            head += gaps;
        }
        String out = head + tail;
        return out.length() <= SHORT_MAX ? out : out.substring(0, SHORT_MAX - 1) + "…";
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
            b.append(' ').append(who).append(givesBack == 0 ? " does not give back to any of them yet."
                    : n == 1 ? " gives back to it." : " gives back to " + givesBack + " of them.");
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
