package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.stepper.NetworkElement;
import org.junit.jupiter.api.Test;

class WeightSliceTest {
    private static final DataSet XOR = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    private static Network network(long seed) {
        Network network = new Network(new int[] {2, 3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID},
                BiasMode.TRAINABLE);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.5, seed);
        return network;
    }

    @Test
    void articleSingleWeightSlopeIsTwoPointOneAndTheStepLandsOnZeroPointFiveNine() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.8);
        TrainingSettings settings = new TrainingSettings(0.1, 0.0, BatchMode.ONLINE, 1, Loss.SSE);

        WeightSlice slice = WeightSlice.onSample(network, new NetworkElement.Weight(1, 0, 0), new double[] {1.5},
                new double[] {0.5}, settings, 41);

        assertThat(slice.current()).isEqualTo(0.8);
        assertThat(slice.currentError()).isCloseTo(0.49, within(1e-12));
        assertThat(slice.slope()).isCloseTo(2.1, within(1e-12));
        assertThat(slice.next()).isCloseTo(0.59, within(1e-12));
        assertThat(slice.nextError()).isCloseTo(Math.pow(0.5 - 1.5 * 0.59, 2), within(1e-12));
        for (int k = 0; k < slice.size(); k++) {
            double w = slice.value(k);
            assertThat(slice.error(k)).isCloseTo((0.5 - 1.5 * w) * (0.5 - 1.5 * w), within(1e-12));
        }
        assertThat(slice.value(0)).isLessThan(0.59);
        assertThat(slice.value(slice.size() - 1)).isGreaterThan(0.8);
        assertThat(slice.tangent(1.0)).isCloseTo(0.49 + 2.1 * 0.2, within(1e-12));
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(0.8);
    }

    @Test
    void tangentSlopeIsTheBackpropAndTheNumericalGradientOfEveryParameter() {
        for (long seed = 1; seed <= 5; seed++) {
            Network network = network(seed);
            for (int s = 0; s < XOR.size(); s++) {
                List<GradientCheck.Entry> entries = GradientCheck.check(network, Loss.HALF_SSE, XOR.input(s), XOR.target(s),
                        GradientCheck.DEFAULT_STEP);
                for (GradientCheck.Entry e : entries) {
                    NetworkElement parameter = e.isBias() ? new NetworkElement.Bias(e.layer(), e.neuron())
                            : new NetworkElement.Weight(e.layer(), e.neuron(), e.input());
                    WeightSlice slice = WeightSlice.onSample(network, parameter, XOR.input(s), XOR.target(s),
                            TrainingSettings.plain(0.5), 11);
                    assertThat(relative(slice.slope(), e.backprop())).as("%s backprop", parameter).isLessThan(1e-6);
                    assertThat(relative(slice.slope(), e.numerical())).as("%s numerical", parameter).isLessThan(1e-6);
                    assertThat(relative(slice.numericalSlope(), e.numerical())).isLessThan(1e-6);
                }
            }
        }
    }

    private static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        // Gradients that are zero to rounding (an input of 0 kills a weight's gradient) compare absolutely.
        return scale < 1e-9 ? Math.abs(a - b) : Math.abs(a - b) / scale;
    }

    @Test
    void wholeSetStepLandsWhereAFullBatchUpdatePutsTheWeight() {
        for (Loss loss : Loss.values()) {
            Network network = network(9);
            TrainingSettings settings = new TrainingSettings(0.7, 0.0, BatchMode.FULL_BATCH, 1, loss);
            NetworkElement weight = new NetworkElement.Weight(1, 2, 1);
            NetworkElement bias = new NetworkElement.Bias(2, 0);
            WeightSlice w = WeightSlice.onDataSet(network, weight, XOR, settings, 21);
            WeightSlice b = WeightSlice.onDataSet(network, bias, XOR, settings, 21);

            double sum = 0.0;
            for (int s = 0; s < XOR.size(); s++) sum += network.loss(XOR.input(s), XOR.target(s), loss);
            assertThat(w.currentError()).isCloseTo(loss.batchScale(XOR.size()) * sum, within(1e-15));

            Trainer trainer = new Trainer(network, XOR, settings);
            trainer.trainEpoch();
            assertThat(trainer.network().layer(1).weight(2, 1)).as("%s weight", loss).isCloseTo(w.next(), within(1e-15));
            assertThat(trainer.network().layer(2).bias(0)).as("%s bias", loss).isCloseTo(b.next(), within(1e-15));
        }
    }

    @Test
    void lockedParametersDoNotMove() {
        Network network = network(4);
        network.layer(1).setWeightLocked(0, 1, true);
        WeightSlice slice = WeightSlice.onSample(network, new NetworkElement.Weight(1, 0, 1), XOR.input(3), XOR.target(3),
                TrainingSettings.plain(0.5), 11);
        assertThat(slice.moves()).isFalse();
        assertThat(slice.next()).isEqualTo(slice.current());

        network.setBiasMode(BiasMode.LOCKED);
        WeightSlice bias = WeightSlice.onSample(network, new NetworkElement.Bias(1, 0), XOR.input(3), XOR.target(3),
                TrainingSettings.plain(0.5), 11);
        assertThat(bias.moves()).isFalse();
        assertThat(bias.slope()).isNotZero();
    }

    @Test
    void refusesWhatCannotBeSliced() {
        Network network = network(2);
        TrainingSettings settings = TrainingSettings.plain(0.5);
        assertThatThrownBy(() -> WeightSlice.onSample(network, new NetworkElement.Neuron(1, 0), XOR.input(0),
                XOR.target(0), settings, 11)).hasMessageContaining("weight or a bias").hasMessageContaining("neuron (1, 0)");
        assertThatThrownBy(() -> WeightSlice.onSample(network, new NetworkElement.Weight(3, 0, 0), XOR.input(0),
                XOR.target(0), settings, 11)).hasMessageContaining("layer 3");
        assertThatThrownBy(() -> WeightSlice.onSample(network, new NetworkElement.Weight(1, 5, 0), XOR.input(0),
                XOR.target(0), settings, 11)).hasMessageContaining("outside layer 1");
        network.setBiasMode(BiasMode.NONE);
        assertThatThrownBy(() -> WeightSlice.onSample(network, new NetworkElement.Bias(1, 0), XOR.input(0),
                XOR.target(0), settings, 11)).hasMessageContaining("no biases");
    }

    @Test
    void aSliceNoLongerWantedGivesUpAsSoonAsItAsks() {
        Network network = network(3);
        TrainingSettings settings = TrainingSettings.plain(0.5);
        NetworkElement weight = new NetworkElement.Weight(1, 1, 0);
        int[] asked = {0};
        assertThatThrownBy(() -> WeightSlice.onDataSet(network, weight, XOR, settings, 21, () -> ++asked[0] > 10))
                .isInstanceOf(CancellationException.class);
        assertThat(asked[0]).isEqualTo(11);

        WeightSlice wanted = WeightSlice.onDataSet(network, weight, XOR, settings, 21, () -> false);
        WeightSlice plain = WeightSlice.onDataSet(network, weight, XOR, settings, 21);
        for (int k = 0; k < plain.size(); k++) assertThat(wanted.error(k)).isEqualTo(plain.error(k));
        assertThat(wanted.slope()).isEqualTo(plain.slope());
    }

    @Test
    void estimatedWorkCountsMultiplyAddsAndActivationsOfEveryPass() {
        // 2-2-1: 2·(2 + 1 + 10) + 1·(2 + 1 + 10) per forward pass, 121 points and 5 more passes per sample.
        assertThat(WeightSlice.estimatedWork(new int[] {2, 2, 1}, 4, 121)).isEqualTo(39L * 4 * 126);
        assertThat(WeightSlice.estimatedWork(new int[] {2, 16, 16, 1}, 100_000, 121))
                .isEqualTo(100_000 * WeightSlice.estimatedWork(new int[] {2, 16, 16, 1}, 1, 121));
    }
}
