package org.plnkit.report.map;

import java.util.Objects;

/**
 * How a cohort map is drawn.
 *
 * <pre>{@code
 * CohortMapOptions o = CohortMapOptions.builder("Lakeside district", "2026-11-01")
 *         .groupBy(CohortMapOptions.GroupBy.COMMUNITY).shared(20).build();
 * }</pre>
 *
 * @param title          the title, e.g. the district or the input file
 * @param asOf           the as-of date in words, for the subtitle
 * @param width          canvas width in points (default 1600)
 * @param height         canvas height in points (default 1200)
 * @param scale          pixel density of the PNG (1 = one pixel per point)
 * @param theme          light or dark
 * @param groupBy        participants are drawn in one disc per school (dots coloured by community), or per
 *                       community (dots coloured by school)
 * @param shared         how many of the most shared organizations and resources are drawn (default 25)
 * @param lineShare      a line joins a group to an organization or resource when at least this share of the group names it (0.3)
 * @param legend         whether the legend is drawn
 *
 * @since 0.1.0
 */
public record CohortMapOptions(String title, String asOf, int width, int height, double scale, Theme theme,
                               GroupBy groupBy, int shared, double lineShare, boolean legend) {
    /** What the discs of participants are. */
    public enum GroupBy {
        /** One disc per school; dots coloured by community. */
        SCHOOL,
        /** One disc per community; dots coloured by school. */
        COMMUNITY
    }

    public CohortMapOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        if (width < 400 || height < 300 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("the size must be between 400x300 and 8000x8000");
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("the scale must be between 0.5 and 4");
        }
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(groupBy, "groupBy");
        if (shared < 1 || shared > 200) {
            throw new IllegalArgumentException("between 1 and 200 shared nodes can be drawn");
        }
        if (!(lineShare > 0 && lineShare <= 1)) {
            throw new IllegalArgumentException("lineShare must be above 0 and at most 1");
        }
    }

    /** The defaults, with a title and an as-of date. */
    public static CohortMapOptions defaults(String title, String asOf) {
        return builder(title, asOf).build();
    }

    public static Builder builder(String title, String asOf) {
        return new Builder(title, asOf);
    }

    /** Builds {@link CohortMapOptions}. */
    public static final class Builder {
        private final String title;
        private final String asOf;
        private int width = MapOptions.DEFAULT_WIDTH;
        private int height = MapOptions.DEFAULT_HEIGHT;
        private double scale = 1;
        private Theme theme = Theme.LIGHT;
        private GroupBy groupBy = GroupBy.SCHOOL;
        private int shared = 25;
        private double lineShare = 0.3;
        private boolean legend = true;

        private Builder(String title, String asOf) {
            this.title = title;
            this.asOf = asOf;
        }

        public Builder size(int w, int h) { width = w; height = h; return this; }
        public Builder scale(double s) { scale = s; return this; }
        public Builder theme(Theme t) { theme = t; return this; }
        public Builder groupBy(GroupBy g) { groupBy = g; return this; }
        public Builder shared(int n) { shared = n; return this; }
        public Builder lineShare(double s) { lineShare = s; return this; }
        public Builder legend(boolean on) { legend = on; return this; }

        public CohortMapOptions build() {
            return new CohortMapOptions(title, asOf, width, height, scale, theme, groupBy, shared, lineShare, legend);
        }
    }
}
