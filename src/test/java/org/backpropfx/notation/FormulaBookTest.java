package org.backpropfx.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

class FormulaBookTest {

    // --- article 002: one weight, identity, C = (y − a)², η = 0.1 -----------------------------------

    private static Stepper singleWeight() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.8);
        DataSet data = new DataSet(new double[][] {{1.5}}, new double[][] {{0.5}});
        return new Stepper(new Trainer(network, data, TrainingSettings.plain(0.1).withLoss(Loss.SSE)));
    }

    private static Snapshot stepTo(Stepper stepper, PhaseKind kind, int layer) {
        for (int k = 0; k < 100; k++) {
            Snapshot s = stepper.stepForward();
            if (s.phase().kind() == kind && s.phase().layer() == layer) return s;
        }
        throw new AssertionError("no phase " + kind + " " + layer);
    }

    @Test
    void singleWeightExampleGivesArticleNumbers() {
        FormulaBook book = new FormulaBook(Notation.GRADIENT, 4);
        Stepper stepper = singleWeight();
        NetworkElement.Weight w = new NetworkElement.Weight(1, 0, 0);

        List<Formula> forward = book.current(stepTo(stepper, PhaseKind.FORWARD, 1), w);
        assertEquals("z₁ = Σᵢw₁ᵢxᵢ = 0.8 × 1.5 = 1.2", forward.get(0).toPlainText());
        assertEquals(1.2, forward.get(0).value(), 1e-12);

        List<Formula> backward = book.current(stepTo(stepper, PhaseKind.BACKWARD, 1), w);
        assertEquals("δ₁ = 2(a₁ − y₁) = 2 × (1.2 − 0.5) = 1.4", backward.get(0).toPlainText());
        assertEquals("∂E/∂w₁₁ = δ₁x₁ = 1.4 × 1.5 = 2.1", backward.get(1).toPlainText());
        assertEquals(2 * (1.2 - 0.5) * 1.5, backward.get(1).value(), 1e-12);

        List<Formula> update = book.current(stepTo(stepper, PhaseKind.UPDATE, 0), w);
        assertEquals("Δw₁₁ = −η·∂E/∂w₁₁ = −0.1 × 2.1 = −0.21", update.get(0).toPlainText());
        assertEquals("w₁₁ ← w₁₁ − η·∂E/∂w₁₁ = 0.8 − 0.1 × 2.1 = 0.59", update.get(1).toPlainText());
        assertEquals(0.59, update.get(1).value(), 1e-12);
        assertEquals("$w_{11} \\leftarrow w_{11} - \\eta \\cdot \\partial E/\\partial w_{11} = 0.8 - 0.1 \\times 2.1 = 0.59$",
                update.get(1).toMarkdown().replaceAll(" +", " "));
    }

    // --- MIT notation on a 2-2-1 sigmoid network, checked against arithmetic done here ----------------

    private static final double[] X = {0.35, 0.9};
    private static final double D = 0.01;

    private static Network twoTwoOne() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        network.layer(1).setWeights(new double[] {0.1, 0.8, 0.4, 0.6});
        network.layer(1).setBiases(new double[] {0.3, -0.2});
        network.layer(2).setWeights(new double[] {0.3, 0.9});
        network.layer(2).setBiases(new double[] {0.05});
        return network;
    }

    private static Stepper twoTwoOneStepper(TrainingSettings settings) {
        DataSet data = new DataSet(new double[][] {X}, new double[][] {{D}});
        return new Stepper(new Trainer(twoTwoOne(), data, settings));
    }

    private static double sigmoid(double s) { return 1.0 / (1.0 + Math.exp(-s)); }

    @Test
    void mitOutputDeltaMatchesHandArithmetic() {
        double h1 = sigmoid(0.3 + 0.1 * 0.35 + 0.8 * 0.9);
        double h2 = sigmoid(-0.2 + 0.4 * 0.35 + 0.6 * 0.9);
        double z = sigmoid(0.05 + 0.3 * h1 + 0.9 * h2);
        double gamma = z * (1 - z) * (D - z);

        SignificantFormat f = new SignificantFormat(4);
        FormulaBook book = new FormulaBook(Notation.MIT, f);
        Snapshot s = stepTo(twoTwoOneStepper(TrainingSettings.plain(0.5)), PhaseKind.BACKWARD, 2);
        Formula delta = book.current(s, new NetworkElement.Neuron(2, 0)).get(0);

        assertEquals(gamma, delta.value(), 1e-15);
        assertEquals(-s.delta(2, 0), delta.value());
        assertEquals("γ₁ = β₁(1 − β₁)(d₁ − z₁) = " + f.format(z) + " × (1 − " + f.format(z) + ") × (0.01 − "
                + f.format(z) + ") = " + f.format(gamma), delta.toPlainText());
        assertTrue(delta.toPlainText().endsWith("= −0.1451"), delta.toPlainText());

        Snapshot hidden = stepTo(twoTwoOneStepper(TrainingSettings.plain(0.5)), PhaseKind.BACKWARD, 1);
        Formula hiddenDelta = book.current(hidden, new NetworkElement.Neuron(1, 1)).get(0);
        assertEquals(h2 * (1 - h2) * 0.9 * gamma, hiddenDelta.value(), 1e-15);
        assertTrue(hiddenDelta.toPlainText().startsWith("γ₂ = β₂(1 − β₂) Σₖwₖ₂γₖ = "), hiddenDelta.toPlainText());
    }

    @Test
    void mitForwardShowsTheBiasAsAWeightOnMinusOne() {
        FormulaBook book = new FormulaBook(Notation.MIT, 4);
        Snapshot s = stepTo(twoTwoOneStepper(TrainingSettings.plain(0.5)), PhaseKind.FORWARD, 1);
        List<Formula> first = book.current(s, new NetworkElement.Neuron(1, 0));
        assertEquals("α₁ = Σᵢw₁ᵢxᵢ − w₁₀ = 0.1 × 0.35 + 0.8 × 0.9 − (−0.3) = 1.055", first.get(0).toPlainText());
        assertEquals("β₁ = 1/(1 + e^(−α₁)) = 1/(1 + e^(−1.055)) = " + new SignificantFormat(4).format(sigmoid(1.055)),
                first.get(1).toPlainText());
    }

    @Test
    void mitUpdateAddsRateTimesInputTimesGamma() {
        FormulaBook book = new FormulaBook(Notation.MIT, 4);
        Snapshot s = stepTo(twoTwoOneStepper(TrainingSettings.plain(0.5)), PhaseKind.UPDATE, 0);
        List<Formula> update = book.current(s, new NetworkElement.Weight(2, 0, 1));
        assertTrue(update.get(0).toPlainText().startsWith("Δw₁₂ = r·x₂·γ₁ = 0.5 × "), update.get(0).toPlainText());
        assertEquals(s.step(2, 0, 1), update.get(0).value());
        assertTrue(update.get(1).toPlainText().startsWith("w₁₂ ← w₁₂ + Δw₁₂ = 0.9 + (−"), update.get(1).toPlainText());
        assertEquals(s.newWeight(2, 0, 1), update.get(1).value());

        List<Formula> bias = book.current(s, new NetworkElement.Bias(2, 0));
        assertEquals(-s.biasStep(2, 0), bias.get(0).value());
        assertEquals(-s.newBias(2, 0), bias.get(1).value());
        assertTrue(bias.get(1).toPlainText().startsWith("w₁₀ ← w₁₀ + Δw₁₀ = −0.05 + "), bias.get(1).toPlainText());
    }

    // --- notation switch: symbols change, numbers do not (up to γ = −δ, w₀ = −b, P = −E) -------------

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private static List<String> numbers(MathText text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.toPlainText());
        while (m.find()) found.add(m.group());
        found.sort(null);
        return found;
    }

    @Test
    void switchingNotationKeepsTheNumbers() {
        TrainingSettings settings = TrainingSettings.plain(0.5);
        Stepper mitStepper = twoTwoOneStepper(settings);
        Stepper gradientStepper = twoTwoOneStepper(settings);
        FormulaBook mit = new FormulaBook(Notation.MIT, 6);
        FormulaBook gradient = new FormulaBook(Notation.GRADIENT, 6);
        int compared = 0;
        do {
            Snapshot a = mitStepper.stepForward();
            Snapshot b = gradientStepper.stepForward();
            List<Formula> fa = mit.phase(a);
            List<Formula> fb = gradient.phase(b);
            assertEquals(fa.size(), fb.size(), a.describePhase());
            for (int k = 0; k < fa.size(); k++) {
                Formula m = fa.get(k);
                Formula g = fb.get(k);
                assertEquals(Math.abs(g.value()), Math.abs(m.value()), m.topic());
                assertTrue(!m.symbolic().equals(g.symbolic()) || m.symbolic().toPlainText().startsWith("x")
                        || m.symbolic().toPlainText().startsWith("Δw"), m.topic());
                // Written differently on purpose: MIT's bias gradient has the −1 input, its Δw = r·x·γ
                // shows the factors where the other shows −η·∂E/∂w, and plain descent skips Δw.
                boolean writtenDifferently = m.topic().startsWith("gradient of the bias")
                        || m.topic().startsWith("change of") || m.topic().startsWith("new ");
                if (!writtenDifferently) {
                    assertEquals(numbers(g.substituted()), numbers(m.substituted()), m.topic());
                }
                if (m.topic().startsWith("γ")) assertEquals(-g.value(), m.value(), m.topic());
                if (m.topic().startsWith("new bias")) assertEquals(-g.value(), m.value(), m.topic());
                if (m.topic().startsWith("performance")) assertEquals(-g.value(), m.value(), m.topic());
                compared++;
            }
        } while (!mitStepper.snapshot().isLastPhase());
        assertTrue(compared > 30, "compared " + compared);
    }

    // --- losses, activations, batches ---------------------------------------------------------------

    @Test
    void meanSquaredErrorInABatchShowsTheMeanOfTheSum() {
        Network network = twoTwoOne();
        DataSet data = new DataSet(new double[][] {X, {0.1, 0.2}}, new double[][] {{D}, {0.9}});
        TrainingSettings settings = TrainingSettings.plain(0.5).withLoss(Loss.MSE).withBatch(BatchMode.FULL_BATCH, 1);
        Stepper stepper = new Stepper(new Trainer(network, data, settings));
        stepper.finishSample();
        Snapshot s = stepTo(stepper, PhaseKind.UPDATE, 0);
        FormulaBook book = new FormulaBook(Notation.GRADIENT, 4);
        List<Formula> update = book.current(s, new NetworkElement.Weight(1, 1, 0));
        assertEquals("∂E/∂w₂₁ = (1/m) Σ_(batch)∂E/∂w₂₁ = (1/2) × " + book.format().format(s.batchSum(1, 1, 0))
                + " = " + book.format().format(s.updateGradient(1, 1, 0)), update.get(0).toPlainText());
        assertEquals(s.updateGradient(1, 1, 0), update.get(0).value());
        assertEquals(s.batchSum(1, 1, 0) / 2, update.get(0).value(), 1e-17);
        assertEquals(s.newWeight(1, 1, 0), update.get(2).value());
    }

    @Test
    void everyActivationHasItsDerivativeInTheDelta() {
        String[] expectedStart = {"δ₁ = (a₁ − y₁)·a₁(1 − a₁) = ", "δ₁ = (a₁ − y₁)·(1 − a₁²) = ",
                "δ₁ = (a₁ − y₁)·step(z₁) = ", "δ₁ = (a₁ − y₁) = "};
        Activation[] activations = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.IDENTITY};
        for (int k = 0; k < activations.length; k++) {
            Network network = twoTwoOne();
            network.layer(2).setActivation(activations[k]);
            DataSet data = new DataSet(new double[][] {X}, new double[][] {{D}});
            Snapshot s = stepTo(new Stepper(new Trainer(network, data, TrainingSettings.plain(0.1))),
                    PhaseKind.BACKWARD, 2);
            Formula delta = new FormulaBook(Notation.GRADIENT, 4).current(s, new NetworkElement.Neuron(2, 0)).get(0);
            assertTrue(delta.toPlainText().startsWith(expectedStart[k]), delta.toPlainText());
            assertEquals(s.delta(2, 0), delta.value());
        }
    }

    @Test
    void errorFormulaFollowsTheLoss() {
        for (Loss loss : new Loss[] {Loss.HALF_SSE, Loss.SSE, Loss.MSE}) {
            DataSet data = new DataSet(new double[][] {X}, new double[][] {{D}});
            Snapshot s = stepTo(new Stepper(new Trainer(twoTwoOne(), data, TrainingSettings.plain(0.1).withLoss(loss))),
                    PhaseKind.ERROR, 0);
            Formula mit = new FormulaBook(Notation.MIT, 4).current(s, new NetworkElement.Neuron(2, 0)).get(0);
            String factor = switch (loss) {
                case HALF_SSE -> "½";
                case SSE -> "";
                case MSE -> "(1/n)";
                default -> throw new AssertionError(loss);
            };
            assertTrue(mit.toPlainText().startsWith("P = −" + factor + "Σₖ(dₖ − zₖ)² = "), mit.toPlainText());
            assertEquals(-s.loss(), mit.value());
        }
    }

    @Test
    void knownListsEverythingComputedSoFarForTheSelection() {
        Stepper stepper = twoTwoOneStepper(TrainingSettings.plain(0.5));
        Snapshot s = stepTo(stepper, PhaseKind.UPDATE, 0);
        FormulaBook book = new FormulaBook(Notation.MIT, 4);
        List<String> topics = book.known(s, new NetworkElement.Weight(1, 0, 1)).stream().map(Formula::topic).toList();
        assertEquals(Arrays.asList("net input of neuron 1 of hidden layer 1", "γ of neuron 1 of hidden layer 1",
                "gradient of w12 of layer 1", "change of w12 of layer 1", "new w12 of layer 1"), topics);
        assertEquals(List.of(), book.current(stepper.stepBack() ? stepper.snapshot() : s,
                new NetworkElement.Neuron(2, 0)));
    }
}
