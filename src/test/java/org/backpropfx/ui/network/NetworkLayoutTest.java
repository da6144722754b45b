package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The network view's text size: readable in a 1280×720 window, larger on a large screen, never huge. */
class NetworkLayoutTest {
    private static final int[] XOR = {2, 2, 1};

    private static double font(double width, double height) {
        return new NetworkLayout(XOR, true, width, height).font;
    }

    @Test
    void textGrowsWithTheViewBetweenItsLimits() {
        // the view's share of a 1280×720 window, of a first window on a 1920×1080 screen, and of a 4K one
        assertThat(font(650, 330)).as("1280×720").isBetween(NetworkLayout.MIN_FONT, 13.5);
        assertThat(font(840, 420)).as("1920×1080").isGreaterThanOrEqualTo(15.5);
        assertThat(font(1800, 900)).as("3840×2160").isEqualTo(NetworkLayout.MAX_FONT);
        assertThat(font(300, 200)).as("smallest").isEqualTo(NetworkLayout.MIN_FONT);
    }

    @Test
    void presenterZoomMultipliesTheText() {
        assertThat(new NetworkLayout(XOR, true, 840, 420, 1.5).font).isEqualTo(1.5 * font(840, 420));
    }
}
