package org.backpropfx.engine;

/**
 * The softmax layer's arithmetic, kept apart from the element-wise activations because each of its
 * outputs depends on every net input of the layer.
 *
 * <p>The outputs are computed as e^{z_j − m} / Σ_k e^{z_k − m} with m the largest net input, so no
 * exponential overflows whatever the net inputs are; an output far below the largest one rounds to 0.
 */
public final class Softmax {
    private Softmax() {}

    /** a_j = e^{z_j − m} / Σ_k e^{z_k − m}, m = max z. */
    public static void outputs(double[] net, double[] out) {
        double m = max(net);
        double sum = 0.0;
        for (int k = 0; k < net.length; k++) {
            out[k] = Math.exp(net[k] - m);
            sum += out[k];
        }
        for (int k = 0; k < net.length; k++) out[k] = out[k] / sum;
    }

    /** ln Σ_k e^{z_k}, computed as m + ln Σ_k e^{z_k − m}: finite for any finite net inputs. */
    public static double logSumExp(double[] net) {
        double m = max(net);
        double sum = 0.0;
        for (double z : net) sum += Math.exp(z - m);
        return m + Math.log(sum);
    }

    /** The largest net input. */
    public static double max(double[] net) {
        double m = net[0];
        for (int k = 1; k < net.length; k++) if (net[k] > m) m = net[k];
        return m;
    }

    /** ∂a_k/∂z_j = a_k(1[k=j] − a_j): one entry of the softmax Jacobian. */
    public static double jacobian(double[] out, int k, int j) {
        return out[k] * ((k == j ? 1.0 : 0.0) - out[j]);
    }

    /**
     * δ_j = Σ_k ∂E/∂a_k · a_k(1[k=j] − a_j) for a loss whose σ′ does not cancel with softmax (the squared
     * errors). The terms are added in the order k = 0, 1, …, as the formula panel lists them.
     */
    public static double delta(Loss loss, double[] out, double[] target, int j) {
        int n = out.length;
        double sum = 0.0;
        for (int k = 0; k < n; k++) sum += loss.outputGradient(out[k], target[k], n) * jacobian(out, k, j);
        return sum;
    }
}
