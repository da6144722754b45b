package org.backpropfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Training stops at the first value that is not finite, or at the first weight beyond the limit, and keeps nothing of that sample. */
class DivergenceTest {

    /** The lesson that once saved weights of 5e27: identity, rate 100, an input of 10⁶. */
    @Test
    void aWeightIsNeverTrainedBeyondTheLimitAndTheSampleLeavesNoTrace() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.5);
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1e6}}, new double[][] {{0}}),
                TrainingSettings.plain(100));
        TrainerState before = trainer.saveState();

        TrainingDivergedException e = catchThrowableOfType(TrainingDivergedException.class, trainer::trainSample);

        assertThat(e.reason()).isEqualTo(TrainingDivergedException.Cause.WEIGHT);
        assertThat(e.getMessage()).isEqualTo("a weight or bias would have grown beyond ±1,000,000 (the largest a lesson"
                + " holds) at sample 1 of epoch 1 — try a smaller learning rate");
        assertThat(trainer.saveState().weights()[1]).containsExactly(before.weights()[1]);
        assertThat(trainer.saveState().biases()[1]).containsExactly(before.biases()[1]);
        assertThat(trainer.samplesSeen()).isZero();
        assertThat(trainer.lastSampleLoss()).isNaN();
    }

    @Test
    void aWeightOnTheLimitIsKeptAndOnePastItIsNot() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, Network.MAX_MAGNITUDE - 1);
        // E = ½(d − w)², so one step of rate r moves w by r(d − w): here exactly +1, onto the limit.
        double target = Network.MAX_MAGNITUDE;
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1}}, new double[][] {{target}}),
                TrainingSettings.plain(1));
        trainer.trainSample();
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(Network.MAX_MAGNITUDE);

        network.layer(1).setWeight(0, 0, Network.MAX_MAGNITUDE - 1);
        trainer.setSettings(TrainingSettings.plain(2));
        assertThatThrownBy(trainer::trainSample).isInstanceOf(TrainingDivergedException.class);
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(Network.MAX_MAGNITUDE - 1);
    }

    @Test
    void anInfiniteNetInputIsCaughtWhereItArisesInEveryBatchMode() {
        for (BatchMode mode : BatchMode.values()) {
            Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 1, 1, 1);
            network.layer(1).setWeight(0, 0, 1000);
            // An input no lesson file holds, but data built in code can: 1000 · 1e306 overflows.
            Trainer trainer = new Trainer(network, new DataSet(new double[][] {{0.5}, {1e306}}, new double[][] {{0}, {1}}),
                    new TrainingSettings(0.5, 0.0, mode, mode == BatchMode.MINI_BATCH ? 2 : 1, Loss.HALF_SSE));
            trainer.trainSample();
            TrainerState afterFirst = trainer.saveState();

            TrainingDivergedException e = catchThrowableOfType(TrainingDivergedException.class, trainer::trainSample);

            assertThat(e.reason()).as("%s", mode).isEqualTo(TrainingDivergedException.Cause.NET_INPUT);
            assertThat(e.layer()).isEqualTo(1);
            assertThat(e.sample()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("a net input in layer 1 became infinite at sample 2 of epoch 1");
            assertThat(trainer.saveState().weights()[2]).containsExactly(afterFirst.weights()[2]);
            assertThat(trainer.nextSample()).isEqualTo(1);
            assertThat(trainer.lastSampleLoss()).isFinite();
        }
    }

    @Test
    void anInfiniteErrorIsNamedAsTheError() {
        // Identity outputs of 1e160: finite, but their squared error is not.
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, 1e150);
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1e10}}, new double[][] {{0}}),
                TrainingSettings.plain(0.1));
        TrainingDivergedException e = catchThrowableOfType(TrainingDivergedException.class, trainer::trainSample);
        assertThat(e.reason()).isEqualTo(TrainingDivergedException.Cause.ERROR);
        assertThat(e.getMessage()).isEqualTo("the error became infinite at sample 1 of epoch 1 — try a smaller learning rate");
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(1e150);
    }

    @Test
    void notANumberIsCalledSo() {
        // ∞ − ∞ in the net input: +1e300·1e10 and −1e300·1e10.
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 2, 1);
        network.layer(1).setWeights(new double[] {1e300, -1e300});
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1e10, 1e10}}, new double[][] {{0}}),
                TrainingSettings.plain(0.1));
        TrainingDivergedException e = catchThrowableOfType(TrainingDivergedException.class, trainer::trainSample);
        assertThat(e.reason()).isEqualTo(TrainingDivergedException.Cause.NET_INPUT);
        assertThat(e.notANumber()).isTrue();
        assertThat(e.getMessage()).startsWith("a net input in layer 1 stopped being a number at sample 1 of epoch 1");
    }
}
