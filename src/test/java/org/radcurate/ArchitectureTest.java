package org.radcurate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.radcurate.ui.common.ViewModelPart;

/** The layering table of DESIGN.md section 3, enforced. No per-class exemptions. */
@AnalyzeClasses(packages = "org.radcurate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Cli").definedBy("org.radcurate.cli..")
            .layer("Ui").definedBy("org.radcurate.ui..")
            .layer("Service").definedBy("org.radcurate.service..")
            .layer("Persistence").definedBy("org.radcurate.persistence..")
            .layer("Ingest").definedBy("org.radcurate.ingest..")
            .layer("Labeling").definedBy("org.radcurate.labeling..")
            .layer("Evaluation").definedBy("org.radcurate.evaluation..")
            .layer("Training").definedBy("org.radcurate.training..")
            .layer("Domain").definedBy("org.radcurate.domain..")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Ui")
            .whereLayer("Ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Labeling").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Training").mayOnlyBeAccessedByLayers("Service")
            .ignoreDependency(
                    com.tngtech.archunit.base.DescribedPredicate.describe(
                            "the launcher", c -> c.getName().equals("org.radcurate.Main")),
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule domainIsPureJava = classes().that().resideInAPackage("org.radcurate.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.radcurate.domain..");

    @ArchTest
    static final ArchRule evaluationNeedsNoEngine = classes().that().resideInAPackage("org.radcurate.evaluation..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.radcurate.domain..", "org.radcurate.evaluation..");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("org.radcurate.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses().that().resideOutsideOfPackage("org.radcurate.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule djlOnlyInTraining = noClasses().that().resideOutsideOfPackage("org.radcurate.training..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");

    /** What a ViewModel side must not use: controls, windows and ControlsFX (properties and collections are fine). */
    static final String[] CONTROLS = {"javafx.scene..", "javafx.stage..", "org.controlsfx.."};

    @ArchTest
    static final ArchRule viewModelsDoNotTouchControls = classes().that().haveSimpleNameEndingWith("ViewModel")
            .or().areAnnotatedWith(ViewModelPart.class)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(CONTROLS)
            .as("ViewModels and @ViewModelPart classes touch no controls");

    /** Whatever in ui a ViewModel or a part uses, however indirectly, is ViewModel side too: no opt-out by omission. */
    @ArchTest
    static final ArchRule whatViewModelsReachTouchesNoControls = classes().that(reachedFromViewModels())
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(CONTROLS);

    @ArchTest
    static final ArchRule screensDoNotDependOnEachOther = slices().matching("org.radcurate.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    JavaClass.Predicates.resideInAnyPackage("org.radcurate.ui.common..", "org.radcurate.ui.reports.."))
            .as("screens (ui.annotate, ui.adjudicate, ui.compare, ui.train, ui.shell) share code only through"
                    + " ui.common and ui.reports");

    private static DescribedPredicate<JavaClass> reachedFromViewModels() {
        return DescribedPredicate.describe("are in ui and reached from a ViewModel or a @ViewModelPart", c -> {
            if (!c.getPackageName().startsWith("org.radcurate.ui")) {
                return false;
            }
            // walk back along "is used by" through ui classes until a ViewModel side is found
            Set<JavaClass> seen = new HashSet<>();
            Deque<JavaClass> todo = new ArrayDeque<>();
            todo.add(c);
            while (!todo.isEmpty()) {
                JavaClass used = todo.poll();
                if (!used.getPackageName().startsWith("org.radcurate.ui") || !seen.add(used)) {
                    continue;
                }
                if (used != c && (used.getSimpleName().endsWith("ViewModel")
                        || used.isAnnotatedWith(ViewModelPart.class))) {
                    return true;
                }
                used.getDirectDependenciesToSelf().forEach(d -> todo.add(d.getOriginClass()));
                // a nested class of a ViewModel is the ViewModel's code
                used.getEnclosingClass().ifPresent(todo::add);
            }
            return false;
        });
    }

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.radcurate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenScreens = slices().matching("org.radcurate.ui.(*)..").should().beFreeOfCycles();
}
