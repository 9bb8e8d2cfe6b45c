/**
 * PLN Toolkit's core: the PLN model, the taxonomy, the readers and writers of the input formats, problems with
 * places, cohort identity and anonymizing. Exports only its API packages; {@code org.plnkit.core.internal} and
 * {@code org.plnkit.core.read.internal} (the helpers the readers and the records share) are exported only to the
 * toolkit's own modules: neither is API. Apache POI is needed only to read {@code .xlsx} cohorts ({@code requires static}).
 *
 * @since 0.1.0
 */
module org.plnkit.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.yaml.snakeyaml;
    requires java.xml;
    requires static org.apache.poi.poi;
    requires static org.apache.poi.ooxml;
    requires static com.fasterxml.aalto;

    exports org.plnkit.core.fields;
    exports org.plnkit.core.internal to org.plnkit.analysis, org.plnkit.report, org.plnkit.cli, org.plnkit.web;
    exports org.plnkit.core.identity;
    exports org.plnkit.core.model;
    exports org.plnkit.core.privacy;
    exports org.plnkit.core.problem;
    exports org.plnkit.core.read;
    exports org.plnkit.core.read.internal to org.plnkit.analysis, org.plnkit.report, org.plnkit.cli, org.plnkit.web;
    exports org.plnkit.core.write;

    uses org.plnkit.core.model.DefaultTaxonomySource;
    provides org.plnkit.core.model.DefaultTaxonomySource with org.plnkit.core.read.BundledTaxonomy;
}
