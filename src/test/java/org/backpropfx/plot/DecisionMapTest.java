package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.junit.jupiter.api.Test;
import java.util.HashSet;
import java.util.Set;

class DecisionMapTest {
    private static final DataSet XOR = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    private static Network sigmoid2421() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 4, 2, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 2.0, 5);
        return network;
    }

    @Test
    void everyGridValueIsPredictsResultToTheLastBit() {
        Network mixed = new Network(new int[] {2, 3, 4, 2},
                new Activation[] {Activation.TANH, Activation.RELU, Activation.IDENTITY}, BiasMode.TRAINABLE);
        Initializer.initialize(mixed, InitMethod.XAVIER, 1.0, 11);
        Network single = Network.of(Activation.SIGMOID, BiasMode.NONE, 2, 1);
        Initializer.initialize(single, InitMethod.UNIFORM, 1.0, 3);
        Object[][] cases = {{sigmoid2421(), 0}, {mixed, 0}, {mixed, 1}, {single, 0}};
        for (Object[] c : cases) {
            Network network = (Network) c[0];
            int output = (int) c[1];
            DecisionMap map = new DecisionMap(100, 80);
            map.setArea(-1.3, 2.1, -0.7, 1.9);
            map.evaluate(network, output);
            for (int r = 0; r < map.rows(); r++) {
                for (int col = 0; col < map.columns(); col++) {
                    double expected = network.predict(new double[] {map.x(col), map.y(r)})[output];
                    assertThat(map.value(col, r)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void gridCoversTheAreaEdgeToEdgeWithRowZeroOnTop() {
        DecisionMap map = new DecisionMap(11, 5);
        map.setArea(-1, 1, 0, 4);
        assertThat(map.x(0)).isEqualTo(-1);
        assertThat(map.x(10)).isEqualTo(1);
        assertThat(map.y(0)).isEqualTo(4);
        assertThat(map.y(4)).isEqualTo(0);
        assertThat(map.nearestColumn(0.04)).isEqualTo(5);
        assertThat(map.nearestRow(2.9)).isEqualTo(1);
        assertThat(map.nearestColumn(99)).isEqualTo(10);
    }

    @Test
    void coloursUnderTheSamplesAreTheNetworksOutputsThroughTheColourMap() {
        Network network = sigmoid2421();
        // Grid points every 0.25 from −0.25 to 1.25 put the XOR samples exactly on grid points.
        DecisionMap map = new DecisionMap(7, 7);
        map.setArea(-0.25, 1.25, -0.25, 1.25);
        map.evaluate(network, 0);
        DivergingColourMap colours = DivergingColourMap.forOutput(Activation.SIGMOID, XOR, 0);
        int[] argb = new int[49];
        map.toArgb(colours, argb);
        for (int s = 0; s < XOR.size(); s++) {
            double[] in = XOR.input(s);
            int col = map.nearestColumn(in[0]);
            int row = map.nearestRow(in[1]);
            assertThat(map.x(col)).isEqualTo(in[0]);
            assertThat(map.y(row)).isEqualTo(in[1]);
            double output = network.predict(in)[0];
            assertThat(argb[row * 7 + col]).as("sample %d", s).isEqualTo(colours.argb(output));
        }
        // The samples' colours differ, so a map painted in one colour would fail above.
        Set<Integer> distinct = new HashSet<>();
        for (int s = 0; s < XOR.size(); s++) distinct.add(colours.argb(network.predict(XOR.input(s))[0]));
        assertThat(distinct).hasSizeGreaterThan(1);
    }

    @Test
    void colourMapRunsFromOrangeThroughGreyToBlue() {
        DivergingColourMap map = new DivergingColourMap(0, 1);
        assertThat(map.argb(0.0)).isEqualTo(0xFFE69F00);
        assertThat(map.argb(1.0)).isEqualTo(0xFF0072B2);
        assertThat(map.argb(-5.0)).isEqualTo(0xFFE69F00);
        assertThat(map.argb(7.0)).isEqualTo(0xFF0072B2);
        int middle = map.argb(0.5);
        assertThat(Math.abs((middle >> 16 & 0xFF) - 0xF2)).isLessThanOrEqualTo(2);
        assertThat(map.level(0.25)).isLessThan(map.level(0.75));
        assertThat(DivergingColourMap.forOutput(Activation.TANH, XOR, 0).low()).isEqualTo(-1);
        assertThat(DivergingColourMap.forOutput(Activation.IDENTITY, XOR, 0).high()).isEqualTo(1);
    }

    @Test
    void refusesNetworksWithoutTwoInputs() {
        DecisionMap map = new DecisionMap(10, 10);
        Network three = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 3, 2, 1);
        assertThatThrownBy(() -> map.evaluate(three, 0)).hasMessageContaining("2 inputs").hasMessageContaining("3");
        assertThatThrownBy(() -> map.evaluate(sigmoid2421(), 1)).hasMessageContaining("output 1");
        assertThatThrownBy(() -> map.setArea(1, 0, 0, 1)).hasMessageContaining("min < max");
    }
}
