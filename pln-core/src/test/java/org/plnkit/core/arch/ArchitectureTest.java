package org.plnkit.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * pln-core is the bottom layer: it imports no other module, its packages have no cycles, and the model depends on
 * nothing but itself and the internal helpers (readers build models, never the other way round).
 */
@AnalyzeClasses(packages = "org.plnkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule importsNoHigherModule = noClasses().that().resideInAPackage("org.plnkit.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.plnkit.analysis..", "org.plnkit.report..", "org.plnkit.cli..", "org.plnkit.web..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.plnkit.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelDependsOnlyOnItself = noClasses().that().resideInAPackage("org.plnkit.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plnkit.core.read..", "org.plnkit.core.write..",
                    "org.plnkit.core.problem..", "org.plnkit.core.identity..", "org.plnkit.core.privacy..",
                    "com.fasterxml..", "org.apache..");

    @ArchTest
    static final ArchRule noTerminalOrCommandLine = noClasses().that().resideInAPackage("org.plnkit.core..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..", "org.jline..");
}
