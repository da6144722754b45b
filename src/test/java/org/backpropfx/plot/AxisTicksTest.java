package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;

class AxisTicksTest {

    @Test
    void linearTicksAreRoundMultiples() {
        assertThat(AxisTicks.linear(0, 1, 6)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(AxisTicks.linear(-6, 6, 5)).containsExactly(-5, 0, 5);
        assertThat(AxisTicks.linear(1, 3_000, 4)).containsExactly(1_000, 2_000, 3_000);
    }

    @Test
    void logTicksArePowersOfTen() {
        assertThat(AxisTicks.log(1e-4, 2, 10)).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1.0);
        assertThat(AxisTicks.log(0.03, 0.6, 10)).containsExactly(0.05, 0.1, 0.2, 0.5);
    }

    @Test
    void everyDecadeOfOneToTwelveDecadesHasATick() {
        for (int decades = 1; decades <= 12; decades++) {
            for (int from : new int[] {-9, -6, -3, 0}) {
                double min = Math.pow(10, from) * 1.3;
                double max = Math.pow(10, from + decades) * 0.9;
                // Room for fewer ticks than decades: still every decade, nothing between.
                double[] ticks = AxisTicks.log(min, max, 3);
                List<Double> expected = new ArrayList<>();
                for (int e = from + 1; e <= from + decades - 1; e++) expected.add(Double.parseDouble("1e" + e));
                if (decades == 1) {
                    // No power of ten inside 1.3·10ᵏ … 9·10ᵏ: round steps inside the range instead.
                    assertThat(ticks.length).isGreaterThanOrEqualTo(2);
                    for (double t : ticks) assertThat(t).isBetween(min, max);
                    continue;
                }
                double[] decadeTicks = expected.stream().mapToDouble(Double::doubleValue).toArray();
                if (expected.size() >= 2) {
                    assertThat(ticks).as(decades + " decades from 1e" + from).containsExactly(decadeTicks);
                } else {
                    // One power of ten inside: it, with 5 times the powers around it.
                    assertThat(ticks).as(decades + " decades from 1e" + from).contains(decadeTicks).hasSizeBetween(2, 3);
                    for (double t : ticks) {
                        double m = t / Math.pow(10, Math.floor(Math.log10(t) + 1e-9));
                        assertThat(m).as("tick " + t).isCloseTo(t == decadeTicks[0] ? 1 : 5, Assertions.within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void twoAndFiveTimesEachDecadeJoinWhenTheyFit() {
        // 1e-3 … 1: four decades, ten 1-2-5 ticks.
        assertThat(AxisTicks.log(1e-3, 1, 10)).containsExactly(1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5, 1.0);
        assertThat(AxisTicks.log(1e-3, 1, 9)).containsExactly(1e-3, 1e-2, 0.1, 1.0);
        // Twelve decades with room for 40 ticks: 37 of them.
        double[] wide = AxisTicks.log(1e-12, 1, 40);
        assertThat(wide).hasSize(37).contains(2e-12, 5e-7, 1e-6, 0.5);
    }

    @Test
    void labelsThinToEveryKthDecadeWhenTheyDoNotFit() {
        assertThat(AxisTicks.logLabelEvery(6, 7)).isEqualTo(1);
        assertThat(AxisTicks.logLabelEvery(6, 4)).isEqualTo(2);
        assertThat(AxisTicks.logLabelEvery(12, 5)).isEqualTo(3);
        assertThat(AxisTicks.logLabelEvery(12, 3)).isEqualTo(6);
        assertThat(AxisTicks.isPowerOfTen(1e-7)).isTrue();
        assertThat(AxisTicks.isPowerOfTen(2e-7)).isFalse();
    }

    @Test
    void samplesAndEpochsHaveWholeNumberTicks() {
        assertThat(AxisTicks.integers(1, 2, 6)).containsExactly(1, 2);
        assertThat(AxisTicks.integers(1, 3, 8)).containsExactly(1, 2, 3);
        assertThat(AxisTicks.integers(1, 7, 4)).containsExactly(2, 4, 6);
        assertThat(AxisTicks.integers(1, 17_000_000, 5)).containsExactly(5e6, 10e6, 15e6);
        for (int max = 2; max < 200; max++) {
            for (int room = 2; room < 12; room++) {
                for (double t : AxisTicks.integers(1, max, room)) {
                    assertThat(t).isEqualTo(Math.rint(t)).isBetween(1.0, (double) max);
                }
                assertThat(AxisTicks.integers(1, max, room).length).isLessThanOrEqualTo(Math.max(room, 2));
            }
        }
    }
}
