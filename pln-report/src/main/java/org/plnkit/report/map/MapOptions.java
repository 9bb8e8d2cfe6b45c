package org.plnkit.report.map;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.model.Taxonomy;

/**
 * How to draw a PLN map. The as-of date is required (the map never looks at the clock): it decides which
 * check-ins are overdue and is printed in the title.
 *
 * <pre>{@code
 * MapOptions options = MapOptions.builder(LocalDate.of(2026, 11, 1))
 *         .size(1600, 1200).scale(2).anonymize(true).theme(Theme.DARK).build();
 * }</pre>
 *
 * @param width     width in CSS pixels (the SVG's size; the PNG is {@code width × scale} pixels wide), 480–8000
 * @param height    height in CSS pixels, 360–8000
 * @param scale     pixel density of the PNG: 1 for ordinary screens, 2 for high-DPI ("retina"); 0.5–4
 * @param anonymize whether people are shown as "Local colleague 1", "Mentor 1"… (see
 *                  {@link org.plnkit.core.privacy.Anonymizer})
 * @param theme     light or dark
 * @param legend    whether the legend panel (categories, gaps, how to read the map) is drawn; without it the gaps
 *                  are still listed in one line under the map
 * @param asOf      the date the map describes
 * @param taxonomy  the categories, in the order of the sectors
 * @param insights  facts from an assessment; when empty the renderer works out overdue check-ins and gaps itself
 *
 * @since 0.1.0
 */
public record MapOptions(int width, int height, double scale, boolean anonymize, Theme theme, boolean legend,
                         LocalDate asOf, Taxonomy taxonomy, Optional<MapInsights> insights) {
    /** The default width: a picture that fills a blog column at 2× density. */
    public static final int DEFAULT_WIDTH = 1600;
    /** The default height. */
    public static final int DEFAULT_HEIGHT = 1200;

    public MapOptions {
        if (width < 480 || width > 8000 || height < 360 || height > 8000) {
            throw new IllegalArgumentException("a map of " + width + "x" + height
                    + " pixels is not possible: the size must be between 480x360 and 8000x8000");
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("scale " + scale + " is not between 0.5 and 4");
        }
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(insights, "insights");
    }

    /** The defaults (1600×1200, scale 1, names shown, light theme, legend, default taxonomy) for a date. */
    public static MapOptions defaults(LocalDate asOf) {
        return builder(asOf).build();
    }

    /** Starts from the defaults for a date. */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /** A builder pre-filled with these options. */
    public Builder toBuilder() {
        return new Builder(asOf).size(width, height).scale(scale).anonymize(anonymize).theme(theme).legend(legend)
                .taxonomy(taxonomy).insights(insights.orElse(null));
    }

    /** Builds {@link MapOptions}. */
    public static final class Builder {
        private int width = DEFAULT_WIDTH;
        private int height = DEFAULT_HEIGHT;
        private double scale = 1;
        private boolean anonymize;
        private Theme theme = Theme.LIGHT;
        private boolean legend = true;
        private LocalDate asOf;
        private Taxonomy taxonomy = Taxonomy.defaults();
        private Optional<MapInsights> insights = Optional.empty();

        private Builder(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        public Builder size(int w, int h) { this.width = w; this.height = h; return this; }
        public Builder scale(double v) { this.scale = v; return this; }
        public Builder anonymize(boolean v) { this.anonymize = v; return this; }
        public Builder theme(Theme v) { this.theme = v; return this; }
        public Builder legend(boolean v) { this.legend = v; return this; }
        public Builder asOf(LocalDate v) { this.asOf = v; return this; }
        public Builder taxonomy(Taxonomy v) { this.taxonomy = v; return this; }
        public Builder insights(MapInsights v) { this.insights = Optional.ofNullable(v); return this; }

        public MapOptions build() {
            return new MapOptions(width, height, scale, anonymize, theme, legend, asOf, taxonomy, insights);
        }
    }
}
