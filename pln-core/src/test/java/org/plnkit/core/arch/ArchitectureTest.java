package org.plnkit.core.arch;

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
import java.util.ArrayList;
import java.util.List;

/**
 * pln-core is the bottom layer: it imports no other module, its packages have no cycles, and the model depends on
 * nothing but itself and the internal helpers (readers build models, never the other way round). The API that
 * embedders see never shows an internal type: {@code ..internal..} packages are not exported (or only to the
 * toolkit's own modules), so a public signature that named one would be unusable or would leak it.
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

    @ArchTest
    static final ArchRule apiSignaturesShowNoInternalType = classes().that().arePublic()
            .and().resideOutsideOfPackage("..internal..")
            .should(notShowInternalTypes());

    /**
     * No public or protected member of the class (its methods', constructors' and fields' types, type arguments
     * included) and none of its supertypes is a class of an {@code ..internal..} package.
     */
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
                        .filter(t -> t.getPackageName().contains(".internal"))
                        .forEach(t -> events.add(SimpleConditionEvent.violated(c,
                                c.getName() + " shows the internal type " + t.getName() + " in its public API")));
            }
        };
    }
}
