/**
 * PLN Toolkit's analysis: the assessment of a participant's PLN (every measure, the health score, the action plan)
 * and of a cohort, on JGraphT graphs. Exports only its API packages; {@code org.plnkit.analysis.internal} and
 * {@code org.plnkit.analysis.graph} (the JGraphT adapter) are not exported.
 *
 * @since 0.1.0
 */
@SuppressWarnings("requires-automatic")   // networkanalysis (CWTS) is a plain jar: its module name is its file name
module org.plnkit.analysis {
    requires transitive org.plnkit.core;
    requires transitive org.jgrapht.core;
    requires networkanalysis;
    requires transitive com.fasterxml.jackson.core;   // CohortJson.Section.Body writes with a JsonGenerator
    requires com.fasterxml.jackson.dataformat.yaml;

    exports org.plnkit.analysis;
    exports org.plnkit.analysis.cohort;
    exports org.plnkit.analysis.composition;
    exports org.plnkit.analysis.engagement;
    exports org.plnkit.analysis.gaps;
    exports org.plnkit.analysis.giveback;
    exports org.plnkit.analysis.growth;
    exports org.plnkit.analysis.health;
    exports org.plnkit.analysis.measure;
    exports org.plnkit.analysis.plan;
    exports org.plnkit.analysis.reliance;
    exports org.plnkit.analysis.structure;
    exports org.plnkit.analysis.topics;
    exports org.plnkit.analysis.upkeep;
    exports org.plnkit.analysis.words;
}
