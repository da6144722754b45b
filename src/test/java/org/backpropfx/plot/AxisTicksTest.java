package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
