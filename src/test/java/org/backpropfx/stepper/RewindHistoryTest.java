package org.backpropfx.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.junit.jupiter.api.Test;

/** Stepping back through a history that keeps few whole states gives what a history of whole copies gives. */
class RewindHistoryTest {

    /** A stepper that keeps every state, as the history did before checkpoints: the reference. */
    private static Stepper keepingEverything(Trainer trainer) {
        return new Stepper(trainer, 0, Long.MAX_VALUE);
    }

    private static Trainer trainer(Network network, DataSet data, TrainingSettings settings) {
        return new Trainer(network, data, settings);
    }

    private static DataSet randomData(int samples, int inputs, int targets, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[samples][inputs];
        double[][] d = new double[samples][targets];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < inputs; i++) x[s][i] = random.nextDouble(-1, 1);
            for (int j = 0; j < targets; j++) d[s][j] = random.nextDouble();
        }
        return new DataSet(x, d);
    }

    @Test
    void steppingBackAfterRunsEditsAndSettingsMatchesAHistoryOfWholeCopies() {
        Network network = Network.of(Activation.TANH, BiasMode.TRAINABLE, 3, 5, 4, 2);
        network.layer(3).setActivation(Activation.SIGMOID);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 21);
        DataSet data = randomData(7, 3, 2, 5);
        TrainingSettings settings = new TrainingSettings(0.2, 0.6, BatchMode.MINI_BATCH, 3, Loss.HALF_SSE);
        // A budget of 300 work keeps a state every few samples; 20 kB holds only a few of them.
        Stepper thin = new Stepper(trainer(network.copy(), data, settings), 300, 20_000);
        Stepper full = keepingEverything(trainer(network.copy(), data, settings));
        List<List<Long>> seen = new ArrayList<>();
        SplittableRandom script = new SplittableRandom(9);
        for (int action = 0; action < 400; action++) {
            int pick = script.nextInt(100);
            if (pick < 60) {
                thin.stepForward();
                full.stepForward();
            } else if (pick < 85) {
                int samples = 1 + script.nextInt(30);
                thin.runSamples(samples);
                full.runSamples(samples);
            } else if (pick < 90) {
                double value = script.nextDouble(-1, 1);
                thin.edit(n -> n.layer(1).setWeight(2, 1, value));
                full.edit(n -> n.layer(1).setWeight(2, 1, value));
            } else if (pick < 94) {
                boolean lock = script.nextBoolean();
                thin.edit(n -> n.layer(2).setWeightLocked(1, 3, lock));
                full.edit(n -> n.layer(2).setWeightLocked(1, 3, lock));
            } else if (pick < 97) {
                TrainingSettings other = settings.withMomentum(script.nextDouble(0, 0.9)).withBatch(
                        BatchMode.values()[script.nextInt(3)], 1 + script.nextInt(4));
                thin.setSettings(other);
                full.setSettings(other);
            } else {
                int sample = script.nextInt(data.size());
                thin.selectSample(sample);
                full.selectSample(sample);
            }
            seen.add(SnapshotValues.of(full.snapshot()));
            assertEquals(seen.get(seen.size() - 1), SnapshotValues.of(thin.snapshot()), "action " + action);
        }
        assertTrue(thin.historyCheckpoints() < full.historyCheckpoints() / 3,
                thin.historyCheckpoints() + " states kept of " + full.historyCheckpoints());
        int steps = 0;
        while (full.canStepBack()) {
            assertTrue(full.stepBack());
            assertTrue(thin.stepBack(), "step back " + steps);
            assertEquals(SnapshotValues.of(full.snapshot()), SnapshotValues.of(thin.snapshot()), "step back " + steps);
            steps++;
        }
        assertFalse(thin.canStepBack());
        assertTrue(steps > 1_000, steps + " steps");
    }

    /**
     * An edit that switches the biases off, or locks a weight, then steps back to before it: the network
     * is as it was there, bias mode, locks and biases included (so the state is one a lesson file holds).
     */
    @Test
    void steppingBackPastAnEditOfTheBiasModePutsBackTheBiasesAndTheirMode() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 5);
        DataSet data = randomData(4, 2, 1, 8);
        TrainingSettings settings = new TrainingSettings(0.5, 0.0, BatchMode.ONLINE, 1, Loss.HALF_SSE);
        for (Stepper stepper : List.of(new Stepper(trainer(network.copy(), data, settings), 1, 1),
                keepingEverything(trainer(network.copy(), data, settings)))) {
            for (int s = 0; s < 3; s++) stepper.finishSample();
            List<Long> third = SnapshotValues.of(stepper.snapshot());
            List<Long> fourth = SnapshotValues.of(stepper.finishSample());
            stepper.edit(n -> {
                n.setBiasMode(BiasMode.NONE);
                n.layer(1).setWeightLocked(0, 1, true);
            });
            assertEquals(BiasMode.NONE, stepper.snapshot().biasMode());
            assertTrue(!fourth.equals(SnapshotValues.of(stepper.snapshot())), "the edit changes the fourth sample");
            stepper.finishSample();
            while (stepper.snapshot().epoch() != 0 || stepper.snapshot().sample() != 2 || !stepper.snapshot().isLastPhase()) {
                assertTrue(stepper.stepBack());
            }
            Network now = stepper.trainer().network();
            assertEquals(BiasMode.TRAINABLE, stepper.snapshot().biasMode());
            assertEquals(BiasMode.TRAINABLE, now.biasMode());
            assertFalse(now.layer(1).isWeightLocked(0, 1));
            assertEquals(third, SnapshotValues.of(stepper.snapshot()));
            // Forward again from there: the fourth sample as it was before the edit, with its biases.
            assertEquals(fourth, SnapshotValues.of(stepper.finishSample()));
        }
    }

    @Test
    void tenThousandStepsBackOnAnEightLayerNetworkOfSixtyFourAreBitExact() {
        int[] sizes = {64, 64, 64, 64, 64, 64, 64, 64, 64};
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 3);
        TrainingSettings settings = new TrainingSettings(0.05, 0.5, BatchMode.ONLINE, 1, Loss.HALF_SSE);
        Stepper stepper = new Stepper(new Trainer(network, randomData(32, 64, 64, 8), settings));
        // What each step showed going forward, by epoch, sample and phase.
        Map<List<Long>, Long> seen = new HashMap<>();
        seen.put(key(stepper.snapshot()), fingerprint(stepper.snapshot()));
        while (stepper.stepsBackAvailable() < Stepper.MIN_REWIND_STEPS + 5) {
            // now and then a run of several samples, as live training leaves behind
            if (stepper.snapshot().isLastPhase() && stepper.snapshot().sample() % 32 == 5) stepper.runSamples(7);
            else stepper.stepForward();
            seen.put(key(stepper.snapshot()), fingerprint(stepper.snapshot()));
        }
        int entries = Stepper.MIN_REWIND_STEPS / 18;
        assertTrue(stepper.historyCheckpoints() < entries / 4, stepper.historyCheckpoints() + " whole states");
        assertTrue(stepper.historyBytes() < RewindHistory.MAX_STATE_BYTES + 100_000, stepper.historyBytes() + " bytes");
        int compared = 0;
        for (int k = 1; k <= Stepper.MIN_REWIND_STEPS; k++) {
            assertTrue(stepper.stepBack(), "step back " + k);
            Long before = seen.get(key(stepper.snapshot()));
            // the phases of a run's last sample before its last were not shown going forward
            if (before == null) continue;
            assertEquals(before, fingerprint(stepper.snapshot()), "step back " + k);
            compared++;
        }
        assertTrue(compared > 9_500, compared + " steps compared");
    }

    /**
     * Live training records one run of many samples per frame; on 8 × 64 each run costs more than the
     * budget, so each push keeps a checkpoint and the thinning drops one, whose arrays the next push reuses.
     * The states the stepper handed out meanwhile (undo keeps them) must stay untouched and outside the
     * history, and stepping back must still give the states a plain trainer reaches sample by sample.
     */
    @Test
    void liveStyleRunsRecycleOnlyTheHistorysOwnCheckpointsAndTenThousandStepsBackMatchAPlainReplay() {
        int[] sizes = {64, 64, 64, 64, 64, 64, 64, 64, 64};
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 5);
        TrainingSettings settings = new TrainingSettings(0.05, 0.0, BatchMode.ONLINE, 1, Loss.HALF_SSE);
        DataSet data = randomData(40, 64, 64, 12);
        Trainer plain = new Trainer(network.copy(), data, settings);
        // Each run of 25 samples costs more than this budget, and 8 MB holds about 30 of its checkpoints.
        Stepper stepper = new Stepper(new Trainer(network, data, settings), 500_000, 8L * 1024 * 1024);
        Map<Long, Long> replay = new HashMap<>();
        List<org.backpropfx.engine.TrainerState> handedOut = new ArrayList<>();
        List<Long> handedOutHashes = new ArrayList<>();
        replay.put(stepper.stateBeforeCurrentSample().samplesSeen(), hash(plain.saveState()));
        int runs = 0;
        while (stepper.stepsBackAvailable() < Stepper.MIN_REWIND_STEPS + 5) {
            stepper.runSamples(25);
            org.backpropfx.engine.TrainerState start = stepper.stateBeforeCurrentSample();
            while (plain.samplesSeen() < start.samplesSeen()) plain.trainSample();
            replay.put(start.samplesSeen(), hash(plain.saveState()));
            if (runs++ % 7 == 0) {
                handedOut.add(start);
                handedOutHashes.add(hash(start));
            }
        }
        assertTrue(stepper.historyBytes() < 8L * 1024 * 1024 + 100_000, stepper.historyBytes() + " bytes");
        for (int k = 0; k < handedOut.size(); k++) {
            assertEquals(handedOutHashes.get(k), hash(handedOut.get(k)), "handed-out state " + k + " changed");
            for (double[] w : handedOut.get(k).weights()) {
                assertFalse(w != null && stepper.historyHolds(w), "handed-out state " + k + " shares an array");
            }
        }
        int compared = 0;
        org.backpropfx.engine.TrainerState last = null;
        for (int k = 1; k <= Stepper.MIN_REWIND_STEPS; k++) {
            assertTrue(stepper.stepBack(), "step back " + k);
            org.backpropfx.engine.TrainerState start = stepper.stateBeforeCurrentSample();
            if (start == last) continue;
            last = start;
            Long expected = replay.get(start.samplesSeen());
            assertTrue(expected != null, "no replayed state at sample " + start.samplesSeen());
            assertEquals(expected, hash(start), "step back " + k + ", sample " + start.samplesSeen());
            compared++;
        }
        assertTrue(compared > Stepper.MIN_REWIND_STEPS / 20, compared + " samples compared");
    }

    private static long hash(org.backpropfx.engine.TrainerState state) {
        long h = state.samplesSeen();
        for (double[][] group : new double[][][] {state.weights(), state.biases()}) {
            for (double[] a : group) {
                if (a == null) continue;
                for (double v : a) h = 31 * h + Double.doubleToRawLongBits(v);
            }
        }
        return h;
    }

    private static List<Long> key(Snapshot s) {
        return List.of(s.epoch(), (long) s.sample(), (long) s.phaseIndex());
    }

    /**
     * A hash of the values the phase reveals, of the biases, and at a sample's first and last phase of every
     * weight before the sample and of the update.
     */
    private static long fingerprint(Snapshot s) {
        long h = 17;
        h = 31 * h + s.sample();
        h = 31 * h + s.phaseIndex();
        h = 31 * h + s.epoch();
        boolean update = s.hasUpdate();
        // The weights are the same at every phase of a sample: hashed at its first and last phase only.
        boolean weights = s.phaseIndex() <= 0 || s.isLastPhase();
        for (int l = 1; l <= s.layerCount(); l++) {
            boolean forward = s.hasForward(l);
            boolean delta = s.hasDelta(l);
            for (int j = 0; j < s.size(l); j++) {
                h = 31 * h + Double.doubleToRawLongBits(s.biasBefore(l, j));
                for (int i = 0; weights && i < s.size(l - 1); i++) {
                    h = 31 * h + Double.doubleToRawLongBits(s.weightBefore(l, j, i));
                    if (update) h = 31 * h + Double.doubleToRawLongBits(s.step(l, j, i));
                }
                if (forward) h = 31 * h + Double.doubleToRawLongBits(s.out(l, j));
                if (delta) h = 31 * h + Double.doubleToRawLongBits(s.delta(l, j));
            }
        }
        return h;
    }
}
