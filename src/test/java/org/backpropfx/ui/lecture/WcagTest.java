package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

class WcagTest {
    @Test
    void blackOnWhiteIsTwentyOneToOneAndEqualColoursOneToOne() {
        assertThat(Wcag.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(1e-9));
        assertThat(Wcag.contrast(Color.web("#777777"), Color.web("#777777"))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void knownPairsFromTheWcagExamples() {
        // #767676 on white is the lightest grey that passes 4.5:1 (4.54:1).
        assertThat(Wcag.contrast(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        // #777777 on white just fails it (4.48:1).
        assertThat(Wcag.contrast(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, within(0.01));
    }

    @Test
    void halfTransparentBlackOverWhiteIsMidGrey() {
        assertThat(Wcag.over(Color.color(0, 0, 0, 0.5), Color.WHITE).getRed()).isCloseTo(0.5, within(1e-9));
    }
}
