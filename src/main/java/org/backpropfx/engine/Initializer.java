package org.backpropfx.engine;

import java.util.SplittableRandom;

/**
 * Draws random starting weights. Starting every weight at the same value (zero, say) would give every
 * hidden neuron the same delta, so they would stay identical forever; random weights break that
 * symmetry. The same seed always gives the same bits.
 */
public final class Initializer {
    private Initializer() {}

    /**
     * Overwrites every unlocked weight and bias of the network.
     *
     * @param range r for {@link InitMethod#UNIFORM}; ignored by the other methods
     */
    public static void initialize(Network network, InitMethod method, double range, long seed) {
        if (method == InitMethod.UNIFORM && !(range > 0.0 && range <= 100.0)) {
            throw new IllegalArgumentException("the initial range must be above 0 and at most 100, not " + range);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (Layer layer : network.layers()) {
            int fanIn = layer.inputs();
            int fanOut = layer.outputs();
            for (int k = 0; k < layer.weights.length; k++) {
                double value = switch (method) {
                    case UNIFORM -> uniform(random, range);
                    case XAVIER -> uniform(random, Math.sqrt(6.0 / (fanIn + fanOut)));
                    case HE -> gaussian(random) * Math.sqrt(2.0 / fanIn);
                };
                if (!layer.weightLocked[k]) layer.weights[k] = value;
            }
            for (int j = 0; j < layer.biases.length; j++) {
                double value = method == InitMethod.UNIFORM ? uniform(random, range) : 0.0;
                if (network.biasMode() == BiasMode.NONE) value = 0.0;
                if (!layer.biasLocked[j]) layer.biases[j] = value;
            }
            layer.changed();
        }
    }

    private static double uniform(SplittableRandom random, double r) {
        return (2.0 * random.nextDouble() - 1.0) * r;
    }

    /** Box–Muller, written out so that the sequence is fixed by this code and not by a library version. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
