package org.backpropfx.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/** The formulas of softmax, the cross-entropies and regularisation, with the engine's numbers. */
class ClassificationFormulasTest {
    private static Snapshot stepTo(Stepper stepper, PhaseKind kind, int layer) {
        for (int k = 0; k < 100; k++) {
            Snapshot s = stepper.stepForward();
            if (s.phase().kind() == kind && s.phase().layer() == layer) return s;
        }
        throw new AssertionError("no phase " + kind + " " + layer);
    }

    /** Article 004's single weight with L1 and L2: g = 2(1.2 − 0.5)·1.5 = 2.1, plus 0.5·0.8 + 0.1·sign(0.8). */
    @Test
    void theUpdateShowsTheRegularisationTermWithItsNumbers() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.8);
        DataSet data = new DataSet(new double[][] {{1.5}}, new double[][] {{0.5}});
        Stepper stepper = new Stepper(new Trainer(network, data,
                new TrainingSettings(0.1, 0, BatchMode.ONLINE, 1, Loss.SSE, 0.1, 0.5)));
        FormulaBook book = new FormulaBook(Notation.GRADIENT, 4);
        NetworkElement.Weight w = new NetworkElement.Weight(1, 0, 0);

        Snapshot error = stepTo(stepper, PhaseKind.ERROR, 0);
        List<Formula> errors = book.current(error, new NetworkElement.Neuron(1, 0));
        // (0.5/2)·0.8² + 0.1·|0.8| = 0.16 + 0.08 = 0.24
        assertThat(errors.get(1).toPlainText()).isEqualTo("penalty = (λ₂/2)·Σw² + λ₁·Σ|w| = (0.5/2) × 0.64 + 0.1 × 0.8 = 0.24");
        assertThat(errors.get(1).value()).isEqualTo(error.penalty());
        assertThat(error.penalty()).isCloseTo(0.24, Assertions.within(1e-15));

        Snapshot s = stepTo(stepper, PhaseKind.UPDATE, 0);
        List<Formula> update = book.current(s, w);
        assertThat(update.get(0).toPlainText())
                .isEqualTo("∂E/∂w₁₁ + λ₂·w₁₁ + λ₁·sign(w₁₁) = 2.1 + 0.5 × 0.8 + 0.1 × 1 = 2.6");
        assertThat(update.get(1).toPlainText()).isEqualTo("Δw₁₁ = −η·∂E/∂w₁₁ = −0.1 × 2.6 = −0.26");
        assertThat(update.get(2).toPlainText()).isEqualTo("w₁₁ ← w₁₁ − η·∂E/∂w₁₁ = 0.8 − 0.1 × 2.6 = 0.54");
        // The gradient shown is the one the engine stepped with: Δw = −η·g to the bit.
        assertThat(s.step(1, 0, 0)).isEqualTo(-0.1 * update.get(0).value());
        assertThat(s.newWeight(1, 0, 0)).isEqualTo(update.get(2).value());
    }

    private static Stepper softmaxStepper(double[] weights, double[] target, Loss loss) {
        Network network = new Network(new int[] {1, 3}, new Activation[] {Activation.SOFTMAX}, BiasMode.NONE);
        network.layer(1).setWeights(weights);
        DataSet data = new DataSet(new double[][] {{1}}, new double[][] {target});
        return new Stepper(new Trainer(network, data, new TrainingSettings(0.1, 0, BatchMode.ONLINE, 1, loss)));
    }

    /** z = (ln 2, 0, 0): a = (0.5, 0.25, 0.25); y = (0, 1, 0): E = −ln 0.25, δ = a − y. */
    @Test
    void softmaxCrossEntropyShowsTheCancelledJacobian() {
        Stepper stepper = softmaxStepper(new double[] {Math.log(2), 0, 0}, new double[] {0, 1, 0}, Loss.CROSS_ENTROPY);
        FormulaBook book = new FormulaBook(Notation.GRADIENT, 4);
        Snapshot forward = stepTo(stepper, PhaseKind.FORWARD, 1);
        Formula out = book.current(forward, new NetworkElement.Neuron(1, 1)).get(1);
        assertThat(out.toPlainText()).isEqualTo("a₂ = exp(z₂)/Σₖexp(zₖ) = e⁰/(e^(0.6931) + e⁰ + e⁰) = 0.25");

        Snapshot error = stepTo(stepper, PhaseKind.ERROR, 0);
        Formula loss = book.current(error, new NetworkElement.Neuron(1, 0)).get(0);
        assertThat(loss.toPlainText()).isEqualTo("E = −Σₖyₖ ln aₖ = −ln 0.25 = 1.386");
        assertThat(loss.value()).isEqualTo(error.loss());

        Snapshot back = stepTo(stepper, PhaseKind.BACKWARD, 1);
        Formula delta = book.current(back, new NetworkElement.Neuron(1, 1)).get(0);
        assertThat(delta.topic()).contains("softmax's Jacobian cancelled by cross-entropy");
        assertThat(delta.toPlainText()).endsWith("= a₂ − y₂ = 0.25 − 1 = −0.75");
        assertThat(delta.value()).isEqualTo(back.delta(1, 1));

        Formula mit = new FormulaBook(Notation.MIT, 4).current(back, new NetworkElement.Neuron(1, 1)).get(0);
        assertThat(mit.toPlainText()).endsWith("= d₂ − z₂ = 1 − 0.25 = 0.75");
        assertThat(mit.value()).isEqualTo(-back.delta(1, 1));
    }

    /** An output that rounds to 0: the error is written from the net inputs, as the engine computes it. */
    @Test
    void anOutputShownAsZeroSwitchesToTheNetInputForm() {
        Stepper stepper = softmaxStepper(new double[] {1e6, -1e6, 0}, new double[] {0, 1, 0}, Loss.CROSS_ENTROPY);
        FormulaBook book = new FormulaBook(Notation.GRADIENT, 4);
        Snapshot error = stepTo(stepper, PhaseKind.ERROR, 0);
        Formula loss = book.current(error, new NetworkElement.Neuron(1, 0)).get(0);
        // ln Σe^z = 10⁶ (the other two terms vanish beside e^(10⁶)), so E = 10⁶ − (−10⁶) = 2×10⁶.
        assertThat(loss.toPlainText()).isEqualTo("E = −Σₖyₖ ln aₖ = (1×10⁶ − (−1×10⁶)) = 2×10⁶");
        assertThat(loss.value()).isEqualTo(2e6);
    }

    /** Softmax with half-sse: the delta is the Jacobian's sum, term by term. */
    @Test
    void softmaxWithSquaredErrorShowsTheJacobianSum() {
        Stepper stepper = softmaxStepper(new double[] {Math.log(2), 0, 0}, new double[] {0, 1, 0}, Loss.HALF_SSE);
        Snapshot back = stepTo(stepper, PhaseKind.BACKWARD, 1);
        Formula delta = new FormulaBook(Notation.GRADIENT, 4).current(back, new NetworkElement.Neuron(1, 0)).get(0);
        // ∂E/∂a = a − y = (0.5, −0.75, 0.25); δ₁ = 0.5·0.5·(1 − 0.5) + (−0.75)·0.25·(0 − 0.5) + 0.25·0.25·(0 − 0.5)
        assertThat(delta.toPlainText()).isEqualTo("δ₁ = Σₖ∂E/∂aₖ · aₖ([k = 1] − a₁) = 0.5 × 0.5 × (1 − 0.5) + "
                + "(−0.75) × 0.25 × (0 − 0.5) + 0.25 × 0.25 × (0 − 0.5) = 0.1875");
        assertThat(delta.value()).isEqualTo(back.delta(1, 0));
        assertThat(back.delta(1, 0)).isCloseTo(0.125 + 0.09375 - 0.03125, Assertions.within(1e-15));
    }

    @Test
    void binaryCrossEntropyShowsTheCancelledSigmoidDerivative() {
        Network network = new Network(new int[] {1, 2}, new Activation[] {Activation.SIGMOID}, BiasMode.NONE);
        network.layer(1).setWeights(new double[] {0, 0});
        DataSet data = new DataSet(new double[][] {{1}}, new double[][] {{1, 0}});
        Stepper stepper = new Stepper(new Trainer(network, data,
                new TrainingSettings(0.1, 0, BatchMode.ONLINE, 1, Loss.BINARY_CROSS_ENTROPY)));
        FormulaBook book = new FormulaBook(Notation.GRADIENT, 4);
        Snapshot error = stepTo(stepper, PhaseKind.ERROR, 0);
        Formula loss = book.current(error, new NetworkElement.Neuron(1, 0)).get(0);
        // a = (0.5, 0.5): E = −(ln 0.5 + ln(1 − 0.5)) = 2 ln 2
        assertThat(loss.toPlainText()).isEqualTo("E = −Σₖ[yₖ ln aₖ + (1 − yₖ) ln(1 − aₖ)] = −(ln 0.5 + ln(1 − 0.5)) = 1.386");
        assertThat(loss.value()).isEqualTo(error.loss());
        Snapshot back = stepTo(stepper, PhaseKind.BACKWARD, 1);
        Formula delta = book.current(back, new NetworkElement.Neuron(1, 0)).get(0);
        assertThat(delta.topic()).contains("σ′ cancelled by binary cross-entropy");
        assertThat(delta.toPlainText()).isEqualTo("δ₁ = (a₁ − y₁)/a₁(1 − a₁) · a₁(1 − a₁) = a₁ − y₁ = 0.5 − 1 = −0.5");
    }
}
