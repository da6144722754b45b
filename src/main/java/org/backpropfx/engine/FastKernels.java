package org.backpropfx.engine;

/**
 * The loops of continuous training, written for speed, beside the textbook path of {@link Backprop}: the
 * same sums in the same order, so the same bits, which tests hold them to. What differs is only how the
 * work is laid out for the processor:
 *
 * <ul>
 *   <li>net inputs four neurons at a time: four independent sums run side by side instead of one after the
 *       other, each still adding its terms in the order i = 0, 1, …;</li>
 *   <li>the deltas' back sums row by row of the weights (the order in memory), each neuron's sum still in
 *       the order j = 0, 1, …, which the JIT turns into vector instructions;</li>
 *   <li>the update of a batch of one sample without momentum or locks as one multiply-add per weight,
 *       row by row, also vectorised, with the old weights kept aside for a divergence;</li>
 *   <li>or, when a bound on the weights' size proves that no weight can pass {@link Network#MAX_MAGNITUDE},
 *       that update alone, with no copy kept and no check after it ({@link #step}).</li>
 * </ul>
 */
final class FastKernels {
    private FastKernels() {}

    /** {@link Backprop#forwardLayer}. */
    static void forwardLayer(Layer layer, double[] x, double[] s, double[] a) {
        netInputs(layer.weights, layer.biases, x, s, layer.inputs(), layer.outputs());
        Backprop.activate(layer, s, a);
    }

    /**
     * {@link Backprop#netInputs}: s_j = b_j + Σ_i w_ji·x_i, eight neurons at a time (eight chains of additions
     * keep the adder busy where one would wait on the one before), then four, then one.
     */
    static void netInputs(double[] w, double[] b, double[] x, double[] s, int inputs, int outputs) {
        int j = 0;
        for (; j + 7 < outputs; j += 8) {
            int r0 = j * inputs;
            double s0 = b[j];
            double s1 = b[j + 1];
            double s2 = b[j + 2];
            double s3 = b[j + 3];
            double s4 = b[j + 4];
            double s5 = b[j + 5];
            double s6 = b[j + 6];
            double s7 = b[j + 7];
            for (int i = 0; i < inputs; i++) {
                double xi = x[i];
                int k = r0 + i;
                s0 += w[k] * xi;
                s1 += w[k + inputs] * xi;
                s2 += w[k + 2 * inputs] * xi;
                s3 += w[k + 3 * inputs] * xi;
                s4 += w[k + 4 * inputs] * xi;
                s5 += w[k + 5 * inputs] * xi;
                s6 += w[k + 6 * inputs] * xi;
                s7 += w[k + 7 * inputs] * xi;
            }
            s[j] = s0;
            s[j + 1] = s1;
            s[j + 2] = s2;
            s[j + 3] = s3;
            s[j + 4] = s4;
            s[j + 5] = s5;
            s[j + 6] = s6;
            s[j + 7] = s7;
        }
        for (; j + 3 < outputs; j += 4) {
            int r0 = j * inputs;
            int r1 = r0 + inputs;
            int r2 = r1 + inputs;
            int r3 = r2 + inputs;
            double s0 = b[j];
            double s1 = b[j + 1];
            double s2 = b[j + 2];
            double s3 = b[j + 3];
            for (int i = 0; i < inputs; i++) {
                double xi = x[i];
                s0 += w[r0 + i] * xi;
                s1 += w[r1 + i] * xi;
                s2 += w[r2 + i] * xi;
                s3 += w[r3 + i] * xi;
            }
            s[j] = s0;
            s[j + 1] = s1;
            s[j + 2] = s2;
            s[j + 3] = s3;
        }
        for (; j < outputs; j++) {
            int row = j * inputs;
            double sum = b[j];
            for (int i = 0; i < inputs; i++) sum += w[row + i] * x[i];
            s[j] = sum;
        }
    }

    /** {@link Backprop#hiddenDeltas}. */
    static void hiddenDeltas(Layer layer, double[] s, double[] a, Layer next, double[] nextDelta, double[] delta) {
        backSums(next.weights, nextDelta, delta, next.inputs());
        Backprop.applyDerivative(layer, s, a, delta);
    }

