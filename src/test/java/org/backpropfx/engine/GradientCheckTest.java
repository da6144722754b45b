package org.backpropfx.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backpropagation's gradients against central differences on many random networks. */
class GradientCheckTest {

    /** The hidden activations: every one but softmax, which lessons allow on the output layer only. */
    static final Activation[] HIDDEN = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.IDENTITY};
    /** λ₁, λ₂: none, L1, L2 and both. */
    static final double[][] PENALTIES = {{0, 0}, {0.03, 0}, {0, 0.05}, {0.02, 0.04}};

    /**
     * Every pairing of output activation and loss a lesson may use: the squared errors with any output (softmax
     * when there are at least two outputs), cross-entropy with softmax, binary cross-entropy with sigmoid;
     * each with and without L1/L2.
     */
    static Stream<Arguments> cases() {
        int[][] shapes = {{1, 1}, {2, 2, 1}, {3, 3, 3, 1}, {4, 5, 3}, {2, 6, 4, 3, 2}, {5, 1, 4}};
        Loss[] squared = {Loss.HALF_SSE, Loss.SSE, Loss.MSE};
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (int[] shape : shapes) {
            boolean several = shape[shape.length - 1] >= 2;
            for (Activation hidden : HIDDEN) {
                List<Object[]> pairings = new ArrayList<>();
                // The output layer: the hidden activation itself, or sigmoid below another one (as before).
                Activation plain = shape.length > 2 && hidden != Activation.SIGMOID ? Activation.SIGMOID : hidden;
                for (Loss loss : squared) pairings.add(new Object[] {plain, loss});
                if (several) {
                    for (Loss loss : squared) pairings.add(new Object[] {Activation.SOFTMAX, loss});
                    pairings.add(new Object[] {Activation.SOFTMAX, Loss.CROSS_ENTROPY});
                }
                pairings.add(new Object[] {Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY});
                for (Object[] pairing : pairings) {
                    for (double[] penalty : PENALTIES) {
                        BiasMode bias = seed % 2 == 0 ? BiasMode.TRAINABLE : BiasMode.NONE;
                        cases.add(Arguments.of(shape, hidden, pairing[0], pairing[1], bias, penalty[0], penalty[1], seed++));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3} bias {4} λ₁ {5} λ₂ {6}")
    @MethodSource("cases")
    void backpropAgreesWithCentralDifferences(int[] shape, Activation hidden, Activation output, Loss loss, BiasMode bias,
                                              double l1, double l2, long seed) {
        Network network = Network.of(hidden, bias, shape);
        network.layer(network.layerCount()).setActivation(output);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, seed);
        SplittableRandom random = new SplittableRandom(seed * 31);
        double[] input = new double[shape[0]];
        double[] target = new double[shape[shape.length - 1]];
        for (int i = 0; i < input.length; i++) input[i] = random.nextDouble(-2, 2);
        for (int i = 0; i < target.length; i++) target[i] = random.nextDouble();
        if (loss == Loss.CROSS_ENTROPY) {
            // Cross-entropy's δ = a − y needs targets that add up to 1 (a probability distribution).
            double sum = 0;
            for (double t : target) sum += t;
            for (int i = 0; i < target.length; i++) target[i] /= sum;
        }

        List<GradientCheck.Entry> entries = GradientCheck.check(network, loss, input, target, GradientCheck.DEFAULT_STEP,
                l1, l2);
        int expected = network.parameterCount();
        assertTrue(entries.size() == expected, entries.size() + " entries, expected " + expected);
        for (GradientCheck.Entry e : entries) {
            double scale = Math.max(Math.abs(e.backprop()), Math.abs(e.numerical()));
            if (scale < 1e-7) {
                // Both (nearly) zero: a relative error is meaningless, the absolute one must be tiny.
                assertTrue(Math.abs(e.backprop() - e.numerical()) < 1e-10, e::toString);
            } else {
                assertTrue(e.relativeError() < 1e-6, () -> e + " relative error " + e.relativeError());
            }
        }
    }

    @ParameterizedTest(name = "a wrong delta is caught: {0}")
    @MethodSource("activations")
    void theCheckFailsWhenTheDerivativeIsWrong(Activation activation) {
        // A network whose loss uses a scaled target gradient cannot match the plain loss numerically:
        // compare the SSE gradient against the half-SSE numerical one and expect a factor of 2.
        Network network = Network.of(activation, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 7);
        double[] x = {0.3, -0.8};
        double[] d = {0.9};
        List<GradientCheck.Entry> sse = GradientCheck.check(network, Loss.SSE, x, d, 1e-5);
        List<GradientCheck.Entry> half = GradientCheck.check(network, Loss.HALF_SSE, x, d, 1e-5);
        for (int k = 0; k < sse.size(); k++) {
            if (Math.abs(half.get(k).numerical()) > 1e-6) {
                double ratio = sse.get(k).backprop() / half.get(k).numerical();
                assertTrue(Math.abs(ratio - 2.0) < 1e-5, "ratio " + ratio);
            }
        }
    }

    static Stream<Activation> activations() { return Stream.of(HIDDEN); }
}
