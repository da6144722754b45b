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

    static Stream<Arguments> cases() {
        int[][] shapes = {{1, 1}, {2, 2, 1}, {3, 3, 3, 1}, {4, 5, 3}, {2, 6, 4, 3, 2}, {5, 1, 4}};
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (int[] shape : shapes) {
            for (Activation activation : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    for (BiasMode bias : new BiasMode[] {BiasMode.TRAINABLE, BiasMode.NONE}) {
                        cases.add(Arguments.of(shape, activation, loss, bias, seed++));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} bias {3}")
    @MethodSource("cases")
    void backpropAgreesWithCentralDifferences(int[] shape, Activation activation, Loss loss, BiasMode bias, long seed) {
        Network network = Network.of(activation, bias, shape);
        // Mix activations: the output layer sigmoid when the hidden ones are something else.
        if (shape.length > 2 && activation != Activation.SIGMOID) {
            network.layer(network.layerCount()).setActivation(Activation.SIGMOID);
        }
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, seed);
        SplittableRandom random = new SplittableRandom(seed * 31);
        double[] input = new double[shape[0]];
        double[] target = new double[shape[shape.length - 1]];
        for (int i = 0; i < input.length; i++) input[i] = random.nextDouble(-2, 2);
        for (int i = 0; i < target.length; i++) target[i] = random.nextDouble();

        List<GradientCheck.Entry> entries = GradientCheck.check(network, loss, input, target, GradientCheck.DEFAULT_STEP);
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

    static Stream<Activation> activations() { return Stream.of(Activation.values()); }
}
