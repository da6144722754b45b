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
        Activation f = layer.activation();
        for (int j = 0, row = 0; j < layer.outputs(); j++, row += n) {
            double s = layer.biases[j];
            for (int i = 0; i < n; i++) s += w[row + i] * in[i];
            net[j] = s;
            out[j] = f.apply(s);
        }
    }

    /** δ = f'(s)·∂E/∂z for each output neuron. */
    public static void outputDeltas(Layer layer, Loss loss, double[] net, double[] out, double[] target,
                                    double[] delta) {
        Activation f = layer.activation();
        int k = out.length;
        for (int j = 0; j < k; j++) {
            delta[j] = f.derivative(net[j], out[j]) * loss.outputGradient(out[j], target[j], k);
        }
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
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0, k = i; j < next.outputs(); j++, k += n) sum += w[k] * nextDelta[j];
            delta[i] = f.derivative(net[i], out[i]) * sum;
        }
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
