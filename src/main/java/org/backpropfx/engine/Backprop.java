package org.backpropfx.engine;

/**
 * Backpropagation as the articles write it, one step per method, in their order: the forward pass layer by
 * layer, the deltas from the output layer back, each weight's gradient, and the update. Plain nested loops
 * over the neurons j of a layer and their inputs i, with the notation's names (gradient notation: net input
 * s, output a, delta δ, rate η; the MIT notation's α, β, γ = −δ and r are the same numbers).
 *
 * <p>This is the path a student reads, and the reference: stepping phase by phase, the gradient check and
 * {@link Network#predict} run it. Continuous training runs the package's fast kernels instead, which
 * compute the same sums in the same order and are held to these methods bit for bit by tests.
 *
 * <p>Weight w_ji leads from input i into neuron j; the bias b_j is added first, as w0·(−1) is in the MIT
 * notation: s_j = b_j + Σ_i w_ji·x_i.
 */
public final class Backprop {
    private Backprop() {}

    /** Forward, one layer: s_j = b_j + Σ_i w_ji·x_i and a_j = f(s_j) for every neuron j. */
    public static void forwardLayer(Layer layer, double[] x, double[] s, double[] a) {
        netInputs(layer, x, s);
        activate(layer, s, a);
    }

    /** s_j = b_j + Σ_i w_ji·x_i, the terms added in the order i = 0, 1, … */
    static void netInputs(Layer layer, double[] x, double[] s) {
        int inputs = layer.inputs();
        double[] w = layer.weights;
        double[] b = layer.biases;
        for (int j = 0; j < layer.outputs(); j++) {
            double sum = b[j];
            for (int i = 0; i < inputs; i++) sum += w[j * inputs + i] * x[i];
            s[j] = sum;
        }
    }

    /** a_j = f(s_j); softmax, a function of the whole layer: a_j = e^(s_j) / Σ_k e^(s_k). */
    static void activate(Layer layer, double[] s, double[] a) {
        Activation f = layer.activation();
        if (f.isLayerWide()) {
            Softmax.outputs(s, a);
            return;
        }
        for (int j = 0; j < s.length; j++) a[j] = f.apply(s[j]);
    }

    /**
     * The output layer's deltas: δ = a − y where the loss cancels the activation's derivative (softmax with
     * cross-entropy, sigmoid with binary cross-entropy); softmax's full Jacobian sum with any other loss;
     * otherwise δ = f'(s)·∂E/∂z for each output neuron.
     */
    public static void outputDeltas(Layer layer, Loss loss, double[] net, double[] out, double[] target,
                                    double[] delta) {
        Activation f = layer.activation();
        int k = out.length;
        if (loss.cancelsWith(f)) {
            for (int j = 0; j < k; j++) delta[j] = cancelledDelta(out[j], target[j]);
        } else if (f.isLayerWide()) {
            for (int j = 0; j < k; j++) delta[j] = Softmax.delta(loss, out, target, j);
        } else {
            for (int j = 0; j < k; j++) {
                delta[j] = f.derivative(net[j], out[j]) * loss.outputGradient(out[j], target[j], k);
            }
        }
    }

    /** δ = a − y: the output delta of a cross-entropy with its matching output. */
    public static double cancelledDelta(double out, double target) {
        return out - target;
    }

    /**
     * Backward, a hidden layer, from the deltas of the layer after it: δ_i = f'(s_i)·Σ_j w_ji·δ_j.
     *
     * @param layer the hidden layer whose deltas are computed
     * @param next the layer after it, whose weights w_ji carry the deltas back
     */
    public static void hiddenDeltas(Layer layer, double[] s, double[] a, Layer next, double[] nextDelta,
                                    double[] delta) {
        backSums(next, nextDelta, delta);
        applyDerivative(layer, s, a, delta);
    }

    /** Σ_j w_ji·δ_j for each input i of {@code next}, the terms added in the order j = 0, 1, … */
    static void backSums(Layer next, double[] nextDelta, double[] sums) {
        int inputs = next.inputs();
        double[] w = next.weights;
        for (int i = 0; i < inputs; i++) {
            double sum = 0.0;
            for (int j = 0; j < nextDelta.length; j++) sum += w[j * inputs + i] * nextDelta[j];
            sums[i] = sum;
        }
    }

    /** δ_i = f'(s_i)·(Σ_j w_ji·δ_j), the sums given in {@code delta}. */
    static void applyDerivative(Layer layer, double[] s, double[] a, double[] delta) {
        Activation f = layer.activation();
        if (f.isLayerWide()) {
            softmaxHiddenDeltas(a, delta);
            return;
        }
        for (int i = 0; i < delta.length; i++) delta[i] = f.derivative(s[i], a[i]) * delta[i];
    }


    /**
     * Lesson files allow softmax on the output layer only, but a network built in code may have it
     * anywhere: with g = ∂E/∂a in {@code delta}, δ_i = Σ_k g_k·a_k(1[k=i] − a_i) = a_i(g_i − Σ_k g_k a_k).
     */
    private static void softmaxHiddenDeltas(double[] out, double[] delta) {
        double dot = 0.0;
        for (int k = 0; k < out.length; k++) dot += delta[k] * out[k];
        for (int i = 0; i < out.length; i++) delta[i] = out[i] * (delta[i] - dot);
    }

    /** ∂E/∂w_ji = δ_j·x_i: the gradient of the weight from an input x_i into a neuron with delta δ_j. */
    public static double weightGradient(double delta, double x) {
        return delta * x;
    }

    /** Adds this sample's gradients, ∂E/∂w_ji = δ_j·x_i and ∂E/∂b_j = δ_j, to the running sums of the batch. */
    public static void accumulateGradients(double[] delta, double[] x, double[] sumW, double[] sumB) {
        int inputs = x.length;
        for (int j = 0; j < delta.length; j++) {
            for (int i = 0; i < inputs; i++) sumW[j * inputs + i] += weightGradient(delta[j], x[i]);
            sumB[j] += delta[j];
        }
    }

    /**
     * The change of one weight: Δw = −η·g without momentum (μ = 0), and Δw = −η·g + μ·v with it, v being
     * the weight's last change. The weight then moves by Δw: w ← w + Δw.
     */
    public static double velocity(double previous, double momentum, double learningRate, double gradient) {
        double step = -learningRate * gradient;
        return momentum == 0.0 ? step : step + momentum * previous;
    }
}
