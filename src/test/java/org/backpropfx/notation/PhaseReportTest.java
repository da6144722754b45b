package org.backpropfx.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plain-text trace never leaves a reader guessing which layer's w₁₁ a line is about. */
class PhaseReportTest {

    private static Stepper twoThreeTwoOne() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 2, 1);
        DataSet data = new DataSet(new double[][] {{0.35, 0.9}}, new double[][] {{0.2}});
        network.layer(1).setWeights(new double[] {0.1, 0.8, 0.4, 0.6, -0.3, 0.2});
        network.layer(2).setWeights(new double[] {0.5, -0.1, 0.7, 0.2, 0.3, -0.6});
        network.layer(3).setWeights(new double[] {0.9, -0.4});
        return new Stepper(new Trainer(network, data, TrainingSettings.plain(0.5).withMomentum(0.5)));
    }

    @ParameterizedTest
    @EnumSource(Notation.class)
    void everyPhaseNamesEachSymbolOnceUnderItsHeading(Notation notation) {
        FormulaBook book = new FormulaBook(notation, 4);
        Stepper stepper = twoThreeTwoOne();
        boolean sawUpdate = false;
        for (int step = 0; step < 2 * stepper.snapshot().phases().size(); step++) {
            Snapshot s = stepper.stepForward();
            PhaseReport report = PhaseReport.of(s, book);
            List<Formula> inSections = new ArrayList<>();
            for (PhaseReport.Section section : report.sections()) {
                Set<String> lhs = new HashSet<>();
                for (Formula f : section.formulas()) {
                    assertTrue(lhs.add(f.symbolic().toPlainText()), "twice in one section of "
                            + s.describePhase() + ": " + f.symbolic().toPlainText());
                }
                inSections.addAll(section.formulas());
            }
            assertEquals(report.formulas(), inSections, "the sections hold every formula once, in order");
            if (s.phase().kind() != PhaseKind.UPDATE) {
                assertEquals(1, report.sections().size());
                assertNull(report.sections().get(0).heading());
                continue;
            }
            sawUpdate = true;
            List<PhaseReport.Section> sections = report.sections();
            assertEquals(List.of("Layer 1, into hidden layer 1", "Layer 2, into hidden layer 2",
                    "Layer 3, into the output layer"), sections.stream().map(PhaseReport.Section::heading).toList());
            // Δw and the new w of every weight and bias: 2 × (inputs + 1) × neurons lines per layer.
            assertEquals(List.of(2 * 3 * 3, 2 * 4 * 2, 2 * 3 * 1), sections.stream().map(x -> x.formulas().size()).toList());
            for (int l = 1; l <= 3; l++) {
                for (Formula f : sections.get(l - 1).formulas()) {
                    assertTrue(f.topic().endsWith("of layer " + l) || f.topic().contains(
                            l == 3 ? "output neuron" : "hidden layer " + l), f.topic());
                }
            }
            String text = report.toPlainText();
            String[] lines = text.split("\n");
            assertEquals("  Layer 1, into hidden layer 1:", lines[1]);
            assertTrue(lines[2].startsWith("    Δw₁₁ = μ·Δw₁₁′ "), lines[2]);
            assertEquals(1 + 3 + report.formulas().size(), lines.length);
        }
        assertTrue(sawUpdate);
    }

    @ParameterizedTest
    @EnumSource(Notation.class)
    void oneLayerNeedsNoHeading(Notation notation) {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 1);
        DataSet data = new DataSet(new double[][] {{0.35, 0.9}}, new double[][] {{0.2}});
        Stepper stepper = new Stepper(new Trainer(network, data, TrainingSettings.plain(0.5)));
        Snapshot s = stepper.finishSample();
        PhaseReport report = PhaseReport.of(s, new FormulaBook(notation, 4));
        assertEquals(1, report.sections().size());
        assertTrue(report.toPlainText().split("\n")[1].startsWith("  Δw₁₁ = "), report.toPlainText());
    }
}
