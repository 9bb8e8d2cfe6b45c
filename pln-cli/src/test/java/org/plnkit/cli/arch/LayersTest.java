package org.plnkit.cli.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering, seen from the top where every module is on the class path: core ← analysis ← report ← cli
 * (and the web studio beside the cli). Each layer may use only the layers below it.
 */
@AnalyzeClasses(packages = "org.plnkit", importOptions = LayersTest.MainCodeOnly.class)
class LayersTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("org.plnkit.core..")
            .layer("analysis").definedBy("org.plnkit.analysis..")
            .layer("report").definedBy("org.plnkit.report..")
            .layer("cli").definedBy("org.plnkit.cli..")
            .layer("web").definedBy("org.plnkit.web..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "web")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("report", "cli", "web")
            .whereLayer("core").mayOnlyBeAccessedByLayers("analysis", "report", "cli", "web")
            .withOptionalLayers(true);

    /** Main classes of every module, whether from a target/classes folder or a jar; no test classes or test jars. */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }
}
