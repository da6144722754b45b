package org.backpropfx.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignificantFormatTest {

    @Test
    void roundsToTheGivenSignificantDigitsAndDropsTrailingZeros() {
        SignificantFormat four = new SignificantFormat(4);
        assertEquals("0.7514", four.format(0.75140001));
        assertEquals("−0.1385", four.format(-0.138549));
        assertEquals("2.1", four.format(2.0999999999999996));
        assertEquals("0.59", four.format(0.5900000000000001));
        assertEquals("1235", four.format(1234.5));
        assertEquals("100", four.format(100.0));
        assertEquals("0.12", new SignificantFormat(2).format(0.123456));
        assertEquals("0.12345679", new SignificantFormat(8).format(0.123456789));
    }

    @Test
    void neverWritesMinusZero() {
        SignificantFormat f = new SignificantFormat(3);
        assertEquals("0", f.format(-0.0));
        assertEquals("0", f.format(0.0));
    }

    @Test
    void writesTinyAndHugeNumbersWithAPowerOfTen() {
        SignificantFormat f = new SignificantFormat(4);
        assertEquals("−1.235×10⁻⁷", f.format(-1.23456e-7));
        assertEquals("1.23×10⁸", new SignificantFormat(3).format(123_456_789));
        assertEquals("1×10⁶", f.format(999_999.9));
        assertEquals("0.0001", f.format(1e-4));
        assertEquals("9.999×10⁻⁵", f.format(9.999e-5));
        assertEquals("-1.235\\times 10^{-7}", f.math(-1.23456e-7).toLatex());
        assertEquals("4.9×10⁻³²⁴", new SignificantFormat(2).format(Double.MIN_VALUE));
        assertEquals("1.8×10³⁰⁸", new SignificantFormat(2).format(Double.MAX_VALUE));
    }

    @Test
    void namesNonFiniteValues() {
        SignificantFormat f = new SignificantFormat(4);
        assertEquals("NaN", f.format(Double.NaN));
        assertEquals("−∞", f.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void refusesDigitCountsOutsideTwoToEight() {
        assertThrows(IllegalArgumentException.class, () -> new SignificantFormat(1));
        assertThrows(IllegalArgumentException.class, () -> new SignificantFormat(9));
    }
}
