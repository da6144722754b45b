package org.backpropfx.engine;

/**
 * The arithmetic of backpropagation, one small step per method. The fast training loop and the
 * step-by-step cursor both call these same methods, so the numbers shown while stepping are
 * bit for bit the numbers of continuous training.
 *
 * <p>Conventions (gradient-descent notation): the net input is s = b + Σ w·x, the output a = f(s),
 * the delta δ = ∂E/∂s, the weight gradient ∂E/∂w = δ·x. The MIT notation's γ is −δ.
 */
public final class Backprop {
    private Backprop() {}

    /** Net input and output of every neuron of one layer. The bias is added first, as w0·(−1) is. */
    public static void forwardLayer(Layer layer, double[] in, double[] net, double[] out) {
        int n = layer.inputs();
        double[] w = layer.weights;
        double[] b = layer.biases;
        Activation f = layer.activation();
        boolean layerWide = f.isLayerWide();
        // One flat pass over the weights: rows can be as short as one or two inputs, and a loop nested
        // inside a loop costs more than the arithmetic at that size.
        int j = 0;
        int i = 0;
        double s = b[0];
        for (int k = 0; k < w.length; k++) {
            s += w[k] * in[i];
            if (++i == n) {
                net[j] = s;
                out[j] = f.apply(s);
                i = 0;
                if (++j < b.length) s = b[j];
            }
        }
        if (layerWide) Softmax.outputs(net, out);
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
     * δ of a hidden layer from the deltas of the layer after it: δ_i = f'(s_i)·Σ_j w_ji·δ_j.
     *
     * @param layer the hidden layer whose deltas are computed
     * @param next the layer after it, whose weights carry the deltas back
     */
    public static void hiddenDeltas(Layer layer, double[] net, double[] out, Layer next, double[] nextDelta,
                                    double[] delta) {
        Activation f = layer.activation();
        int n = next.inputs();
        double[] w = next.weights;
        // Sum row by row of the next layer's weights (the order in memory); for each neuron i the terms
        // are still added in the order j = 0, 1, …
        double d0 = nextDelta[0];
        for (int i = 0; i < n; i++) delta[i] = 0.0 + w[i] * d0;
        for (int j = 1, row = n; j < nextDelta.length; j++, row += n) {
            double dj = nextDelta[j];
            for (int i = 0; i < n; i++) delta[i] += w[row + i] * dj;
        }
        if (f.isLayerWide()) {
            softmaxHiddenDeltas(out, delta);
            return;
        }
        for (int i = 0; i < n; i++) delta[i] = f.derivative(net[i], out[i]) * delta[i];
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

    /** ∂E/∂w for the weight from an input with value x into a neuron with delta δ. */
    public static double weightGradient(double delta, double x) {
        return delta * x;
    }

    /** Adds this sample's gradients, ∂E/∂w = δ·x and ∂E/∂b = δ, to the running sums of the batch. */
    public static void accumulateGradients(double[] delta, double[] in, double[] sumW, double[] sumB) {
        int n = in.length;
        for (int j = 0, row = 0; j < delta.length; j++, row += n) {
            double d = delta[j];
            for (int i = 0; i < n; i++) sumW[row + i] += weightGradient(d, in[i]);
            sumB[j] += d;
        }
    }

    /**
     * The change of one weight: v := μ·v − η·g, and the weight then moves by v. With μ = 0 this is
     * plain gradient descent, −η·g.
     */
    public static double velocity(double previous, double momentum, double learningRate, double gradient) {
        return momentum * previous - learningRate * gradient;
    }
}
