package org.backpropfx.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainerState;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepperTest {
    static final DataSet XOR = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    static Network network(long seed, int... sizes) {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, seed);
        return network;
    }

    static Stream<TrainingSettings> settings() {
        return Stream.of(
                TrainingSettings.plain(0.5),
                new TrainingSettings(0.3, 0.9, BatchMode.ONLINE, 1, Loss.HALF_SSE),
                new TrainingSettings(0.3, 0.5, BatchMode.MINI_BATCH, 3, Loss.SSE),
                new TrainingSettings(0.3, 0.0, BatchMode.FULL_BATCH, 1, Loss.MSE));
    }

    @Test
    void phasesOfOneSampleInOrder() {
        Stepper stepper = new Stepper(new Trainer(network(1, 2, 3, 2, 1), XOR, TrainingSettings.plain(0.5)));
        assertEquals("Ready", stepper.snapshot().describePhase());
        List<String> names = new ArrayList<>();
        for (int k = 0; k < 8; k++) names.add(stepper.stepForward().describePhase());
        assertEquals(List.of("Forward — layer 1 of 3", "Forward — layer 2 of 3", "Forward — layer 3 of 3", "Error",
                "Backward — deltas of the output layer", "Backward — deltas of hidden layer 2",
                "Backward — deltas of hidden layer 1", "Update weights"), names);
        Snapshot next = stepper.stepForward();
        assertEquals(1, next.sample());
        assertEquals("Forward — layer 1 of 3", next.describePhase());
    }

    @Test
    void valuesOfLaterPhasesAreAbsent() {
        Network network = network(2, 2, 2, 1);
        Stepper stepper = new Stepper(new Trainer(network, XOR, TrainingSettings.plain(0.5)));
        Snapshot ready = stepper.snapshot();
        assertTrue(ready.hasForward(0));
        assertFalse(ready.hasForward(1));
        assertThrows(IllegalStateException.class, () -> ready.out(1, 0));
        Snapshot f1 = stepper.stepForward();
        assertTrue(f1.hasForward(1));
        assertFalse(f1.hasForward(2));
        assertFalse(f1.hasError());
        assertThrows(IllegalStateException.class, () -> f1.loss());
        stepper.stepForward();
        Snapshot error = stepper.stepForward();
        assertTrue(error.hasError());
        assertFalse(error.hasDelta(2));
        Snapshot b2 = stepper.stepForward();
        assertTrue(b2.hasDelta(2));
        assertFalse(b2.hasDelta(1));
        assertFalse(b2.hasUpdate());
        assertThrows(IllegalStateException.class, () -> b2.newWeight(1, 0, 0));
    }

    @Test
    void snapshotNumbersAreTheForwardAndBackwardPassByHand() {
        Network network = network(3, 2, 2, 1);
        Network original = network.copy();
        Stepper stepper = new Stepper(new Trainer(network, XOR, TrainingSettings.plain(0.5)));
        stepper.selectSample(1); // input (0, 1), target 1
        Snapshot s = stepper.finishSample();
        double[] x = {0, 1};
        double[] h = new double[2];
        for (int j = 0; j < 2; j++) {
            double net = original.layer(1).bias(j) + original.layer(1).weight(j, 0) * x[0] + original.layer(1).weight(j, 1) * x[1];
            h[j] = 1 / (1 + Math.exp(-net));
            assertEquals(net, s.net(1, j), 1e-15);
            assertEquals(h[j], s.out(1, j), 1e-15);
        }
        double net = original.layer(2).bias(0) + original.layer(2).weight(0, 0) * h[0] + original.layer(2).weight(0, 1) * h[1];
        double z = 1 / (1 + Math.exp(-net));
        assertEquals(z, s.out(2, 0), 1e-15);
        assertEquals(0.5 * (1 - z) * (1 - z), s.loss(), 1e-15);
        double deltaOut = z * (1 - z) * (z - 1);
        assertEquals(deltaOut, s.delta(2, 0), 1e-15);
        for (int j = 0; j < 2; j++) {
            double deltaHidden = h[j] * (1 - h[j]) * original.layer(2).weight(0, j) * deltaOut;
            assertEquals(deltaHidden, s.delta(1, j), 1e-15);
            assertEquals(deltaHidden * x[1], s.sampleGradient(1, j, 1), 1e-15);
            assertEquals(original.layer(1).weight(j, 1) - 0.5 * deltaHidden * x[1], s.newWeight(1, j, 1), 1e-15);
            assertEquals(-0.5 * deltaOut * h[j], s.step(2, 0, j), 1e-15);
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void steppingPhaseByPhaseEndsWithTheFastPathsWeights(TrainingSettings settings) {
        Network stepped = network(4, 2, 3, 1);
        Network fast = stepped.copy();
        Stepper stepper = new Stepper(new Trainer(stepped, XOR, settings));
        Trainer trainer = new Trainer(fast, XOR, settings);
        for (int sample = 0; sample < 37; sample++) {
            stepper.stepForward();
            while (!stepper.snapshot().isLastPhase()) stepper.stepForward();
            trainer.trainSample();
            Snapshot s = stepper.snapshot();
            for (int l = 1; l <= fast.layerCount(); l++) {
                for (int j = 0; j < fast.size(l); j++) {
                    assertEquals(Double.doubleToLongBits(fast.layer(l).bias(j)), Double.doubleToLongBits(s.bias(l, j)));
                    for (int i = 0; i < fast.size(l - 1); i++) {
                        assertEquals(Double.doubleToLongBits(fast.layer(l).weight(j, i)),
                                Double.doubleToLongBits(s.weight(l, j, i)), "sample " + sample);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void stepBackIsBitExact(TrainingSettings settings) {
        Stepper stepper = new Stepper(new Trainer(network(5, 2, 4, 3, 1), XOR, settings));
        List<List<Long>> seen = new ArrayList<>();
        seen.add(SnapshotValues.of(stepper.snapshot()));
        for (int k = 0; k < 120; k++) seen.add(SnapshotValues.of(stepper.stepForward()));
        for (int k = seen.size() - 2; k >= 0; k--) {
            assertTrue(stepper.stepBack());
            assertEquals(seen.get(k), SnapshotValues.of(stepper.snapshot()), "step " + k);
        }
        assertFalse(stepper.stepBack());
        for (int k = 1; k < 30; k++) assertEquals(seen.get(k), SnapshotValues.of(stepper.stepForward()));
    }

    @Test
    void tenThousandStepsCanBeTakenBack() {
        Network network = network(6, 2, 2, 1);
        double[] start = network.layer(1).weightsCopy();
        Stepper stepper = new Stepper(new Trainer(network, XOR, TrainingSettings.plain(0.5)));
        List<Long> first = SnapshotValues.of(stepper.stepForward());
        for (int k = 1; k < Stepper.MIN_REWIND_STEPS; k++) stepper.stepForward();
        assertTrue(stepper.stepsBackAvailable() >= Stepper.MIN_REWIND_STEPS - 1);
        for (int k = 1; k < Stepper.MIN_REWIND_STEPS; k++) assertTrue(stepper.stepBack(), "step back " + k);
        assertEquals(first, SnapshotValues.of(stepper.snapshot()));
        assertArrayEquals(start, new double[] {
                stepper.snapshot().weightBefore(1, 0, 0), stepper.snapshot().weightBefore(1, 0, 1),
                stepper.snapshot().weightBefore(1, 1, 0), stepper.snapshot().weightBefore(1, 1, 1)});
    }

    @Test
    void historyStaysBoundedOnLongRuns() {
        Stepper stepper = new Stepper(new Trainer(network(6, 2, 2, 1), XOR, TrainingSettings.plain(0.5)));
        for (int k = 0; k < 30_000; k++) stepper.stepForward();
        int available = stepper.stepsBackAvailable();
        assertTrue(available >= Stepper.MIN_REWIND_STEPS && available < Stepper.MIN_REWIND_STEPS + 20, "" + available);
    }

    @Test
    void aRunThatDivergesLeavesTrainerAndCursorExactlyWhereTheyWere() {
        Stepper stepper = new Stepper(TestLessons.divergent().newTrainer());
        for (int k = 0; k < 40; k++) stepper.stepForward();
        List<Long> shown = SnapshotValues.of(stepper.snapshot());
        TrainerState before = stepper.trainer().saveState();

        assertThrows(TrainingDivergedException.class, () -> stepper.runSamples(1_000));

        TrainerState after = stepper.trainer().saveState();
        assertTrue(Arrays.deepEquals(before.weights(), after.weights()), "weights");
        assertTrue(Arrays.deepEquals(before.biases(), after.biases()), "biases");
        assertTrue(Arrays.deepEquals(before.velocityW(), after.velocityW()), "velocities");
        assertEquals(before.nextSample(), after.nextSample());
        assertEquals(before.samplesSeen(), after.samplesSeen());
        assertEquals(before.epoch(), after.epoch());
        assertEquals(Double.doubleToLongBits(before.epochLossSum()), Double.doubleToLongBits(after.epochLossSum()));
        assertEquals(Double.doubleToLongBits(before.lastSampleLoss()), Double.doubleToLongBits(after.lastSampleLoss()));
        assertEquals(shown, SnapshotValues.of(stepper.snapshot()));
        // and it goes on from there as if the failed run never happened
        Stepper fresh = new Stepper(TestLessons.divergent().newTrainer());
        for (int k = 0; k < 40; k++) fresh.stepForward();
        stepper.runSamples(3);
        fresh.runSamples(3);
        assertEquals(SnapshotValues.of(fresh.snapshot()), SnapshotValues.of(stepper.snapshot()));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void runningSamplesAndEpochsMatchesTheFastPath(TrainingSettings settings) {
        Network a = network(7, 2, 3, 1);
        Network b = a.copy();
        Stepper stepper = new Stepper(new Trainer(a, XOR, settings));
        Trainer trainer = new Trainer(b, XOR, settings);
        stepper.stepForward(); // into sample 0; the trainer behind the stepper is already past it
        stepper.runSamples(9);
        for (int k = 0; k < 10; k++) trainer.trainSample();
        assertEquals(b, a);
        Snapshot s = stepper.finishEpoch();
        for (int k = 0; k < 2; k++) trainer.trainSample();
        assertEquals(b, a);
        assertEquals(3, s.sample());
        assertEquals(2, s.epoch());
        assertTrue(s.isLastPhase());
        // stepping back through the last trained sample returns to the sample that was current before the run
        int phases = s.phases().size();
        for (int k = 0; k < phases - 1; k++) assertTrue(stepper.stepBack());
        assertEquals(3, stepper.snapshot().sample());
        assertEquals(0, stepper.snapshot().phaseIndex());
        assertTrue(stepper.stepBack());
        assertEquals(1, stepper.snapshot().sample());
        assertTrue(stepper.snapshot().isLastPhase());
    }

    @Test
    void aRunGoingOnByBlocksTrainsThemAllAndRecordsOnlyItsLastSample() {
        Network a = network(7, 2, 3, 1);
        Network b = a.copy();
        Stepper stepper = new Stepper(new Trainer(a, XOR, TrainingSettings.plain(0.5)));
        Trainer trainer = new Trainer(b, XOR, TrainingSettings.plain(0.5));
        stepper.stepForward(); // into sample 0; the trainer behind the stepper is already past it
        int[] asked = {0};
        // blocks of 3: the first 2 samples, then two more blocks, then the recorded one: 3 × 3 samples
        Snapshot s = stepper.runSamples(3, null, () -> ++asked[0] <= 2);
        for (int k = 0; k < 1 + 9; k++) trainer.trainSample();
        assertEquals(b, a);
        assertEquals(3, asked[0]);
        assertEquals(9 % 4, s.sample());
        assertEquals(9 / 4, s.epoch());
        // stepping back through it returns to sample 0, the sample current before the run: nothing in between was recorded
        for (int k = 0; k < s.phases().size() - 1; k++) assertTrue(stepper.stepBack());
        assertTrue(stepper.stepBack());
        assertEquals(0, stepper.snapshot().sample());
        assertEquals(0, stepper.snapshot().epoch());
        assertTrue(stepper.snapshot().isLastPhase());
    }

    @Test
    void lockedWeightsNeverMoveWhileStepping() {
        Network network = network(8, 2, 2, 1);
        network.layer(2).setWeightLocked(0, 1, true);
        double locked = network.layer(2).weight(0, 1);
        Stepper stepper = new Stepper(new Trainer(network, XOR, TrainingSettings.plain(0.9)));
        for (int k = 0; k < 200; k++) {
            Snapshot s = stepper.stepForward();
            assertEquals(locked, s.weight(2, 0, 1));
            if (s.hasUpdate()) {
                assertEquals(0.0, s.step(2, 0, 1));
                assertTrue(s.isWeightLocked(2, 0, 1));
            }
        }
    }

    @Test
    void selectingASampleMakesItTheNextOne() {
        Stepper stepper = new Stepper(new Trainer(network(9, 2, 2, 1), XOR, TrainingSettings.plain(0.5)));
        stepper.stepForward();
        stepper.stepForward();
        Snapshot s = stepper.selectSample(2);
        assertEquals(2, s.sample());
        assertEquals(-1, s.phaseIndex());
        assertArrayEquals(new double[] {1, 0}, s.input());
        assertEquals(3, stepper.finishSample().sample() + 1);
        assertEquals(3, stepper.stepForward().sample());
    }

    @Test
    void miniBatchShowsTheUpdateOnlyAfterTheBatchsLastSample() {
        Stepper stepper = new Stepper(new Trainer(network(10, 2, 2, 1), XOR,
                TrainingSettings.plain(0.5).withBatch(BatchMode.MINI_BATCH, 2)));
        boolean[] ends = new boolean[4];
        for (int s = 0; s < 4; s++) {
            Snapshot last = stepper.finishSample();
            ends[s] = last.hasUpdate();
            assertEquals(s % 2, last.batchPosition());
        }
        assertArrayEquals(new boolean[] {false, true, false, true}, ends);
    }

    @Test
    void editingAWeightRecomputesTheCurrentSample() {
        Network network = network(11, 2, 2, 1);
        Stepper stepper = new Stepper(new Trainer(network, XOR, TrainingSettings.plain(0.5)));
        stepper.stepForward();
        stepper.stepForward();
        Snapshot edited = stepper.edit(n -> n.layer(2).setWeight(0, 0, 3.0));
        assertEquals(1, edited.phaseIndex());
        Network check = network(11, 2, 2, 1);
        check.layer(2).setWeight(0, 0, 3.0);
        assertEquals(check.predict(new double[] {0, 0})[0], edited.out(2, 0), 0.0);
    }
}
