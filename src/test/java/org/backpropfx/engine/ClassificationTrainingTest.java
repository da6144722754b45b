package org.backpropfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Softmax, the cross-entropies, L1/L2 and accuracy in the engine, against numbers worked out here. */
class ClassificationTrainingTest {

    /** Records the output deltas and outputs of one sample. */
    private static final class Deltas implements PhaseRecorder {
        final List<double[]> outs = new ArrayList<>();
        double[] outputDelta;
        double loss;
        int layers;

        Deltas(int layers) { this.layers = layers; }

        @Override public void forward(int layer, double[] net, double[] out) { outs.add(out.clone()); }
        @Override public void error(double[] target, double[] output, double l) { loss = l; }
        @Override public void backward(int layer, double[] delta, double[] input, double[] sumW, double[] sumB) {
            if (layer == layers) outputDelta = delta.clone();
        }
        @Override public void update(int layer, double[] gradW, double[] gradB, double[] stepW, double[] stepB,
                                     double[] newW, double[] newB) { }
    }

    /**
     * One step of a 2-input, 3-output softmax layer with cross-entropy, by hand.
     *
     * <pre>
     * weights w_j1 = (ln 2, 0, 0), w_j2 = (5, −3, 7), biases 0; input x = (1, 0); target y = (0, 1, 0); η = 0.1
     * net z = (ln 2, 0, 0)                        (x₂ = 0 hides the second column)
     * e^z = (2, 1, 1), Σ = 4, a = (1/2, 1/4, 1/4)
     * E = −ln a₂ = ln 4 = 1.3862943611198906
     * δ = a − y = (0.5, −0.75, 0.25)              (the Jacobian cancels: Σ y = 1)
     * ∂E/∂w_j1 = δ_j·1, ∂E/∂w_j2 = δ_j·0 = 0, ∂E/∂b_j = δ_j
     * w_j1 ← w_j1 − 0.1·δ_j = (ln 2 − 0.05, 0.075, −0.025); w_j2 unchanged; b = (−0.05, 0.075, −0.025)
     * next net z' = (ln 2 − 0.1, 0.15, −0.05)
     * e^z' = (1.809674836071919, 1.161834242728283, 0.951229424500714), Σ = 3.9227385033009163
     * E' = ln Σ − z'₂ = 1.3667900076773757 − 0.15 = 1.2167900076773757   (lower: the step helped)
     * </pre>
     */
    @Test
    void oneSoftmaxCrossEntropyStepWorkedByHand() {
        Network network = new Network(new int[] {2, 3}, new Activation[] {Activation.SOFTMAX}, BiasMode.TRAINABLE);
        Layer layer = network.layer(1);
        layer.setWeights(new double[] {Math.log(2), 5, 0, -3, 0, 7});
        DataSet data = new DataSet(new double[][] {{1, 0}}, new double[][] {{0, 1, 0}});
        Trainer trainer = new Trainer(network, data,
                new TrainingSettings(0.1, 0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY));
        Deltas seen = new Deltas(1);
        double loss = trainer.trainSample(seen);

        assertThat(seen.outs.get(0)).containsExactly(new double[] {0.5, 0.25, 0.25}, within(1e-16));
        assertThat(loss).isCloseTo(1.3862943611198906, within(1e-15));
        assertThat(seen.outputDelta).containsExactly(new double[] {0.5, -0.75, 0.25}, within(1e-16));
        assertThat(layer.weightsCopy()).containsExactly(
                new double[] {Math.log(2) - 0.05, 5, 0.075, -3, -0.025, 7}, within(1e-15));
        assertThat(layer.biasesCopy()).containsExactly(new double[] {-0.05, 0.075, -0.025}, within(1e-16));
        assertThat(network.loss(data.input(0), data.target(0), Loss.CROSS_ENTROPY))
                .isCloseTo(1.2167900076773757, within(1e-15));
    }

