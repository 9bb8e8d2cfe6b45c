/**
 * PLN Toolkit's reports: the PLN map and the cohort map (PNG, SVG, alt text), the participant and district
 * workbooks, the organizer template, the reflection draft, check-in calendars, exports and imports. A library with no
 * command-line code. Requires {@code org.plnkit.analysis} transitively, so that a module that requires this one also
 * reads the model, the readers and the assessment its methods take and return.
 *
 * @since 0.1.0
 */
@SuppressWarnings("requires-automatic")   // GraphStream 2.0 has no module name: gs.core and gs.ui.swing are its file names
module org.plnkit.report {
    requires transitive org.plnkit.analysis;
    requires transitive org.plnkit.core;
    requires transitive org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.jgrapht.io;
    requires gs.core;
    requires gs.ui.swing;
    requires org.jfree.svg;
    requires java.desktop;
    requires java.logging;
    requires java.xml;

    exports org.plnkit.report.bundle;
    exports org.plnkit.report.district;
    exports org.plnkit.report.exchange;
    exports org.plnkit.report.findings;
    exports org.plnkit.report.growth;
    exports org.plnkit.report.io;
    exports org.plnkit.report.map;
    exports org.plnkit.report.problems;
    exports org.plnkit.report.reflection;
    exports org.plnkit.report.run;
    exports org.plnkit.report.template;
    exports org.plnkit.report.workbook;
    exports org.plnkit.report.workbook.kit;
}
