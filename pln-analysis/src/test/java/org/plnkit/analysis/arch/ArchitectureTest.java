package org.plnkit.analysis.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * pln-analysis depends on pln-core only; its packages have no cycles. The measures depend on the shared
 * {@code measure} package and on each other one way; the assessment ({@code org.plnkit.analysis}) sits on top of
 * them and the cohort analysis on top of the assessment. The exported API never shows a type of a package that is
 * not exported to embedders ({@code ..internal..} of this module or pln-core, {@code org.plnkit.analysis.graph}).
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

    @ArchTest
    static final ArchRule apiSignaturesShowNoInternalType = classes().that().arePublic()
            .and().resideOutsideOfPackages("..internal..", "org.plnkit.analysis.graph..")
            .should(notShowInternalTypes());

    private static boolean internal(JavaClass t) {
        String p = t.getPackageName();
        return p.contains(".internal") || p.startsWith("org.plnkit.analysis.graph");
    }

    /** No public or protected member's types (type arguments included) and no supertype is internal. */
    static ArchCondition<JavaClass> notShowInternalTypes() {
        return new ArchCondition<>("show no internal type in their public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaType> shown = new ArrayList<>();
                c.getSuperclass().ifPresent(shown::add);
                shown.addAll(c.getInterfaces());
                for (JavaMember m : c.getMembers()) {
                    if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (m instanceof JavaField f) {
                        shown.add(f.getType());
                    } else if (m instanceof JavaCodeUnit u) {
                        shown.add(u.getReturnType());
                        shown.addAll(u.getParameterTypes());
                    }
                }
                shown.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()).distinct()
                        .filter(ArchitectureTest::internal)
                        .forEach(t -> events.add(SimpleConditionEvent.violated(c,
                                c.getName() + " shows the internal type " + t.getName() + " in its public API")));
            }
        };
    }
}
