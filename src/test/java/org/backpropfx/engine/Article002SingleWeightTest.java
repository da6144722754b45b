package org.backpropfx.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The forum article's single weight: input 1.5, weight 0.8, target 0.5, identity activation, cost
 * (y − a)² without the ½, learning rate 0.1.
 */
class Article002SingleWeightTest {

    private static Trainer singleWeight() {
        Network network = Network.of(Activation.IDENTITY, BiasMode.NONE, 1, 1);
        network.layer(1).setWeight(0, 0, 0.8);
        DataSet data = new DataSet(new double[][] {{1.5}}, new double[][] {{0.5}});
        return new Trainer(network, data, new TrainingSettings(0.1, 0.0, BatchMode.ONLINE, 1, Loss.SSE));
    }

    @Test
    void firstForwardPassGivesOnePointTwo() {
        Trainer trainer = singleWeight();
        assertEquals(1.2, trainer.network().predict(new double[] {1.5})[0], 1e-15);
    }

    @Test
    void gradientIsTwoPointOneAndTheWeightMovesToZeroPointFiveNine() {
        Trainer trainer = singleWeight();
        var entries = GradientCheck.check(trainer.network(), Loss.SSE, new double[] {1.5}, new double[] {0.5}, 1e-6);
        assertEquals(1, entries.size());
        assertEquals(2.1, entries.get(0).backprop(), 1e-12);
        assertEquals(2.1, entries.get(0).numerical(), 1e-8);

        double loss = trainer.trainSample();
        assertEquals(0.49, loss, 1e-12); // (0.5 − 1.2)²
        assertEquals(0.59, trainer.network().layer(1).weight(0, 0), 1e-12);
        trainer.trainSample();
        assertEquals(0.4745, trainer.network().layer(1).weight(0, 0), 1e-12);
    }

    @Test
    void weightConvergesToOneThird() {
        Trainer trainer = singleWeight();
        double previousDistance = Double.MAX_VALUE;
        for (int k = 0; k < 60; k++) {
            trainer.trainSample();
            double distance = Math.abs(trainer.network().layer(1).weight(0, 0) - 1.0 / 3.0);
            // Each step multiplies the distance by 1 − 2·0.1·1.5² = 0.55.
            assertEquals(previousDistance == Double.MAX_VALUE ? distance : previousDistance * 0.55, distance, 1e-12);
            previousDistance = distance;
        }
        assertEquals(1.0 / 3.0, trainer.network().layer(1).weight(0, 0), 1e-14);
    }
}
