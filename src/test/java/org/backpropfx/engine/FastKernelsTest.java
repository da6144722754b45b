package org.backpropfx.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/** The fast kernels compute the textbook path's numbers, bit for bit, for every shape and setting. */
class FastKernelsTest {
    /** A recorder that keeps nothing: with it the trainer runs the textbook path. */
    private static final PhaseRecorder TEXTBOOK = new PhaseRecorder() {
        @Override public void forward(int layer, double[] net, double[] out) {}
        @Override public void error(double[] target, double[] output, double loss) {}
        @Override public void backward(int layer, double[] delta, double[] input, double[] sumW, double[] sumB) {}
        @Override public void update(int layer, double[] gradW, double[] gradB, double[] stepW, double[] stepB,
                                     double[] newW, double[] newB) {}
    };

    private static Layer randomLayer(SplittableRandom random, int inputs, int outputs, Activation f) {
        Layer layer = new Layer(inputs, outputs, f);
        for (int j = 0; j < outputs; j++) {
            layer.setBias(j, random.nextDouble(-1, 1));
            for (int i = 0; i < inputs; i++) layer.setWeight(j, i, random.nextDouble(-1, 1));
        }
        return layer;
    }

    private static double[] random(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = random.nextInt(8) == 0 ? 0.0 : random.nextDouble(-2, 2);
        return v;
    }

