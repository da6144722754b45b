package org.backpropfx.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The momentum line shows the previous change as a number: Δw = μ·Δw′ − η·g = 0.5 × (−0.1386) − … */
class MomentumFormulaTest {
    private static final double RATE = 0.5;
    private static final double MU = 0.5;

    private static Stepper stepper() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        network.layer(1).setWeights(new double[] {0.1, 0.8, 0.4, 0.6});
        network.layer(1).setBiases(new double[] {0.3, -0.2});
        network.layer(2).setWeights(new double[] {0.3, 0.9});
        network.layer(2).setBiases(new double[] {0.05});
        DataSet data = new DataSet(new double[][] {{0.35, 0.9}, {0.7, 0.1}}, new double[][] {{0.01}, {0.95}});
        return new Stepper(new Trainer(network, data, TrainingSettings.plain(RATE).withMomentum(MU)));
    }

    private static Snapshot nextUpdate(Stepper stepper) {
        for (int k = 0; k < 100; k++) {
            Snapshot s = stepper.stepForward();
            if (s.phase().kind() == PhaseKind.UPDATE) return s;
        }
        throw new AssertionError("no update phase");
    }

    /** A number as the formulas write a factor: in parentheses when negative. */
    private static String factor(SignificantFormat f, double v) {
        String n = f.format(v);
        return n.startsWith("−") ? "(" + n + ")" : n;
    }

    @ParameterizedTest
    @EnumSource(Notation.class)
    void theMomentumTermShowsTheEnginesPreviousChange(Notation notation) {
        SignificantFormat f = new SignificantFormat(4);
        FormulaBook book = new FormulaBook(notation, f);
        Stepper stepper = stepper();
        Snapshot first = nextUpdate(stepper);
        Snapshot second = nextUpdate(stepper);
        boolean mit = notation == Notation.MIT;

        for (int l = 1; l <= 2; l++) {
            for (int j = 0; j < second.size(l); j++) {
                for (int i = 0; i < second.size(l - 1); i++) {
                    double previous = first.step(l, j, i);
                    assertEquals(previous, second.previousStep(l, j, i), "the engine's previous Δw");
                    assertNotEquals(0.0, previous);
                    Formula change = book.current(second, new NetworkElement.Weight(l, j, i)).get(0);
                    String w = "w" + (char) ('₁' + j) + (char) ('₁' + i);
                    String rest = mit
                            ? " + " + f.format(RATE) + " × " + factor(f, second.out(l - 1, i)) + " × "
                                    + factor(f, -second.delta(l, j))
                            : " − " + f.format(RATE) + " × " + factor(f, second.updateGradient(l, j, i));
                    String symbolic = mit ? "Δ" + w + " = μ·Δ" + w + "′ + r·x" + (char) ('₁' + i) + "·γ" + (char) ('₁' + j)
                            : "Δ" + w + " = μ·Δ" + w + "′ − η·∂E/∂" + w;
                    assertEquals(symbolic + " = " + f.format(MU) + " × " + factor(f, previous) + rest + " = "
                            + f.format(second.step(l, j, i)), change.toPlainText());
                    assertEquals(second.step(l, j, i), change.value());
                }
                double previousBias = first.biasStep(l, j);
                assertEquals(previousBias, second.previousBiasStep(l, j));
                Formula change = book.current(second, new NetworkElement.Bias(l, j)).get(0);
                // w₀ = −b in the MIT notation: its change is the bias change negated, the previous one too.
                double shown = mit ? -previousBias : previousBias;
                String prefix = (mit ? "Δw" + (char) ('₁' + j) + "₀" : "Δb" + (char) ('₁' + j)) + " = μ·";
                assertEquals(prefix, change.toPlainText().substring(0, prefix.length()));
                String substituted = change.substituted().toPlainText();
                assertEquals(f.format(MU) + " × " + factor(f, shown),
                        substituted.substring(0, (f.format(MU) + " × " + factor(f, shown)).length()), substituted);
                assertEquals(mit ? -second.biasStep(l, j) : second.biasStep(l, j), change.value());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Notation.class)
    void beforeTheFirstUpdateThePreviousChangeIsZero(Notation notation) {
        FormulaBook book = new FormulaBook(notation, 4);
        Snapshot first = nextUpdate(stepper());
        Formula change = book.current(first, new NetworkElement.Weight(2, 0, 1)).get(0);
        assertEquals(0.0, first.previousStep(2, 0, 1));
        assertEquals("0.5 × 0 ", change.substituted().toPlainText().substring(0, 8));
        List<Formula> all = book.phase(first);
        assertEquals(first.step(2, 0, 1), all.stream().filter(x -> x.topic().equals("change of w12 of layer 2"))
                .findFirst().orElseThrow().value());
    }
}
