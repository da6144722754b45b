package org.backpropfx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of BackpropFX, from the bottom: the engine computes, the stepper cuts one sample into
 * phases, the notation writes formulas, lessons and traces are files and commands, the session is the
 * view-model, and the views draw it. A class may use the layers below its own, never those above.
 *
 * <p>A new top-level package fails {@link #everyClassBelongsToALayer} until it is given a layer here:
 * deciding where it sits is part of adding it.
 */
@AnalyzeClasses(packages = "org.backpropfx",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String ENGINE = "org.backpropfx.engine..";
    private static final String STEPPER = "org.backpropfx.stepper..";
    private static final String NOTATION = "org.backpropfx.notation..";
    private static final String DATA = "org.backpropfx.data..";
    private static final String PLOT = "org.backpropfx.plot..";
    private static final String QUIZ = "org.backpropfx.quiz..";
    private static final String LESSON = "org.backpropfx.lesson..";
    private static final String TRACE = "org.backpropfx.trace..";
    private static final String EXPORT = "org.backpropfx.export..";
    private static final String WORKSHEET = "org.backpropfx.worksheet..";
    private static final String SESSION = "org.backpropfx.session..";
    private static final String UI = "org.backpropfx.ui..";
    /** The root package holds only the launcher, which picks the window or a command. */
    private static final String LAUNCHER = "org.backpropfx";

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Engine").definedBy(ENGINE)
            .layer("Stepper").definedBy(STEPPER)
            .layer("Notation").definedBy(NOTATION)
            .layer("Data").definedBy(DATA)
            .layer("Plot").definedBy(PLOT)
            .layer("Quiz").definedBy(QUIZ)
            .layer("Lesson").definedBy(LESSON)
            .layer("Trace").definedBy(TRACE)
            .layer("Export").definedBy(EXPORT)
            .layer("Worksheet").definedBy(WORKSHEET)
            .layer("Session").definedBy(SESSION)
            .layer("Ui").definedBy(UI)
            .layer("Launcher").definedBy(LAUNCHER)
            .whereLayer("Engine").mayNotAccessAnyLayer()
            .whereLayer("Stepper").mayOnlyAccessLayers("Engine")
            .whereLayer("Notation").mayOnlyAccessLayers("Engine", "Stepper")
            .whereLayer("Data").mayOnlyAccessLayers("Engine")
            .whereLayer("Plot").mayOnlyAccessLayers("Engine", "Stepper")
            .whereLayer("Quiz").mayOnlyAccessLayers("Engine", "Stepper", "Notation")
            .whereLayer("Lesson").mayOnlyAccessLayers("Engine", "Stepper", "Notation", "Data")
            .whereLayer("Trace").mayOnlyAccessLayers("Engine", "Stepper", "Notation", "Data", "Plot", "Quiz", "Lesson")
            .whereLayer("Export").mayOnlyAccessLayers("Engine", "Stepper", "Notation", "Lesson")
            .whereLayer("Worksheet").mayOnlyAccessLayers("Engine", "Stepper", "Notation", "Lesson", "Export")
            .whereLayer("Session").mayOnlyAccessLayers(
                    "Engine", "Stepper", "Notation", "Data", "Plot", "Quiz", "Lesson")
            .whereLayer("Ui").mayOnlyAccessLayers(
                    "Session", "Engine", "Stepper", "Notation", "Data", "Plot", "Quiz", "Lesson", "Export", "Worksheet")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .because("each layer builds on those below it only; the model side runs without a window");

    @ArchTest
    static final ArchRule everyClassBelongsToALayer = classes()
            .should().resideInAnyPackage(ENGINE, STEPPER, NOTATION, DATA, PLOT, QUIZ, LESSON, TRACE, EXPORT, WORKSHEET,
                    SESSION, UI, LAUNCHER)
            .because("a package outside every layer would pass the layering rules unchecked: give it a layer in"
                    + " ArchitectureTest (the benchmarks live in src/bench/java, outside the app)");

    /**
     * The engine types the views may name: values and choices the session hands out (a lesson's network
     * to draw, its samples, its settings). Everything the views do to the engine goes through the
     * session, which keeps undo, the training thread and the stepper in step.
     */
    private static final Set<String> ENGINE_TYPES_THE_VIEWS_MAY_NAME = Set.of(
            "Network", "Layer", "DataSet", "Activation", "BiasMode", "Loss", "BatchMode", "InitMethod",
            "TrainingSettings", "ConfusionMatrix");

    /** {@code Network} for {@code org.backpropfx.engine.Network$Layer} too: a nested type goes with its class. */
    private static String topLevelName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    @ArchTest
    static final ArchRule viewsReachTheEngineOnlyThroughTheSession = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat(DescribedPredicate.describe("engine classes outside the allow-list",
                    (JavaClass c) -> c.getPackageName().equals("org.backpropfx.engine")
                            && !ENGINE_TYPES_THE_VIEWS_MAY_NAME.contains(topLevelName(c))))
            .because("the views talk to the session; they may name only the engine's value types the session"
                    + " hands out");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("org.backpropfx.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelSideIsFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage(ENGINE, STEPPER, NOTATION, DATA, PLOT, QUIZ, LESSON, TRACE, EXPORT, WORKSHEET)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the model side (engine, stepper, notation, data, plot, quiz, lesson, trace, export, worksheet)"
                    + " must run headless, without JavaFX");

    @ArchTest
    static final ArchRule sessionKnowsNoViews = noClasses()
            .that().resideInAPackage(SESSION)
            .should().dependOnClassesThat().resideInAnyPackage(UI, "org.controlsfx..")
            .because("the view-model is tested without a window and must not know the views");
}