    private static void assertSameBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(actual[k]), what + " [" + k + "]");
        }
    }

    @Test
    void forwardAndDeltasOfEveryShapeAndActivation() {
        SplittableRandom random = new SplittableRandom(1);
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 13, 32, 63, 64};
        for (Activation f : Activation.values()) {
            for (int inputs : sizes) {
                for (int outputs : sizes) {
                    String what = f + " " + inputs + "→" + outputs;
                    Layer layer = randomLayer(random, inputs, outputs, f);
                    double[] x = random(random, inputs);
                    double[] s1 = new double[outputs];
                    double[] a1 = new double[outputs];
                    double[] s2 = new double[outputs];
                    double[] a2 = new double[outputs];
                    Backprop.forwardLayer(layer, x, s1, a1);
                    FastKernels.forwardLayer(layer, x, s2, a2);
                    assertSameBits(s1, s2, what + " net inputs");
                    assertSameBits(a1, a2, what + " outputs");

                    // this layer as the hidden one before a next layer
                    Layer next = randomLayer(random, outputs, 1 + random.nextInt(64), Activation.SIGMOID);
                    double[] nextDelta = random(random, next.outputs());
                    double[] d1 = new double[outputs];
                    double[] d2 = new double[outputs];
                    Backprop.hiddenDeltas(layer, s1, a1, next, nextDelta, d1);
                    FastKernels.hiddenDeltas(layer, s1, a1, next, nextDelta, d2);
                    assertSameBits(d1, d2, what + " deltas");
                }
            }
        }
    }

    @Test
    void theWeightUpdateOfOneSampleIsTheTextbooksOnSumsStartingAtZero() {
        SplittableRandom random = new SplittableRandom(2);
        for (int inputs : new int[] {1, 2, 5, 64}) {
            for (int outputs : new int[] {1, 3, 4, 64}) {
                double[] w = random(random, inputs * outputs);
                double[] delta = random(random, outputs);
                double[] x = random(random, inputs);
                double rate = random.nextDouble(0.01, 2);
                double scale = random.nextBoolean() ? 1.0 : 0.5;
                double[] expected = w.clone();
                double[] sum = new double[w.length];
                Backprop.accumulateGradients(delta, x, sum, new double[outputs]);
                for (int k = 0; k < w.length; k++) expected[k] += Backprop.velocity(0.0, 0.0, rate, scale * sum[k]);
                double[] old = new double[w.length];
                double[] before = w.clone();
                assertTrue(FastKernels.descend(w, delta, x, scale, rate, old));
                assertSameBits(expected, w, inputs + "→" + outputs);
                assertArrayEquals(before, old);
            }
        }
    }

    @Test
    void batchSumsGrowAsTheTextbooksDo() {
        SplittableRandom random = new SplittableRandom(3);
        int[] sizes = {1, 2, 5, 16, 64};
        for (int inputs : sizes) {
            for (int outputs : sizes) {
                double[] sumW1 = random(random, inputs * outputs);
                double[] sumB1 = random(random, outputs);
                double[] sumW2 = sumW1.clone();
                double[] sumB2 = sumB1.clone();
                for (int sample = 0; sample < 3; sample++) {
                    double[] delta = random(random, outputs);
                    double[] x = random(random, inputs);
                    Backprop.accumulateGradients(delta, x, sumW1, sumB1);
                    FastKernels.accumulateGradients(delta, x, sumW2, sumB2);
                }
                assertSameBits(sumW1, sumW2, inputs + "→" + outputs + " weight sums");
                assertSameBits(sumB1, sumB2, inputs + "→" + outputs + " bias sums");
            }
        }
    }

    @Test
    void allWithinFindsAnyValueBeyondTheLimitInfinityOrNaN() {
        double[] values = new double[37];
        Arrays.fill(values, -1e6);
        assertTrue(FastKernels.allWithin(values, 1e6));
        for (int k = 0; k < values.length; k++) {
            for (double bad : new double[] {Math.nextUp(1e6), -Math.nextUp(1e6), Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, Double.NaN}) {
                double[] copy = values.clone();
                copy[k] = bad;
                assertEquals(false, FastKernels.allWithin(copy, 1e6), k + " " + bad);
            }
        }
    }

    /** Whole training runs: the fast path and the textbook path end with the same bits in every setting. */
    @Test
    void trainingOnTheFastPathIsTheTextbookPathBitForBit() {
        SplittableRandom random = new SplittableRandom(3);
        List<String> compared = new ArrayList<>();
        for (Activation output : Activation.values()) {
            for (Loss loss : Loss.values()) {
                for (BatchMode mode : BatchMode.values()) {
                    for (int variant = 0; variant < 5; variant++) {
                        double momentum = variant % 2 == 1 ? 0.7 : 0.0;
                        // variant 4: locks alone, where the fast path's plain descent must leave the locked ones out
                        boolean locks = variant >= 2;
                        double l1 = variant == 3 ? 0.01 : 0.0;
                        double l2 = variant == 2 ? 0.02 : 0.0;
                        int[] sizes = {3, 6, 5, 4};
                        Network network = new Network(sizes, new Activation[] {Activation.TANH, Activation.RELU, output},
                                BiasMode.TRAINABLE);
                        Initializer.initialize(network, InitMethod.XAVIER, 1.0, random.nextLong());
                        if (locks) {
                            network.layer(1).setWeightLocked(2, 1, true);
                            network.layer(3).setBiasLocked(1, true);
                            // locked and unlocked again: the layer is free once more
                            network.layer(2).setWeightLocked(0, 0, true);
                            network.layer(2).setWeightLocked(0, 0, false);
                            network.layer(2).setBiasLocked(3, true);
                            network.layer(2).setBiasLocked(3, false);
                        }
                        double[][] x = new double[9][3];
                        double[][] d = new double[9][4];
                        for (int s = 0; s < 9; s++) {
                            x[s] = random(random, 3);
                            d[s][random.nextInt(4)] = 1.0;
                        }
                        DataSet data = new DataSet(x, d);
                        TrainingSettings settings = TrainingSettings.plain(0.1).withMomentum(momentum)
                                .withBatch(mode, 4).withLoss(loss).withRegularisation(l1, l2);
                        Trainer fast = new Trainer(network.copy(), data, settings);
                        Trainer textbook = new Trainer(network.copy(), data, settings);
                        String what = output + " " + loss + " " + mode + " μ=" + momentum + " locks=" + locks
                                + " l1=" + l1 + " l2=" + l2;
                        for (int k = 0; k < 40; k++) {
                            String f = outcome(() -> fast.trainSample());
                            String t = outcome(() -> textbook.trainSample(TEXTBOOK));
                            assertEquals(t, f, what + " sample " + k);
                        }
                        for (int l = 1; l <= 3; l++) {
                            assertSameBits(textbook.network().layer(l).weightsCopy(), fast.network().layer(l).weightsCopy(), what);
                            assertSameBits(textbook.network().layer(l).biasesCopy(), fast.network().layer(l).biasesCopy(), what);
                        }
                        compared.add(what);
                    }
                }
            }
        }
        assertTrue(compared.size() >= 4 * 3 * 3 * 4, compared.size() + " settings");
    }

    /** The loss's bits, or the divergence: both paths must give the same. */
    private static String outcome(DoubleSupplier training) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(training.getAsDouble()));
        } catch (TrainingDivergedException e) {
            return "diverged " + e.epoch() + " " + e.sample();
        }
    }
}
