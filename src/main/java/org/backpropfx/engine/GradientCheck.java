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
        return check(network, loss, input, target, step, 0.0, 0.0);
    }

    /**
     * Gradients of one sample's error plus the regularisation penalty λ₂/2·Σw² + λ₁·Σ|w|: backpropagation's
     * side adds λ₂·w + λ₁·sign(w) to each weight's gradient as the update does, the numerical side nudges
     * the penalised error. (At a weight of exactly 0 the L1 penalty has no slope and the two may differ.)
     */
    public static List<Entry> check(Network network, Loss loss, double[] input, double[] target, double step,
                                    double l1, double l2) {
        Network work = network.copy();
        double[][] backW = new double[work.layerCount() + 1][];
        double[][] backB = new double[work.layerCount() + 1][];
        backpropGradients(work, loss, input, target, backW, backB);
        if (l1 != 0.0 || l2 != 0.0) {
            for (int l = 1; l <= work.layerCount(); l++) {
                double[] w = work.layer(l).weights;
                for (int k = 0; k < w.length; k++) backW[l][k] = Regularisation.gradient(backW[l][k], w[k], l1, l2);
            }
        }
        Objective objective = () -> work.loss(input, target, loss) + Regularisation.penalty(work, l1, l2);

        List<Entry> entries = new ArrayList<>();
        for (int l = 1; l <= work.layerCount(); l++) {
            Layer layer = work.layer(l);
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    int k = layer.index(j, i);
                    double numerical = centralDifference(objective, layer.weights, k, step);
                    entries.add(new Entry(l, j, i, backW[l][k], numerical));
                }
                if (work.biasMode() != BiasMode.NONE) {
                    double numerical = centralDifference(objective, layer.biases, j, step);
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

    /** The function whose slope is checked, evaluated at the network's current parameters. */
    private interface Objective {
        double value();
    }

    private static double centralDifference(Objective objective, double[] params, int k, double step) {
        double original = params[k];
        params[k] = original + step;
        double plus = objective.value();
        params[k] = original - step;
        double minus = objective.value();
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
