package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.backpropfx.notation.SignificantFormat;
import org.junit.jupiter.api.Test;

class NumberTextsTest {
    @Test
    void remembersExactlyWhatTheFormatWrites() {
        NumberTexts texts = new NumberTexts();
        Random random = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
            int digits = 2 + random.nextInt(7);
            String expected = new SignificantFormat(digits).format(value);
            assertThat(texts.text(value, digits)).isEqualTo(expected);
            assertThat(texts.text(value, digits)).as("again").isEqualTo(expected);
        }
        assertThat(texts.text(-0.0, 4)).isEqualTo("0");
        assertThat(texts.text(0.75145, 4)).isEqualTo("0.7514");
        assertThat(texts.text(0.75145, 3)).isEqualTo("0.751");
    }
}
