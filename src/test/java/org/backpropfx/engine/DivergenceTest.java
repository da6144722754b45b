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

    /**
     * Online training proves most updates in range from a running bound instead of checking each value: a
     * weight walked up to the limit by many small steps is still stopped at the first step past it, the
     * sample found by following w ← w − η·(w + b − d) by hand.
     */
    @Test
    void aWeightWalkedToTheLimitInSmallStepsStopsAtTheFirstStepPastIt() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        double rate = 0.001;
        double target = 2.2e6; // w and b move alike, so each heads for 1.1e6
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1}}, new double[][] {{target}}),
                TrainingSettings.plain(rate));
        double w = 0.0;
        long expectedSteps = 0;
        while (true) {
            double next = w - rate * ((w + w) - target);
            if (Math.abs(next) > Network.MAX_MAGNITUDE) break;
            w = next;
            expectedSteps++;
        }

        TrainingDivergedException e = null;
        while (e == null) e = catchThrowableOfType(TrainingDivergedException.class, trainer::trainSample);

        assertThat(e.reason()).isEqualTo(TrainingDivergedException.Cause.WEIGHT);
        assertThat(trainer.samplesSeen()).isEqualTo(expectedSteps);
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(w);
        assertThat(network.layer(1).bias(0)).isEqualTo(w);
    }

    /** An edit or a state put back between samples may move a weight anywhere: the next update is checked against it. */
    @Test
    void aWeightEditedOrPutBackNearTheLimitBetweenSamplesIsStoppedAtTheNextStep() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        // E = ½(w + b − d)² at x = 1: one step moves w and b alike by η(d − w − b)
        Trainer trainer = new Trainer(network, new DataSet(new double[][] {{1}}, new double[][] {{4}}),
                TrainingSettings.plain(0.5));
        TrainerState small = trainer.saveState();
        for (int k = 0; k < 10; k++) trainer.trainSample(); // small steps: a bound well inside the limit

        // w + b = 1, so both move by 0.5·(4 − 1) = +1.5: the bias stays inside, the weight would pass the limit
        network.layer(1).setWeight(0, 0, Network.MAX_MAGNITUDE - 1);
        network.layer(1).setBias(0, -Network.MAX_MAGNITUDE + 2);
        TrainerState near = trainer.saveState();
        assertThatThrownBy(trainer::trainSample).isInstanceOf(TrainingDivergedException.class);
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(Network.MAX_MAGNITUDE - 1);
        assertThat(network.layer(1).bias(0)).isEqualTo(-Network.MAX_MAGNITUDE + 2);

        trainer.restoreState(small);
        for (int k = 0; k < 10; k++) trainer.trainSample();
        trainer.restoreState(near);
        assertThatThrownBy(trainer::trainSample).isInstanceOf(TrainingDivergedException.class);
        assertThat(network.layer(1).weight(0, 0)).isEqualTo(Network.MAX_MAGNITUDE - 1);
        assertThat(network.layer(1).bias(0)).isEqualTo(-Network.MAX_MAGNITUDE + 2);
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
