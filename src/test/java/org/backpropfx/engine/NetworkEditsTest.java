package org.backpropfx.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkEditsTest {

    private static Network network() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 4);
        network.layer(1).setWeightLocked(2, 1, true);
        return network;
    }

    @Test
    void growingAHiddenLayerKeepsEveryOldWeight() {
        Network old = network();
        Network grown = NetworkEdits.resizeLayer(old, 1, 5, 1);
        assertArrayEquals(new int[] {2, 5, 1}, grown.sizes());
        for (int j = 0; j < 3; j++) {
            assertEquals(old.layer(1).bias(j), grown.layer(1).bias(j));
            for (int i = 0; i < 2; i++) assertEquals(old.layer(1).weight(j, i), grown.layer(1).weight(j, i));
            assertEquals(old.layer(2).weight(0, j), grown.layer(2).weight(0, j));
        }
        assertTrue(grown.layer(1).isWeightLocked(2, 1));
        for (int i = 0; i < 2; i++) assertTrue(Math.abs(grown.layer(1).weight(4, i)) <= NetworkEdits.NEW_WEIGHT_RANGE);
        assertEquals(network(), old, "the original is untouched");
    }

    @Test
    void shrinkingKeepsWhatFits() {
        Network old = network();
        Network shrunk = NetworkEdits.resizeLayer(old, 1, 2, 1);
        assertEquals(old.layer(2).weight(0, 1), shrunk.layer(2).weight(0, 1));
        assertEquals(old.layer(1).weight(1, 0), shrunk.layer(1).weight(1, 0));
    }

    @Test
    void insertingAndRemovingALayer() {
        Network old = network();
        Network deeper = NetworkEdits.addHiddenLayer(old, 2, 4, Activation.TANH, 9);
        assertArrayEquals(new int[] {2, 3, 4, 1}, deeper.sizes());
        assertEquals(Activation.TANH, deeper.layer(2).activation());
        assertEquals(old.layer(1), deeper.layer(1));
        Network back = NetworkEdits.removeHiddenLayer(deeper, 2, 9);
        assertArrayEquals(new int[] {2, 3, 1}, back.sizes());
        assertEquals(old.layer(1), back.layer(1));
        // the output layer was re-joined to a new neighbour, so it was not carried over by chance
        assertNotEquals(null, back.layer(2));
        assertEquals(NetworkEdits.addHiddenLayer(old, 2, 4, Activation.TANH, 9), deeper, "same seed, same network");
    }

    @Test
    void limitsAreEnforced() {
        Network old = network();
        assertThrows(IllegalArgumentException.class, () -> NetworkEdits.removeHiddenLayer(old, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkEdits.resizeLayer(old, 1, 65, 1));
        Network deep = Network.of(Activation.SIGMOID, BiasMode.NONE, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> NetworkEdits.addHiddenLayer(deep, 1, 2, Activation.RELU, 1));
    }

    @Test
    void anEditedNetworkStillTrains() {
        Network grown = NetworkEdits.addHiddenLayer(network(), 1, 4, Activation.SIGMOID, 3);
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        Trainer trainer = new Trainer(grown, xor, new TrainingSettings(0.5, 0.9, BatchMode.ONLINE, 1, Loss.HALF_SSE));
        double before = grown.meanLoss(xor, Loss.HALF_SSE);
        for (int e = 0; e < 3000; e++) trainer.trainEpoch();
        assertTrue(grown.meanLoss(xor, Loss.HALF_SSE) < before / 2);
    }
}
