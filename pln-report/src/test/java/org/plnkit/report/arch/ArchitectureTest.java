package org.plnkit.report.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * pln-report is a library: it uses pln-core and pln-analysis, never the command line or the web studio, and holds
 * no picocli, progress bar or terminal code. Its packages have no cycles.
 */
@AnalyzeClasses(packages = "org.plnkit.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrontEnds = noClasses().that().resideInAPackage("org.plnkit.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plnkit.cli..", "org.plnkit.web..");

    @ArchTest
    static final ArchRule noTerminalCode = noClasses().that().resideInAPackage("org.plnkit.report..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..", "org.jline..")
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(System.class, "console");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.plnkit.report.(*)..").should().beFreeOfCycles();
}
