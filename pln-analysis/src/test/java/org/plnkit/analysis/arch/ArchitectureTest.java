package org.plnkit.analysis.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * pln-analysis depends on pln-core only; its packages have no cycles. The measures depend on the shared
 * {@code measure} package and on each other one way; the assessment ({@code org.plnkit.analysis}) sits on top of
 * them and the cohort analysis on top of the assessment.
 */
@AnalyzeClasses(packages = "org.plnkit.analysis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The measure packages: each one measure (or the shared parts of all of them), none above the assessment. */
    private static final String[] MEASURES = {"org.plnkit.analysis.composition..", "org.plnkit.analysis.engagement..",
        "org.plnkit.analysis.gaps..", "org.plnkit.analysis.giveback..", "org.plnkit.analysis.graph..",
        "org.plnkit.analysis.health..", "org.plnkit.analysis.measure..", "org.plnkit.analysis.plan..",
        "org.plnkit.analysis.reliance..", "org.plnkit.analysis.structure..", "org.plnkit.analysis.topics..",
        "org.plnkit.analysis.upkeep..", "org.plnkit.analysis.words..", "org.plnkit.analysis.internal.."};

    @ArchTest
    static final ArchRule importsOnlyCore = noClasses().that().resideInAPackage("org.plnkit.analysis..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.plnkit.report..", "org.plnkit.cli..", "org.plnkit.web..",
                    "picocli..", "me.tongfei..", "org.jline..", "org.apache.poi..", "org.graphstream..");

    /** Classes right in {@code org.plnkit.analysis} are a slice of their own, so that cycles through them count. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals("org.plnkit.analysis")) {
                return SliceIdentifier.of("assessment");
            }
            if (p.startsWith("org.plnkit.analysis.")) {
                return SliceIdentifier.of(p.substring("org.plnkit.analysis.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of pln-analysis";
        }
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule measuresDoNotDependOnTheAssessment = noClasses().that().resideInAnyPackage(MEASURES)
            .should().dependOnClassesThat().resideInAPackage("org.plnkit.analysis")
            .orShould().dependOnClassesThat().resideInAPackage("org.plnkit.analysis.cohort..");

    @ArchTest
    static final ArchRule theAssessmentDoesNotDependOnTheCohort = noClasses()
            .that().resideInAPackage("org.plnkit.analysis")
            .should().dependOnClassesThat().resideInAPackage("org.plnkit.analysis.cohort..");
}
