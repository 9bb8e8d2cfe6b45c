package org.plnkit.analysis.measure;

/**
 * The limits an assessment flags against. Every limit has a documented default (see {@code docs/measures.md});
 * change one with {@link #toBuilder()}. Its components, in this order and under these names, are the fields of
 * {@code thresholds} in the assessment's JSON.
 *
 * <pre>{@code
 * Thresholds strict = Thresholds.DEFAULTS.toBuilder().topShareLimit(0.25).build();
 * }</pre>
 *
 * @param thinMaxConnections             a category with at least one and at most this many connections is thin (1)
 * @param lowEngagementWeight            an engagement weight at or below this is low (3.0: e.g. value 3 checked yearly)
 * @param lowValue                       a membership or community valued at or below this is worth reviewing (2)
 * @param topShareLimit                  flag over-reliance when one connection's share of engagement reaches
 *                                       this (0.30)
 * @param concentrationLimit             flag over-reliance when the normalized Herfindahl index reaches this (0.15)
 * @param minConnectionsForConcentration the two limits above apply only from this many connections on (5)
 * @param soleSourceTopicsLimit          flag over-reliance when one connection is the only source of this many
 *                                       of the participant's topics or more (2)
 * @param checkInGraceFraction           a check-in is overdue after the frequency's interval plus this fraction
 *                                       of it (0.5) ...
 * @param checkInGraceMinDays            ... and at least this many days of grace (2)
 * @param giveBackTarget                 giving back to this share of connections scores full marks (0.5)
 * @param mostlyLocalShare               a PLN whose local share reaches this is "mostly local"; one whose online
 *                                       share reaches it is "mostly online" (0.8)
 * @param suggestionsPerRecommendation   at most this many suggestions per recommendation (3)
 *
 * @since 0.1.0
 */
public record Thresholds(int thinMaxConnections, double lowEngagementWeight, int lowValue, double topShareLimit,
                         double concentrationLimit, int minConnectionsForConcentration, int soleSourceTopicsLimit,
                         double checkInGraceFraction, int checkInGraceMinDays, double giveBackTarget,
                         double mostlyLocalShare, int suggestionsPerRecommendation) {

    /** The documented defaults. */
    public static final Thresholds DEFAULTS = new Thresholds(1, 3.0, 2, 0.30, 0.15, 5, 2, 0.5, 2, 0.5, 0.8, 3);

    public Thresholds {
        atLeast("thinMaxConnections", thinMaxConnections, 1);
        if (!(lowEngagementWeight >= 0)) {
            throw new IllegalArgumentException("lowEngagementWeight " + lowEngagementWeight + " is negative");
        }
        if (lowValue < 0 || lowValue > 5) {
            throw new IllegalArgumentException("lowValue " + lowValue + " is not between 0 and 5");
        }
        share("topShareLimit", topShareLimit);
        share("concentrationLimit", concentrationLimit);
        atLeast("minConnectionsForConcentration", minConnectionsForConcentration, 1);
        atLeast("soleSourceTopicsLimit", soleSourceTopicsLimit, 1);
        if (!(checkInGraceFraction >= 0)) {
            throw new IllegalArgumentException("checkInGraceFraction " + checkInGraceFraction + " is negative");
        }
        atLeast("checkInGraceMinDays", checkInGraceMinDays, 0);
        share("giveBackTarget", giveBackTarget);
        if (giveBackTarget == 0) {
            throw new IllegalArgumentException("giveBackTarget must be above 0");
        }
        share("mostlyLocalShare", mostlyLocalShare);
        if (mostlyLocalShare <= 0.5) {
            throw new IllegalArgumentException("mostlyLocalShare " + mostlyLocalShare + " must be above 0.5");
        }
        atLeast("suggestionsPerRecommendation", suggestionsPerRecommendation, 0);
    }

    private static void atLeast(String name, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " " + v + " is below " + min);
        }
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " " + v + " is not between 0 and 1");
        }
    }

    /** The grace, in days, before a check-in with this interval counts as overdue. */
    public int graceDays(int intervalDays) {
        return Math.max(checkInGraceMinDays, (int) Math.ceil(intervalDays * checkInGraceFraction));
    }

    /** A builder starting from these thresholds. */
    public Builder toBuilder() {
        return new Builder().thinMaxConnections(thinMaxConnections).lowEngagementWeight(lowEngagementWeight)
                .lowValue(lowValue).topShareLimit(topShareLimit).concentrationLimit(concentrationLimit)
                .minConnectionsForConcentration(minConnectionsForConcentration)
                .soleSourceTopicsLimit(soleSourceTopicsLimit).checkInGraceFraction(checkInGraceFraction)
                .checkInGraceMinDays(checkInGraceMinDays).giveBackTarget(giveBackTarget)
                .mostlyLocalShare(mostlyLocalShare).suggestionsPerRecommendation(suggestionsPerRecommendation);
    }

    /** Builds {@link Thresholds}; starts from the values it was made from. */
    public static final class Builder {
        private int thinMaxConnections;
        private double lowEngagementWeight;
        private int lowValue;
        private double topShareLimit;
        private double concentrationLimit;
        private int minConnectionsForConcentration;
        private int soleSourceTopicsLimit;
        private double checkInGraceFraction;
        private int checkInGraceMinDays;
        private double giveBackTarget;
        private double mostlyLocalShare;
        private int suggestionsPerRecommendation;

        private Builder() {
        }

        public Builder thinMaxConnections(int v) { thinMaxConnections = v; return this; }
        public Builder lowEngagementWeight(double v) { lowEngagementWeight = v; return this; }
        public Builder lowValue(int v) { lowValue = v; return this; }
        public Builder topShareLimit(double v) { topShareLimit = v; return this; }
        public Builder concentrationLimit(double v) { concentrationLimit = v; return this; }
        public Builder minConnectionsForConcentration(int v) { minConnectionsForConcentration = v; return this; }
        public Builder soleSourceTopicsLimit(int v) { soleSourceTopicsLimit = v; return this; }
        public Builder checkInGraceFraction(double v) { checkInGraceFraction = v; return this; }
        public Builder checkInGraceMinDays(int v) { checkInGraceMinDays = v; return this; }
        public Builder giveBackTarget(double v) { giveBackTarget = v; return this; }
        public Builder mostlyLocalShare(double v) { mostlyLocalShare = v; return this; }
        public Builder suggestionsPerRecommendation(int v) { suggestionsPerRecommendation = v; return this; }

        /** @throws IllegalArgumentException when a value is out of its range */
        public Thresholds build() {
            return new Thresholds(thinMaxConnections, lowEngagementWeight, lowValue, topShareLimit,
                    concentrationLimit, minConnectionsForConcentration, soleSourceTopicsLimit, checkInGraceFraction,
                    checkInGraceMinDays, giveBackTarget, mostlyLocalShare, suggestionsPerRecommendation);
        }
    }
}
