package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.junit.jupiter.api.Test;

/** The decision map of a softmax output holds the network's own outputs, shares that add up to 1. */
class DecisionMapSoftmaxTest {
    @Test
    void softmaxOutputsOnTheMapAreThoseOfThePredictionBitForBit() {
        for (int[] sizes : new int[][] {{2, 5, 3}, {2, 4}}) {
            Activation[] activations = sizes.length == 3
                    ? new Activation[] {Activation.TANH, Activation.SOFTMAX} : new Activation[] {Activation.SOFTMAX};
            Network network = new Network(sizes, activations, BiasMode.TRAINABLE);
            Initializer.initialize(network, InitMethod.XAVIER, 1.0, 11);
            DecisionMap map = new DecisionMap(17, 13);
            map.setArea(-2, 2, -1.5, 1.5);
            int outputs = sizes[sizes.length - 1];
            double[][] values = new double[outputs][];
            for (int k = 0; k < outputs; k++) {
                map.evaluate(network, k);
                values[k] = map.values().clone();
            }
            for (int r = 0; r < 13; r++) {
                for (int c = 0; c < 17; c++) {
                    double[] out = network.predict(new double[] {map.x(c), map.y(r)});
                    double sum = 0;
                    for (int k = 0; k < outputs; k++) {
                        assertThat(values[k][r * 17 + c]).as("output %d at (%d, %d)", k, c, r).isEqualTo(out[k]);
                        sum += out[k];
                    }
                    assertThat(sum).isCloseTo(1.0, Assertions.within(1e-12));
                }
            }
        }
    }
}