    /** {@link Backprop#backSums}: Σ_j w_ji·δ_j for every i, walking the weights row by row. */
    static void backSums(double[] w, double[] nextDelta, double[] sums, int inputs) {
        double d0 = nextDelta[0];
        for (int i = 0; i < inputs; i++) sums[i] = 0.0 + w[i] * d0;
        for (int j = 1, row = inputs; j < nextDelta.length; j++, row += inputs) {
            double dj = nextDelta[j];
            for (int i = 0; i < inputs; i++) sums[i] += w[row + i] * dj;
        }
    }

    /**
     * Gradient descent on the weights of one layer after a batch of one sample, no momentum and no lock:
     * w_ji ← w_ji + (−η·(scale·(0.0 + δ_j·x_i))), exactly what the textbook update computes from batch sums
     * that start at zero. The old weights are copied to {@code old} as they are overwritten.
     *
     * @return whether every new weight is within ±{@link Network#MAX_MAGNITUDE}, the lesson format's limit
     */
    static boolean descend(double[] w, double[] delta, double[] x, double scale, double rate, double[] old) {
        int inputs = x.length;
        double minusRate = -rate;
        for (int j = 0, row = 0; j < delta.length; j++, row += inputs) {
            double dj = delta[j];
            for (int i = 0; i < inputs; i++) {
                double before = w[row + i];
                old[row + i] = before;
                w[row + i] = before + minusRate * (scale * (0.0 + dj * x[i]));
            }
        }
        return allWithin(w, Network.MAX_MAGNITUDE);
    }

    /**
     * The biases of one layer after a batch of one sample, no momentum and no lock: b_j ← b_j + (−η·(scale·(0.0 + δ_j))),
     * as the textbook update computes it ({@link Backprop#velocity} without momentum is −η·g). The old biases are
     * copied to {@code old}.
     *
     * @return whether every new bias is within ±{@link Network#MAX_MAGNITUDE}
     */
    static boolean descendBiases(double[] b, double[] delta, double scale, double rate, double[] old) {
        double minusRate = -rate;
        boolean within = true;
        for (int j = 0; j < b.length; j++) {
            double before = b[j];
            old[j] = before;
            double after = before + minusRate * (scale * (0.0 + delta[j]));
            b[j] = after;
            within &= Math.abs(after) <= Network.MAX_MAGNITUDE;
        }
        return within;
    }

    /**
     * {@link #descend} where the update is known to stay within range: w_ji ← w_ji + (−η·(scale·(0.0 + δ_j·x_i)))
     * and b_j ← b_j + (−η·(scale·(0.0 + δ_j))), the same bits, without the copy and the check.
     */
    static void step(double[] w, double[] b, double[] delta, double[] x, double scale, double rate) {
        int inputs = x.length;
        double minusRate = -rate;
        if (scale == 1.0) {
            // scale·q is q, bit for bit, for every q: one multiplication fewer per weight (sums of errors, batches of one)
            for (int j = 0, row = 0; j < delta.length; j++, row += inputs) {
                double dj = delta[j];
                for (int i = 0; i < inputs; i++) w[row + i] = w[row + i] + minusRate * (0.0 + dj * x[i]);
                b[j] = b[j] + minusRate * (0.0 + dj);
            }
            return;
        }
        for (int j = 0, row = 0; j < delta.length; j++, row += inputs) {
            double dj = delta[j];
            for (int i = 0; i < inputs; i++) w[row + i] = w[row + i] + minusRate * (scale * (0.0 + dj * x[i]));
            b[j] = b[j] + minusRate * (scale * (0.0 + dj));
        }
    }

    /** {@link Backprop#accumulateGradients}: sumW_ji += δ_j·x_i and sumB_j += δ_j, row by row, vectorised. */
    static void accumulateGradients(double[] delta, double[] x, double[] sumW, double[] sumB) {
        int inputs = x.length;
        for (int j = 0, row = 0; j < delta.length; j++, row += inputs) {
            double dj = delta[j];
            for (int i = 0; i < inputs; i++) sumW[row + i] += dj * x[i];
            sumB[j] += dj;
        }
    }

    /** The largest size |v| of the values; NaN if one is NaN. */
    static double maxAbs(double[] values) {
        double max = 0.0;
        for (double v : values) max = Math.max(max, Math.abs(v));
        return max;
    }

    /** Whether every value is at most {@code limit} in size; false for NaN, since every comparison with NaN is. */
    static boolean allWithin(double[] values, double limit) {
        boolean within = true;
        // & rather than &&: no branch per value, so the loop stays one straight run
        for (double v : values) within &= Math.abs(v) <= limit;
        return within;
    }
}
