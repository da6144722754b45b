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
    };

    private final String id;

    Loss(String id) { this.id = id; }

    /** The error of one sample. */
    public abstract double sample(double[] z, double[] d);

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
        throw new IllegalArgumentException("unknown loss '" + id + "' (expected half-sse, sse or mse)");
    }
}
