package org.plnkit.report.map;

import java.util.ArrayList;
import java.util.List;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Pln;

/**
 * What the legend of a participant's map says, as data: for a page that shows the map drawn without its legend and
 * the legend as text beside it, readable at any width (the studio on a phone, where the picture's legend would be a
 * few pixels high). The same categories, counts, colours, gaps and notes as the picture's legend panel.
 *
 * <pre>{@code
 * MapLegend legend = PlnMap.legend(pln, options);
 * legend.categories().get(0).label();   // "Local colleagues"
 * }</pre>
 *
 * @param categories the categories on the map, in the order of their sectors, each with its connections
 * @param missing    the categories not yet in the PLN ("Not yet in my PLN"), with no connection
 * @param howToRead  how to read the map, one line each
 * @param notes      what stands out, from an assessment (may be empty)
 *
 * @since 0.1.0
 */
public record MapLegend(List<Entry> categories, List<Entry> missing, List<String> howToRead, List<String> notes) {
    // the lines of "How to read the map" the picture's legend draws a sample beside (Decorations), in the same words
    static final String SIZE = "Size: how valuable it is (1 to 5)";
    static final String THICKER = "Thicker line: in touch more often";
    static final String DASHED = "Dashed line: check-in overdue";
    static final String FAINT = "Faint line: linked to each other";
    static final String STAR = "Star: I give back";

    /** "How to read the map", in the words of the picture's legend. */
    public static final List<String> HOW_TO_READ = List.of(
            "Distance from the centre: how often I check in (daily nearest, then weekly, monthly, quarterly, yearly,"
                    + " rarely)",
            "Circle: a person; square: an organization; diamond: a resource",
            SIZE, THICKER, DASHED, FAINT, STAR);

    public MapLegend {
        categories = List.copyOf(categories);
        missing = List.copyOf(missing);
        howToRead = List.copyOf(howToRead);
        notes = List.copyOf(notes);
    }

    /**
     * A category in the legend.
     *
     * @param categoryId  its id
     * @param label       its label
     * @param connections its connections on the map (0 for a missing one)
     * @param colour      its colour on the map, {@code #RRGGBB}
     */
    public record Entry(String categoryId, String label, int connections, String colour) {
    }

    static MapLegend of(MapModel m) {
        List<Entry> present = new ArrayList<>();
        for (MapModel.Group g : m.groups()) {
            present.add(entry(m, g.category(), g.items().size()));
        }
        List<Entry> missing = new ArrayList<>();
        for (Category c : m.missing()) {
            missing.add(entry(m, c, 0));
        }
        return new MapLegend(present, missing, HOW_TO_READ, m.notes());
    }

    private static Entry entry(MapModel m, Category c, int n) {
        return new Entry(c.id(), c.label(), n, CategoryPalette.hex(CategoryPalette.fill(m.options().taxonomy(), c.id(),
                m.options().theme())));
    }
}
