package org.backpropfx.engine;

/**
 * The error E the training minimises, for one sample with outputs z and targets d.
 *
 * <p>The MIT notation maximises the performance P = −E instead; the numbers are the same with the
 * sign of the delta flipped (γ = −δ), which is a display matter handled outside the engine.
 */
public enum Loss {
    /** E = ½ Σ (d − z)², summed over the samples of a batch. The default. */
    HALF_SSE("half-sse") {
        @Override public double sample(double[] z, double[] d) {
            return 0.5 * squaredErrors(z, d);
        }
        @Override public double outputGradient(double z, double d, int outputs) { return z - d; }
        @Override public double batchScale(int batchSize) { return 1.0; }
    },
    /** E = Σ (d − z)², no ½ (article 002's cost), summed over the samples of a batch. */
    SSE("sse") {
        @Override public double sample(double[] z, double[] d) {
            return squaredErrors(z, d);
        }
        @Override public double outputGradient(double z, double d, int outputs) { return 2.0 * (z - d); }
        @Override public double batchScale(int batchSize) { return 1.0; }
    },
    /** E = mean over the outputs of (d − z)², and the batch's error is the mean over its samples. */
    MSE("mse") {
        @Override public double sample(double[] z, double[] d) {
            return squaredErrors(z, d) / z.length;
        }
        @Override public double outputGradient(double z, double d, int outputs) { return 2.0 * (z - d) / outputs; }
        @Override public double batchScale(int batchSize) { return 1.0 / batchSize; }
    },
    /**
     * E = −Σ y_k ln a_k, summed over the samples of a batch; made for a softmax output, with which the
     * delta is simply a − y (the Jacobian cancels; this needs targets that sum to 1).
     */
    CROSS_ENTROPY("cross-entropy") {
        @Override public double sample(double[] a, double[] y) {
            double sum = 0.0;
            for (int k = 0; k < a.length; k++) sum -= y[k] * Math.log(a[k]);
            return sum;
        }
        @Override public double outputGradient(double a, double y, int outputs) { return -y / a; }
        @Override public double batchScale(int batchSize) { return 1.0; }
        @Override public Activation matchingOutput() { return Activation.SOFTMAX; }
        @Override double fromNetInputs(double[] net, double[] y) {
            // ln a_k = z_k − ln Σ e^z: finite for every finite net input, also where a_k rounds to 0.
            double lse = Softmax.logSumExp(net);
            double sum = 0.0;
            for (int k = 0; k < net.length; k++) sum += y[k] * (lse - net[k]);
            return sum;
        }
    },
    /**
     * E = −Σ [y_k ln a_k + (1 − y_k) ln(1 − a_k)], summed over the samples of a batch; made for sigmoid
     * outputs, with which the delta is simply a − y (σ′ cancels).
     */
    BINARY_CROSS_ENTROPY("binary-cross-entropy") {
        @Override public double sample(double[] a, double[] y) {
            double sum = 0.0;
            for (int k = 0; k < a.length; k++) sum -= y[k] * Math.log(a[k]) + (1.0 - y[k]) * Math.log(1.0 - a[k]);
            return sum;
        }
        @Override public double outputGradient(double a, double y, int outputs) { return (a - y) / (a * (1.0 - a)); }
        @Override public double batchScale(int batchSize) { return 1.0; }
        @Override public Activation matchingOutput() { return Activation.SIGMOID; }
        @Override double fromNetInputs(double[] net, double[] y) {
            // −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z): finite where σ(z) rounds to 0 or 1.
            double sum = 0.0;
            for (int k = 0; k < net.length; k++) sum += y[k] * softplus(-net[k]) + (1.0 - y[k]) * softplus(net[k]);
            return sum;
        }
    };

    private final String id;

    Loss(String id) { this.id = id; }

    /** The error of one sample from its outputs alone (may be infinite where a log meets an output of 0). */
    public abstract double sample(double[] z, double[] d);

    /**
     * The error of one sample as training computes it. With its {@link #matchingOutput()} a cross-entropy
     * is computed from the net inputs (log-sum-exp, log-sigmoid), so it stays finite for any net input even
     * where an output rounds to exactly 0 or 1; otherwise from the outputs.
     */
    public double sample(Activation output, double[] net, double[] out, double[] target) {
        return output == matchingOutput() ? fromNetInputs(net, target) : sample(out, target);
    }

    /** The output activation this loss is made for (null: any). */
    public Activation matchingOutput() { return null; }

    /** Whether this loss is a cross-entropy, which needs its {@link #matchingOutput()} and targets in [0, 1]. */
    public boolean isCrossEntropy() { return matchingOutput() != null; }

    /**
     * Whether, with this output activation, the output delta is simply a − y: the loss's 1/a terms cancel
     * the activation's derivative (σ′ for sigmoid, the Jacobian for softmax).
     */
    public boolean cancelsWith(Activation output) { return output != null && output == matchingOutput(); }

    double fromNetInputs(double[] net, double[] target) { throw new UnsupportedOperationException(id); }

    /** ln(1 + e^x) without overflow: max(x, 0) + ln(1 + e^−|x|). */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** ∂E/∂z for one output neuron of one sample. */
    public abstract double outputGradient(double z, double d, int outputs);

    /** The factor applied to the summed per-sample gradients of a batch of this size. */
    public abstract double batchScale(int batchSize);

    public String id() { return id; }

    /** Σ (d − z)² over the outputs. */
    static double squaredErrors(double[] z, double[] d) {
        double sum = 0.0;
        for (int i = 0; i < z.length; i++) {
            double e = d[i] - z[i];
            sum += e * e;
        }
        return sum;
    }

    public static Loss fromId(String id) {
        for (Loss l : values()) {
            if (l.id.equals(id)) return l;
        }
        throw new IllegalArgumentException("unknown loss '" + id + "' (expected half-sse, sse, mse, cross-entropy or binary-cross-entropy)");
    }
}
