package org.backpropfx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering rules: the model side (engine, stepper, lesson, notation, data, quiz, plot, trace) is UI-toolkit free. */
@AnalyzeClasses(packages = "org.backpropfx", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage(
                    "org.backpropfx.engine..",
                    "org.backpropfx.stepper..",
                    "org.backpropfx.lesson..",
                    "org.backpropfx.notation..",
                    "org.backpropfx.data..",
                    "org.backpropfx.quiz..",
                    "org.backpropfx.plot..",
                    "org.backpropfx.trace..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the model side (engine, stepper, lesson, notation, data, quiz, plot, trace) must run headless, without JavaFX")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule engineDependsOnNothingAbove = noClasses()
            .that().resideInAPackage("org.backpropfx.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.backpropfx.stepper..",
                    "org.backpropfx.lesson..",
                    "org.backpropfx.trace..",
                    "org.backpropfx.session..",
                    "org.backpropfx.ui..")
            .because("the engine is the bottom layer")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sessionKnowsNoViews = noClasses()
            .that().resideInAPackage("org.backpropfx.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backpropfx.ui..")
            .because("the view-model is tested without a window and must not know the views")
            .allowEmptyShould(true);
}
