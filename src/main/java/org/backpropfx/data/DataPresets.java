package org.backpropfx.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.backpropfx.engine.DataSet;

/**
 * Ready-made training sets. The 2-D sets have inputs in about [−1, 1]²; the two-class ones have a single
 * target, 1 for one class and 0 for the other, and the three-class ones a one-hot target of three (for a
 * softmax output). The same seed always gives the same points. Fisher's iris measurements are shipped as
 * they were published (in centimetres), in {@code iris.csv} beside this class, with their source.
 */
public final class DataPresets {
    public static final int MAX_SAMPLES = 100_000;

    private DataPresets() {}

    public enum Preset {
        AND("AND", false), OR("OR", false), XOR("XOR", false), SINGLE_WEIGHT("single weight", false),
        CIRCLE("circle", true), TWO_GAUSSIANS("two Gaussians", true), SPIRAL("spiral", true),
        THREE_BLOBS("three Gaussian blobs (3 classes)", true), THREE_ARM_SPIRAL("three-arm spiral (3 classes)", true),
        IRIS("Fisher's iris (4 measurements, 3 species)", false);

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
            case THREE_BLOBS -> threeBlobs(size, noise, seed);
            case THREE_ARM_SPIRAL -> threeArmSpiral(size, noise, seed);
            case IRIS -> iris();
        };
    }

    /** The names of the iris species, in the order of the targets' classes. */
    public static final List<String> IRIS_SPECIES = List.of("setosa", "versicolor", "virginica");

    /** The names of a preset's classes, one per output, or none when its classes are only counted. */
    public static List<String> classNames(Preset preset) {
        return preset == Preset.IRIS ? IRIS_SPECIES : List.of();
    }

    /** A one-hot target of {@code classes} for class {@code k}. */
    private static double[] oneHot(int k, int classes) {
        double[] t = new double[classes];
        t[k] = 1.0;
        return t;
    }

    /** Three round clouds around points 120° apart on a circle of radius 0.55; noise widens them until they overlap. */
    private static DataSet threeBlobs(int size, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double spread = 0.08 + 0.3 * noise;
        double[][] in = new double[size][];
        double[][] out = new double[size][];
        for (int s = 0; s < size; s++) {
            int k = s % 3;
            double angle = Math.PI / 2 + k * 2 * Math.PI / 3;
            in[s] = new double[] {0.55 * Math.cos(angle) + spread * gaussian(random),
                0.55 * Math.sin(angle) + spread * gaussian(random)};
            out[s] = oneHot(k, 3);
        }
        return new DataSet(in, out);
    }

    /** Three arms 120° apart, each winding once around the centre. */
    private static DataSet threeArmSpiral(int size, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] in = new double[size][];
        double[][] out = new double[size][];
        int perArm = (size + 2) / 3;
        for (int s = 0; s < size; s++) {
            int arm = s % 3;
            double t = (double) (s / 3) / perArm;
            double radius = 0.05 + 0.9 * t;
            double angle = 2 * Math.PI * t + arm * 2 * Math.PI / 3;
            in[s] = new double[] {radius * Math.cos(angle) + jitter(random, noise),
                radius * Math.sin(angle) + jitter(random, noise)};
            out[s] = oneHot(arm, 3);
        }
        return new DataSet(in, out);
    }

    /** The 150 iris flowers: sepal length and width, petal length and width in cm; the species one-hot. */
    private static DataSet iris() {
        List<double[]> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        try (var stream = DataPresets.class.getResourceAsStream("iris.csv")) {
            if (stream == null) throw new IllegalStateException("iris.csv is missing from the application");
            String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            boolean header = true;
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.trim().split(",");
                double[] x = new double[4];
                for (int i = 0; i < 4; i++) x[i] = Double.parseDouble(cells[i]);
                inputs.add(x);
                targets.add(oneHot(IRIS_SPECIES.indexOf(cells[4]), 3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("iris.csv could not be read from the application", e);
        }
        return new DataSet(inputs.toArray(double[][]::new), targets.toArray(double[][]::new));
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
