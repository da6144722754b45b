package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberInputTest {
    private static final double MAX = NumberInput.MAX_MAGNITUDE;

    private static NumberInput.Result english(String text) {
        return NumberInput.parse(text, Locale.UK, -MAX, MAX);
    }

    @Test
    void readsPlainNumbers() {
        assertThat(english("0.5").value()).isEqualTo(0.5);
        assertThat(english(" -1.25e-3 ").value()).isEqualTo(-1.25e-3);
        assertThat(english("−2").value()).as("the minus sign the app prints").isEqualTo(-2.0);
        assertThat(english(".5").value()).isEqualTo(0.5);
        assertThat(english("1000000").value()).isEqualTo(1e6);
    }

    @Test
    void aDecimalCommaIsReadWhereTheLocaleWritesOne() {
        NumberInput.Result german = NumberInput.parse("0,5", Locale.GERMANY, -MAX, MAX);
        assertThat(german.isValid()).isTrue();
        assertThat(german.value()).isEqualTo(0.5);
        assertThat(NumberInput.parse("-1,5", Locale.FRANCE, -MAX, MAX).value()).isEqualTo(-1.5);
        assertThat(NumberInput.parse("0.5", Locale.GERMANY, -MAX, MAX).value()).isEqualTo(0.5);
        assertThat(english("0,5").problem()).contains("write decimals with a point");
        assertThat(NumberInput.parse("1.000,5", Locale.GERMANY, -MAX, MAX).problem()).contains("mixes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc|“abc” is not a number.",
            "''|Type a number.",
            "'   '|Type a number.",
            "NaN|“NaN” is not a number.",
            "Infinity|The value must be finite, not infinite.",
            "-Infinity|The value must be finite, not infinite.",
            "1e400|“1e400” is outside the range −1000000 to 1000000.",
            "1000000.5|“1000000.5” is outside the range −1000000 to 1000000.",
            "-2e6|“-2e6” is outside the range −1000000 to 1000000.",
            "0x10|“0x10” is not a number.",
            "1d|“1d” is not a number.",
            "1 2|“1 2” is not a number."})
    void refusesWithAMessage(String typed, String message) {
        NumberInput.Result result = english(typed);
        assertThat(result.isValid()).isFalse();
        assertThat(result.problem()).isEqualTo(message);
    }
}
