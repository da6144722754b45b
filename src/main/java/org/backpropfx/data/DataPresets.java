package org.backpropfx.data;

import java.util.SplittableRandom;

import org.backpropfx.engine.DataSet;

/**
 * Ready-made training sets. The 2-D sets have inputs in about [−1, 1]² and a single target, 1 for one
 * class and 0 for the other; the same seed always gives the same points.
 */
public final class DataPresets {
    public static final int MAX_SAMPLES = 100_000;

    private DataPresets() {}

    public enum Preset {
        AND("AND", false), OR("OR", false), XOR("XOR", false), SINGLE_WEIGHT("single weight", false),
        CIRCLE("circle", true), TWO_GAUSSIANS("two Gaussians", true), SPIRAL("spiral", true);

        private final String label;
        private final boolean random;

        Preset(String label, boolean random) {
            this.label = label;
            this.random = random;
        }

        public String label() { return label; }

        /** Whether size, noise and seed matter. */
        public boolean isRandom() { return random; }
    }

    /**
     * @param size number of samples for the random sets (ignored by the fixed ones)
     * @param noise 0 (clean) to 1 (very noisy)
     */
    public static DataSet create(Preset preset, int size, double noise, long seed) {
        if (preset.isRandom()) {
            if (size < 2 || size > MAX_SAMPLES) {
                throw new IllegalArgumentException("size: must be 2 to " + MAX_SAMPLES + ", not " + size);
            }
            if (!(noise >= 0.0 && noise <= 1.0)) {
                throw new IllegalArgumentException("noise: must be 0 to 1, not " + noise);
            }
        }
        return switch (preset) {
            case AND -> truthTable(0, 0, 0, 1);
            case OR -> truthTable(0, 1, 1, 1);
            case XOR -> truthTable(0, 1, 1, 0);
            case SINGLE_WEIGHT -> new DataSet(new double[][] {{1.5}}, new double[][] {{0.5}});
            case CIRCLE -> circle(size, noise, seed);
            case TWO_GAUSSIANS -> twoGaussians(size, noise, seed);
            case SPIRAL -> spiral(size, noise, seed);
        };
    }

    private static DataSet truthTable(double f00, double f01, double f10, double f11) {
        return new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                new double[][] {{f00}, {f01}, {f10}, {f11}});
    }

    /** Class 1 inside a circle of radius 0.5, class 0 in the ring outside it; noise jitters the points. */
    private static DataSet circle(int size, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] in = new double[size][];
        double[][] out = new double[size][];
        for (int s = 0; s < size; s++) {
            boolean inside = s % 2 == 0;
            double radius = inside ? 0.45 * Math.sqrt(random.nextDouble()) : 0.6 + 0.35 * random.nextDouble();
            double angle = 2 * Math.PI * random.nextDouble();
            in[s] = new double[] {radius * Math.cos(angle) + jitter(random, noise),
                radius * Math.sin(angle) + jitter(random, noise)};
            out[s] = new double[] {inside ? 1 : 0};
        }
        return new DataSet(in, out);
    }

    /** Two round clouds around (−0.5, −0.5) and (0.5, 0.5); noise widens them until they overlap. */
    private static DataSet twoGaussians(int size, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double spread = 0.1 + 0.4 * noise;
        double[][] in = new double[size][];
        double[][] out = new double[size][];
        for (int s = 0; s < size; s++) {
            boolean first = s % 2 == 0;
            double centre = first ? 0.5 : -0.5;
            in[s] = new double[] {centre + spread * gaussian(random), centre + spread * gaussian(random)};
            out[s] = new double[] {first ? 1 : 0};
        }
        return new DataSet(in, out);
    }

    /** Two arms winding around each other once and a half. */
    private static DataSet spiral(int size, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] in = new double[size][];
        double[][] out = new double[size][];
        int perArm = (size + 1) / 2;
        for (int s = 0; s < size; s++) {
            int arm = s % 2;
            double t = (double) (s / 2) / perArm;
            double radius = 0.05 + 0.9 * t;
            double angle = 3 * Math.PI * t + arm * Math.PI;
            in[s] = new double[] {radius * Math.cos(angle) + jitter(random, noise),
                radius * Math.sin(angle) + jitter(random, noise)};
            out[s] = new double[] {arm == 0 ? 1 : 0};
        }
        return new DataSet(in, out);
    }

    private static double jitter(SplittableRandom random, double noise) {
        return noise == 0.0 ? 0.0 : 0.15 * noise * gaussian(random);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
