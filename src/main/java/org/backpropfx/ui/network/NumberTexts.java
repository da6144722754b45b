package org.backpropfx.ui.network;

import java.util.HashMap;
import java.util.Map;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.SignificantFormat;

/**
 * Numbers written with a given count of significant digits, remembered between frames: most of the
 * hundred numbers a large network shows stay the same from one phase to the next, and writing one
 * exactly (rounding its binary value in decimal) costs more than looking it up.
 */
final class NumberTexts {
    private static final int MAX_KEPT = 8192;

    private final Map<Long, String> texts = new HashMap<>();
    private SignificantFormat format = Texts.numbers(SignificantFormat.DEFAULT_DIGITS);

    /**
     * Forgets the texts if the window's decimal mark is no longer theirs. Asked once per frame (by
     * {@link NetworkLabels}), not per number: finding the mark builds the locale's symbols afresh.
     */
    void checkDecimalMark() {
        if (format.decimalMark() != (Texts.decimalComma() ? ',' : '.')) {
            format = Texts.numbers(format.digits());
            texts.clear();
        }
    }

    String text(double value, int digits) {
        if (digits != format.digits()) {
            format = Texts.numbers(digits);
            texts.clear();
        }
        long bits = Double.doubleToRawLongBits(value);
        String text = texts.get(bits);
        if (text == null) {
            if (texts.size() >= MAX_KEPT) texts.clear();
            text = format.format(value);
            texts.put(bits, text);
        }
        return text;
    }
}
