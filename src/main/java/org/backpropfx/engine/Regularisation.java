package org.backpropfx.engine;

/**
 * L1 and L2 regularisation of the weights (never the biases): the penalty λ₂/2·Σw² + λ₁·Σ|w| added to the
 * data loss, and its gradient λ₂·w + λ₁·sign(w) added to each weight's once per update.
 */
public final class Regularisation {
    private Regularisation() {}

    /** sign(w), with sign(0) = 0. */
    public static double sign(double w) {
        return w > 0.0 ? 1.0 : w < 0.0 ? -1.0 : 0.0;
    }

    /**
     * The gradient a regularised update uses for one weight: g + λ₂·w + λ₁·sign(w), added left to right
     * (the formula panel shows these same terms and this same sum).
     *
     * @param g the data gradient of the batch, as the loss defines it (summed, or averaged for mse)
     * @param w the weight before the update
     */
    public static double gradient(double g, double w, double l1, double l2) {
        return g + l2 * w + l1 * sign(w);
    }

    /** λ₂/2·Σw² + λ₁·Σ|w| over every weight of the network. */
    public static double penalty(Network network, double l1, double l2) {
        if (l1 == 0.0 && l2 == 0.0) return 0.0;
        double squares = 0.0;
        double absolutes = 0.0;
        for (Layer layer : network.layers()) {
            for (double w : layer.weights) {
                squares += w * w;
                absolutes += Math.abs(w);
            }
        }
        return l2 / 2.0 * squares + l1 * absolutes;
    }

    /** λ₂/2·Σw² + λ₁·Σ|w| over weights given layer by layer (index 0 unused, as the trainer keeps them). */
    public static double penalty(double[][] weights, double l1, double l2) {
        if (l1 == 0.0 && l2 == 0.0) return 0.0;
        double squares = 0.0;
        double absolutes = 0.0;
        for (int l = 1; l < weights.length; l++) {
            for (double w : weights[l]) {
                squares += w * w;
                absolutes += Math.abs(w);
            }
        }
        return l2 / 2.0 * squares + l1 * absolutes;
    }
}
