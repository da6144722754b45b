package org.backpropfx.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainerTest {
    static final double[][] XOR_IN = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[][] XOR_OUT = {{0}, {1}, {1}, {0}};

    @Test
    void xorTrainsBelowOneHundredthFromAFixedSeed() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 4, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 2026);
        DataSet data = new DataSet(XOR_IN, XOR_OUT);
        Trainer trainer = new Trainer(network, data, new TrainingSettings(0.5, 0.9, BatchMode.ONLINE, 1, Loss.HALF_SSE));
        double before = network.meanLoss(data, Loss.HALF_SSE);
        for (int epoch = 0; epoch < 5000; epoch++) trainer.trainEpoch();
        double after = network.meanLoss(data, Loss.HALF_SSE);
        assertTrue(before > 0.1, "starts untrained: " + before);
        assertTrue(after < 0.01, "trained loss " + after);
        for (int s = 0; s < 4; s++) {
            assertEquals(XOR_OUT[s][0], network.predict(XOR_IN[s])[0], 0.15);
        }
    }

    @Test
    void momentumFollowsTheVelocityRule() {
        // One weight, identity, E = ½(d − wx)²: ∂E/∂w = (wx − d)x.
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.8);
        DataSet data = new DataSet(new double[][] {{1.5}}, new double[][] {{0.5}});
        double eta = 0.1;
        double mu = 0.5;
        Trainer trainer = new Trainer(network, data, new TrainingSettings(eta, mu, BatchMode.ONLINE, 1, Loss.HALF_SSE));
        double w = 0.8;
        double v = 0.0;
        for (int k = 0; k < 10; k++) {
            double gradient = (w * 1.5 - 0.5) * 1.5;
            v = mu * v - eta * gradient;
            w = w + v;
            trainer.trainSample();
            assertEquals(w, network.layer(1).weight(0, 0), 1e-14);
        }
    }

    @Test
    void fullBatchUpdatesOnceAnEpochWithTheSummedGradient() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 5);
        DataSet data = new DataSet(XOR_IN, XOR_OUT);
        double[][] expectedSum = new double[3][];
        expectedSum[1] = new double[4];
        expectedSum[2] = new double[2];
        double[][] gw = new double[3][];
        double[][] gb = new double[3][];
        for (int s = 0; s < 4; s++) {
            GradientCheck.backpropGradients(network, Loss.HALF_SSE, XOR_IN[s], XOR_OUT[s], gw, gb);
            for (int l = 1; l <= 2; l++) for (int k = 0; k < gw[l].length; k++) expectedSum[l][k] += gw[l][k];
        }
        double[] w1 = network.layer(1).weightsCopy();
        double[] w2 = network.layer(2).weightsCopy();
        Trainer trainer = new Trainer(network, data, TrainingSettings.plain(0.3).withBatch(BatchMode.FULL_BATCH, 1));
        for (int s = 0; s < 3; s++) {
            trainer.trainSample();
            assertArrayEquals(w1, network.layer(1).weightsCopy(), "no update before the batch ends");
        }
        trainer.trainSample();
        assertEquals(1, trainer.updates());
        for (int k = 0; k < 4; k++) assertEquals(w1[k] - 0.3 * expectedSum[1][k], network.layer(1).weightsCopy()[k], 1e-15);
        for (int k = 0; k < 2; k++) assertEquals(w2[k] - 0.3 * expectedSum[2][k], network.layer(2).weightsCopy()[k], 1e-15);
    }

    @Test
    void miniBatchUpdatesEveryBatchAndAtTheEndOfTheEpoch() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 1, 1);
        double[][] in = {{1}, {2}, {3}, {4}, {5}};
        double[][] out = {{0}, {1}, {0}, {1}, {0}};
        Trainer trainer = new Trainer(network, new DataSet(in, out),
                TrainingSettings.plain(0.1).withBatch(BatchMode.MINI_BATCH, 2));
        int[] updatesAfter = new int[5];
        for (int s = 0; s < 5; s++) {
            trainer.trainSample();
            updatesAfter[s] = (int) trainer.updates();
        }
        assertArrayEquals(new int[] {0, 1, 1, 2, 3}, updatesAfter);
    }

    @Test
    void mseAveragesTheBatchGradient() {
        Network a = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        a.layer(1).setWeight(0, 0, 0.2);
        Network b = a.copy();
        DataSet data = new DataSet(new double[][] {{1}, {2}}, new double[][] {{1}, {3}});
        new Trainer(a, data, new TrainingSettings(0.1, 0, BatchMode.FULL_BATCH, 1, Loss.MSE)).trainEpoch();
        new Trainer(b, data, new TrainingSettings(0.1, 0, BatchMode.FULL_BATCH, 1, Loss.SSE)).trainEpoch();
        // SSE sums 2(wx − d)x over the batch; MSE takes the mean of the same terms.
        double sum = 2 * (0.2 - 1) * 1 + 2 * (0.4 - 3) * 2;
        assertEquals(0.2 - 0.1 * sum, b.layer(1).weight(0, 0), 1e-15);
        assertEquals(0.2 - 0.1 * sum / 2, a.layer(1).weight(0, 0), 1e-15);
    }

    @Test
    void lockedWeightsAndBiasesNeverMove() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 9);
        network.layer(1).setWeightLocked(1, 0, true);
        network.layer(2).setBiasLocked(0, true);
        double lockedWeight = network.layer(1).weight(1, 0);
        double lockedBias = network.layer(2).bias(0);
        double free = network.layer(1).weight(0, 0);
        Trainer trainer = new Trainer(network, new DataSet(XOR_IN, XOR_OUT),
                new TrainingSettings(0.5, 0.9, BatchMode.ONLINE, 1, Loss.HALF_SSE));
        for (int e = 0; e < 200; e++) trainer.trainEpoch();
        assertEquals(Double.doubleToLongBits(lockedWeight), Double.doubleToLongBits(network.layer(1).weight(1, 0)));
        assertEquals(Double.doubleToLongBits(lockedBias), Double.doubleToLongBits(network.layer(2).bias(0)));
        assertNotEquals(free, network.layer(1).weight(0, 0));
    }

    @Test
    void lockedBiasModeKeepsEveryBias() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.LOCKED, 2, 2, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 3);
        double[] biases = network.layer(1).biasesCopy();
        Trainer trainer = new Trainer(network, new DataSet(XOR_IN, XOR_OUT), TrainingSettings.plain(1.0));
        for (int e = 0; e < 10; e++) trainer.trainEpoch();
        assertArrayEquals(biases, network.layer(1).biasesCopy());
    }

    @Test
    void divergenceIsReportedAndTheWeightsAreKept() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.TRAINABLE, 1, 1);
        network.layer(1).setWeight(0, 0, 1.0);
        DataSet data = new DataSet(new double[][] {{1000}}, new double[][] {{0}});
        Trainer trainer = new Trainer(network, data, TrainingSettings.plain(100));
        TrainingDivergedException failure = null;
        double lastGood = network.layer(1).weight(0, 0);
        for (int k = 0; k < 100 && failure == null; k++) {
            lastGood = network.layer(1).weight(0, 0);
            try {
                trainer.trainSample();
            } catch (TrainingDivergedException e) {
                failure = e;
            }
        }
        assertTrue(failure != null, "an exploding identity network must diverge");
        assertTrue(failure.getMessage().contains("smaller learning rate"), failure.getMessage());
        assertEquals(lastGood, network.layer(1).weight(0, 0));
        assertTrue(Double.isFinite(network.layer(1).bias(0)));
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedOthers() {
        for (InitMethod method : InitMethod.values()) {
            Network a = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 3, 5, 2);
            Network b = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 3, 5, 2);
            Network c = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 3, 5, 2);
            Initializer.initialize(a, method, 0.5, 11);
            Initializer.initialize(b, method, 0.5, 11);
            Initializer.initialize(c, method, 0.5, 12);
            assertEquals(a, b, method.id());
            assertNotEquals(a, c, method.id());
        }
    }

    @Test
    void initialisersStayInTheirRanges() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 10, 20, 5);
        Initializer.initialize(network, InitMethod.UNIFORM, 0.3, 1);
        for (double w : network.layer(1).weightsCopy()) assertTrue(Math.abs(w) <= 0.3);
        Initializer.initialize(network, InitMethod.XAVIER, 0, 1);
        double limit = Math.sqrt(6.0 / 30);
        double max = 0;
        for (double w : network.layer(1).weightsCopy()) max = Math.max(max, Math.abs(w));
        assertTrue(max <= limit && max > limit * 0.8, "xavier max " + max);
        assertArrayEquals(new double[20], network.layer(1).biasesCopy());
        Initializer.initialize(network, InitMethod.HE, 0, 1);
        double sumSq = 0;
        double[] w = network.layer(1).weightsCopy();
        for (double v : w) sumSq += v * v;
        double std = Math.sqrt(sumSq / w.length);
        assertEquals(Math.sqrt(2.0 / 10), std, 0.06);
    }

    @Test
    void shapesOutsideTheLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Network.of(Activation.SIGMOID, BiasMode.NONE, 2));
        assertThrows(IllegalArgumentException.class,
                () -> Network.of(Activation.SIGMOID, BiasMode.NONE, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Network.of(Activation.SIGMOID, BiasMode.NONE, 65, 1));
        Network eight = Network.of(Activation.SIGMOID, BiasMode.NONE, 64, 64, 64, 64, 64, 64, 64, 64, 64);
        assertEquals(8, eight.layerCount());
    }
}