    /**
     * With its matching output a cross-entropy's delta is a − y computed as one subtraction, so it equals the
     * difference of the very output and target doubles, to the bit (not just to rounding).
     */
    @Test
    void matchingOutputsGiveDeltaAMinusYToTheBit() {
        double[][] inputs = {{0.3, -1.2}, {2.5, 0.7}, {-0.4, 0.1}};
        for (Loss loss : new Loss[] {Loss.CROSS_ENTROPY, Loss.BINARY_CROSS_ENTROPY}) {
            Activation output = loss == Loss.CROSS_ENTROPY ? Activation.SOFTMAX : Activation.SIGMOID;
            Network network = new Network(new int[] {2, 4, 3}, new Activation[] {Activation.TANH, output},
                    BiasMode.TRAINABLE);
            Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 11);
            double[][] targets = loss == Loss.CROSS_ENTROPY
                    ? new double[][] {{0, 0, 1}, {0.2, 0.5, 0.3}, {1, 0, 0}}
                    : new double[][] {{0, 1, 1}, {0.2, 0.9, 0.3}, {1, 0, 0}};
            Trainer trainer = new Trainer(network, new DataSet(inputs, targets),
                    new TrainingSettings(0.5, 0.5, BatchMode.ONLINE, 1, loss));
            for (int s = 0; s < 3; s++) {
                Deltas seen = new Deltas(2);
                trainer.trainSample(seen);
                double[] a = seen.outs.get(1);
                for (int k = 0; k < 3; k++) {
                    assertThat(Double.doubleToRawLongBits(seen.outputDelta[k]))
                            .as(loss + " sample " + s + " output " + k)
                            .isEqualTo(Double.doubleToRawLongBits(a[k] - targets[s][k]));
                }
            }
        }
    }

    /** Softmax's outputs add up to 1 and follow e^z/Σe^z; with squared error the delta is the Jacobian's sum. */
    @Test
    void softmaxWithSquaredErrorSumsItsJacobian() {
        Network network = new Network(new int[] {2, 3}, new Activation[] {Activation.SOFTMAX}, BiasMode.TRAINABLE);
        network.layer(1).setWeights(new double[] {0.5, -1, 1.5, 0.25, -0.75, 2});
        network.layer(1).setBiases(new double[] {0.1, -0.2, 0.3});
        double[] x = {0.8, -0.6};
        double[] y = {0, 0, 1};
        double[] z = {0.1 + 0.5 * 0.8 + 0.6, -0.2 + 1.5 * 0.8 - 0.25 * 0.6, 0.3 - 0.75 * 0.8 - 2 * 0.6};
        double[] e = {Math.exp(z[0]), Math.exp(z[1]), Math.exp(z[2])};
        double sum = e[0] + e[1] + e[2];
        double[] a = {e[0] / sum, e[1] / sum, e[2] / sum};
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {x}, new double[][] {y}),
                TrainingSettings.plain(0.1));
        Deltas seen = new Deltas(1);
        double loss = trainer.trainSample(seen);
        assertThat(seen.outs.get(0)).containsExactly(a, within(1e-15));
        assertThat(loss).isCloseTo(0.5 * (a[0] * a[0] + a[1] * a[1] + (1 - a[2]) * (1 - a[2])), within(1e-15));
        for (int j = 0; j < 3; j++) {
            // δ_j = Σ_k (a_k − y_k)·a_k([k = j] − a_j), written out term by term.
            double expected = 0;
            for (int k = 0; k < 3; k++) expected += (a[k] - y[k]) * a[k] * ((k == j ? 1 : 0) - a[j]);
            assertThat(seen.outputDelta[j]).isCloseTo(expected, within(1e-15));
        }
    }

    /** Net inputs of ±10⁶ (the most a lesson file allows): finite errors, the exact log-sum-exp and softplus values. */
    @Test
    void hugeNetInputsGiveFiniteErrors() {
        Network softmax = new Network(new int[] {1, 3}, new Activation[] {Activation.SOFTMAX}, BiasMode.NONE);
        softmax.layer(1).setWeights(new double[] {1e6, -1e6, 0});
        // a = (1, 0, 0): −ln a₂ would be ∞; ln Σe^z − z₂ = 10⁶ − (−10⁶).
        assertThat(softmax.predict(new double[] {1})).containsExactly(1, 0, 0);
        assertThat(softmax.loss(new double[] {1}, new double[] {0, 1, 0}, Loss.CROSS_ENTROPY)).isEqualTo(2e6);
        assertThat(softmax.loss(new double[] {1}, new double[] {1, 0, 0}, Loss.CROSS_ENTROPY)).isEqualTo(0);

        Network sigmoid = new Network(new int[] {1, 2}, new Activation[] {Activation.SIGMOID}, BiasMode.NONE);
        sigmoid.layer(1).setWeights(new double[] {1e6, -1e6});
        // σ(10⁶) = 1 and σ(−10⁶) = 0 in doubles; the errors are softplus(10⁶) = 10⁶ each.
        assertThat(sigmoid.predict(new double[] {1})).containsExactly(1, 0);
        assertThat(sigmoid.loss(new double[] {1}, new double[] {0, 1}, Loss.BINARY_CROSS_ENTROPY)).isEqualTo(2e6);

        DataSet data = new DataSet(new double[][] {{1}}, new double[][] {{0, 1}});
        Trainer trainer = new Trainer(sigmoid, data, new TrainingSettings(0.1, 0, BatchMode.ONLINE, 1,
                Loss.BINARY_CROSS_ENTROPY));
        assertThat(trainer.trainSample()).isEqualTo(2e6);
        // δ = a − y = (1, −1): each weight moves by −0.1·δ·x.
        assertThat(sigmoid.layer(1).weightsCopy()).containsExactly(1e6 - 0.1, -1e6 + 0.1);
    }

    /** w ← w − η(g + λ₂w + λ₁sign(w)) on the weights, plain −ηg on the biases; sign(0) = 0. */
    @Test
    void regularisedUpdateByHand() {
        Network network = new Network(new int[] {3, 1}, new Activation[] {Activation.IDENTITY}, BiasMode.TRAINABLE);
        network.layer(1).setWeights(new double[] {0.5, -2, 0});
        network.layer(1).setBias(0, 1.5);
        // x = (1, 1, 1): z = 0.5 − 2 + 0 + 1.5 = 0; target 1; half-sse δ = z − y = −1; g = δ·x = −1 for each weight.
        DataSet data = new DataSet(new double[][] {{1, 1, 1}}, new double[][] {{1}});
        double eta = 0.1;
        double l1 = 0.25;
        double l2 = 0.5;
        TrainingSettings settings = new TrainingSettings(eta, 0, BatchMode.ONLINE, 1, Loss.HALF_SSE, l1, l2);
        Trainer trainer = new Trainer(network, data, settings);
        assertThat(trainer.penalty()).isEqualTo(l2 / 2 * (0.25 + 4 + 0) + l1 * (0.5 + 2 + 0));
        trainer.trainSample();
        double[] w = network.layer(1).weightsCopy();
        // w₁: 0.5 − 0.1(−1 + 0.5·0.5 + 0.25·1) = 0.5 + 0.05 = 0.55
        assertThat(w[0]).isCloseTo(0.55, within(1e-15));
        // w₂: −2 − 0.1(−1 + 0.5·(−2) + 0.25·(−1)) = −2 + 0.225 = −1.775
        assertThat(w[1]).isCloseTo(-1.775, within(1e-15));
        // w₃: 0 − 0.1(−1 + 0 + 0) = 0.1 (sign(0) = 0: no L1 push at zero)
        assertThat(w[2]).isCloseTo(0.1, within(1e-15));
        // the bias is not regularised: 1.5 − 0.1·(−1) = 1.6
        assertThat(network.layer(1).bias(0)).isCloseTo(1.6, within(1e-15));
    }

    /** With momentum v ← μv − η(g + λ₂w + λ₁sign(w)), the penalty's gradient taken once per (mini-)batch update. */
    @Test
    void regularisedMomentumOncePerBatch() {
        Network network = new Network(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, BiasMode.NONE);
        network.layer(1).setWeight(0, 0, 2);
        // Two samples x = 1, target 0, one mini-batch of 2: half-sse g = Σ (w·x − 0)·x = 2w.
        DataSet data = new DataSet(new double[][] {{1}, {1}}, new double[][] {{0}, {0}});
        double eta = 0.1;
        double mu = 0.5;
        double l2 = 0.2;
        Trainer trainer = new Trainer(network, data, new TrainingSettings(eta, mu, BatchMode.MINI_BATCH, 2,
                Loss.HALF_SSE, 0, l2));
        trainer.trainEpoch();
        // v₁ = −0.1·(2·2 + 0.2·2) = −0.44; w = 2 − 0.44 = 1.56
        double v1 = -eta * (2 * 2 + l2 * 2);
        assertThat(network.layer(1).weight(0, 0)).isCloseTo(2 + v1, within(1e-15));
        trainer.trainEpoch();
        double w1 = 2 + v1;
        double v2 = mu * v1 - eta * (2 * w1 + l2 * w1);
        assertThat(network.layer(1).weight(0, 0)).isCloseTo(w1 + v2, within(1e-15));
        assertThat(trainer.updates()).isEqualTo(2);
    }

    /** Accuracy and the confusion matrix against a count by hand. */
    @Test
    void accuracyAndConfusionMatrixCountedByHand() {
        // One identity layer that copies its three inputs: the "output" is the input, so each sample's
        // predicted class is the index of its largest input.
        Network network = new Network(new int[] {3, 3}, new Activation[] {Activation.IDENTITY}, BiasMode.NONE);
        network.layer(1).setWeights(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        double[][] inputs = {
            {0.9, 0.1, 0.0}, // predicted 0, target 0: right
            {0.2, 0.7, 0.1}, // predicted 1, target 1: right
            {0.6, 0.3, 0.1}, // predicted 0, target 1: wrong
            {0.1, 0.1, 0.8}, // predicted 2, target 2: right
            {0.1, 0.8, 0.1}, // predicted 1, target 2: wrong
            {0.5, 0.5, 0.0}, // a tie: the first, 0; target 0: right
        };
        double[][] targets = {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}, {1, 0, 0}};
        DataSet data = new DataSet(inputs, targets);
        ConfusionMatrix m = Classification.confusion(network, data);
        int[][] byHand = {{2, 0, 0}, {1, 1, 0}, {0, 1, 1}};
        for (int actual = 0; actual < 3; actual++) {
            for (int predicted = 0; predicted < 3; predicted++) {
                assertThat(m.count(actual, predicted)).as(actual + "→" + predicted).isEqualTo(byHand[actual][predicted]);
            }
        }
        assertThat(m.correct()).isEqualTo(4);
        assertThat(m.accuracy()).isEqualTo(4.0 / 6.0);

        // The trainer counts the same way, sample by sample, before each sample's update; η tiny and
        // the weights locked so that nothing moves and the epoch's count is the matrix's diagonal.
        for (int j = 0; j < 3; j++) for (int i = 0; i < 3; i++) network.layer(1).setWeightLocked(j, i, true);
        Trainer trainer = new Trainer(network, data, TrainingSettings.plain(0.1));
        trainer.trainEpoch();
        assertThat(trainer.lastEpochAccuracy()).isEqualTo(4.0 / 6.0);
    }

    /** One output: class 1 from 0.5 on, for outputs and targets alike. */
    @Test
    void oneOutputIsTwoClassesSplitAtAHalf() {
        assertThat(Classification.classOf(new double[] {0.5})).isEqualTo(1);
        assertThat(Classification.classOf(new double[] {0.4999})).isEqualTo(0);
        assertThat(Classification.classCount(1)).isEqualTo(2);
        Network network = new Network(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, BiasMode.NONE);
        network.layer(1).setWeight(0, 0, 1);
        DataSet data = new DataSet(new double[][] {{0.9}, {0.2}, {0.7}}, new double[][] {{1}, {1}, {0}});
        ConfusionMatrix m = Classification.confusion(network, data);
        // target 1 & 0.9 → right; target 1 & 0.2 → predicted 0; target 0 & 0.7 → predicted 1.
        assertThat(m.count(1, 1)).isEqualTo(1);
        assertThat(m.count(1, 0)).isEqualTo(1);
        assertThat(m.count(0, 1)).isEqualTo(1);
        assertThat(m.count(0, 0)).isZero();
        assertThat(m.accuracy()).isEqualTo(1.0 / 3.0);
    }
}
