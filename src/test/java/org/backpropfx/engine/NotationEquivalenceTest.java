package org.backpropfx.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Trains the same 2-2-1 sigmoid network two ways: with the engine (gradient descent on E = ½(d−z)²,
 * biases added) and with an independent implementation written the MIT way (performance
 * P = −½(d−z)² maximised, γ deltas, bias as w0 on a constant −1 input, Δw = r·y·γ). The new weights
 * must agree bit for bit, with w0 = −b.
 */
class NotationEquivalenceTest {

    /** w[l][j][0] is w0 (on the −1 input), w[l][j][i + 1] the weight from input i. */
    private static double[][][] mitWeights(Network network) {
        double[][][] w = new double[network.layerCount() + 1][][];
        for (int l = 1; l <= network.layerCount(); l++) {
            Layer layer = network.layer(l);
            w[l] = new double[layer.outputs()][layer.inputs() + 1];
            for (int j = 0; j < layer.outputs(); j++) {
                w[l][j][0] = -layer.bias(j);
                for (int i = 0; i < layer.inputs(); i++) w[l][j][i + 1] = layer.weight(j, i);
            }
        }
        return w;
    }

    private static double sigmoid(double alpha) { return 1.0 / (1.0 + Math.exp(-alpha)); }

    /** One on-line MIT step on sample (x, d) with rate r; changes w in place. */
    private static void mitStep(double[][][] w, double[] x, double[] d, double r) {
        int layers = w.length - 1;
        double[][] y = new double[layers + 1][];
        y[0] = x;
        for (int l = 1; l <= layers; l++) {
            y[l] = new double[w[l].length];
            for (int j = 0; j < w[l].length; j++) {
                double alpha = w[l][j][0] * -1.0;
                for (int i = 0; i < y[l - 1].length; i++) alpha += w[l][j][i + 1] * y[l - 1][i];
                y[l][j] = sigmoid(alpha);
            }
        }
        double[][] gamma = new double[layers + 1][];
        for (int l = layers; l >= 1; l--) {
            gamma[l] = new double[w[l].length];
            for (int j = 0; j < w[l].length; j++) {
                double beta = y[l][j];
                if (l == layers) {
                    gamma[l][j] = beta * (1.0 - beta) * (d[j] - y[l][j]);
                } else {
                    double sum = 0.0;
                    for (int k = 0; k < w[l + 1].length; k++) sum += w[l + 1][k][j + 1] * gamma[l + 1][k];
                    gamma[l][j] = beta * (1.0 - beta) * sum;
                }
            }
        }
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < w[l].length; j++) {
                w[l][j][0] += r * (-1.0 * gamma[l][j]);
                for (int i = 0; i < y[l - 1].length; i++) w[l][j][i + 1] += r * (y[l - 1][i] * gamma[l][j]);
            }
        }
    }

    @Test
    void mitAndGradientDescentGiveIdenticalWeights() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 42);
        double[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] targets = {{0.01}, {0.99}, {0.99}, {0.01}};
        double rate = 0.5;
        double[][][] mit = mitWeights(network);
        Trainer trainer = new Trainer(network, new DataSet(inputs, targets), TrainingSettings.plain(rate));

        for (int step = 0; step < 400; step++) {
            int s = step % inputs.length;
            mitStep(mit, inputs[s], targets[s], rate);
            trainer.trainSample();
            double[][][] engine = mitWeights(trainer.network());
            for (int l = 1; l < mit.length; l++) {
                for (int j = 0; j < mit[l].length; j++) {
                    for (int i = 0; i < mit[l][j].length; i++) {
                        assertEquals(Double.doubleToLongBits(mit[l][j][i]), Double.doubleToLongBits(engine[l][j][i]),
                                () -> "layer " + " weight differs at step");
                    }
                }
            }
        }
    }
}
