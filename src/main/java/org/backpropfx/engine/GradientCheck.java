package org.backpropfx.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares backpropagation's gradient with a numerical one: nudge a weight by ±h, run the network
 * forward each time, and take (E(w+h) − E(w−h)) / 2h. If the two disagree, the backward pass is wrong.
 */
public final class GradientCheck {
    public static final double DEFAULT_STEP = 1e-5;

    private GradientCheck() {}

    /**
     * One parameter's two gradients.
     *
     * @param layer weight layer, from 1
     * @param neuron the neuron the weight leads into
     * @param input the input it comes from, or −1 for the bias
     */
    public record Entry(int layer, int neuron, int input, double backprop, double numerical) {
        public boolean isBias() { return input < 0; }

        /** |a − b| / max(|a|, |b|), and 0 when both are 0. */
        public double relativeError() {
            double scale = Math.max(Math.abs(backprop), Math.abs(numerical));
            return scale == 0.0 ? 0.0 : Math.abs(backprop - numerical) / scale;
        }
    }

    /** Gradients of one sample's error for every weight and (unless there are none) every bias. */
    public static List<Entry> check(Network network, Loss loss, double[] input, double[] target, double step) {
        Network work = network.copy();
        double[][] backW = new double[work.layerCount() + 1][];
        double[][] backB = new double[work.layerCount() + 1][];
        backpropGradients(work, loss, input, target, backW, backB);

        List<Entry> entries = new ArrayList<>();
        for (int l = 1; l <= work.layerCount(); l++) {
            Layer layer = work.layer(l);
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    int k = layer.index(j, i);
                    double numerical = centralDifference(work, loss, input, target, layer.weights, k, step);
                    entries.add(new Entry(l, j, i, backW[l][k], numerical));
                }
                if (work.biasMode() != BiasMode.NONE) {
                    double numerical = centralDifference(work, loss, input, target, layer.biases, j, step);
                    entries.add(new Entry(l, j, -1, backB[l][j], numerical));
                }
            }
        }
        return entries;
    }

    /** The largest relative error over all parameters. */
    public static double maxRelativeError(List<Entry> entries) {
        double max = 0.0;
        for (Entry e : entries) max = Math.max(max, e.relativeError());
        return max;
    }

    private static double centralDifference(Network network, Loss loss, double[] input, double[] target,
                                            double[] params, int k, double step) {
        double original = params[k];
        params[k] = original + step;
        double plus = network.loss(input, target, loss);
        params[k] = original - step;
        double minus = network.loss(input, target, loss);
        params[k] = original;
        return (plus - minus) / (2.0 * step);
    }

    /** ∂E/∂w and ∂E/∂b of one sample by backpropagation, using the trainer's own arithmetic. */
    static void backpropGradients(Network network, Loss loss, double[] input, double[] target,
                                  double[][] gradW, double[][] gradB) {
        int layers = network.layerCount();
        double[][] net = new double[layers + 1][];
        double[][] out = new double[layers + 1][];
        double[][] delta = new double[layers + 1][];
        out[0] = input;
        for (int l = 1; l <= layers; l++) {
            Layer layer = network.layer(l);
            net[l] = new double[layer.outputs()];
            out[l] = new double[layer.outputs()];
            delta[l] = new double[layer.outputs()];
            Backprop.forwardLayer(layer, out[l - 1], net[l], out[l]);
        }
        for (int l = layers; l >= 1; l--) {
            Layer layer = network.layer(l);
            if (l == layers) Backprop.outputDeltas(layer, loss, net[l], out[l], target, delta[l]);
            else Backprop.hiddenDeltas(layer, net[l], out[l], network.layer(l + 1), delta[l + 1], delta[l]);
            gradW[l] = new double[layer.weights.length];
            gradB[l] = new double[layer.outputs()];
            Backprop.accumulateGradients(delta[l], out[l - 1], gradW[l], gradB[l]);
        }
    }
}
