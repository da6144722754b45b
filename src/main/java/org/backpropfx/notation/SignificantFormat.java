package org.backpropfx.notation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes numbers with a fixed count of significant digits, the way a student writes them in notes:
 * 0.7514, −0.1385, 2.1 (trailing zeros dropped), and 1.235×10⁻⁵ when a number is very small or very
 * large. Never writes "−0". Minus signs are the typographic U+2212.
 */
public final class SignificantFormat {
    public static final int MIN_DIGITS = 2;
    public static final int MAX_DIGITS = 8;
    public static final int DEFAULT_DIGITS = 4;

    /** Below this magnitude numbers are written in scientific form. */
    private static final BigDecimal SMALL = new BigDecimal("0.0001");
    /** From this magnitude on numbers are written in scientific form. */
    private static final BigDecimal LARGE = new BigDecimal("1000000");

    private final int digits;
    private final MathContext context;
    private final char decimalMark;

    /** Numbers with a decimal point, as in lesson files, the trace and the exports. */
    public SignificantFormat(int digits) {
        this(digits, '.');
    }

    /** Numbers with the given decimal mark: a point, or the comma a German reader expects (0,7514). */
    public SignificantFormat(int digits, char decimalMark) {
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("significant digits must be " + MIN_DIGITS + " to " + MAX_DIGITS
                    + ", not " + digits);
        }
        if (decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("the decimal mark must be a point or a comma, not " + decimalMark);
        }
        this.digits = digits;
        this.decimalMark = decimalMark;
        this.context = new MathContext(digits, RoundingMode.HALF_UP);
    }

    public int digits() { return digits; }

    /** The decimal point or comma this format writes. */
    public char decimalMark() { return decimalMark; }

    /** Plain Unicode: "−0.1385", "1.2×10⁻⁵". */
    public String format(double value) { return math(value).toPlainText(); }

    /** The number as typeset text; the exponent of the scientific form is a superscript run. */
    public MathText math(double value) {
        if (Double.isNaN(value)) return MathText.text("NaN");
        if (Double.isInfinite(value)) return MathText.text(value > 0 ? "∞" : "−∞");
        if (value == 0.0) return MathText.text("0");
        // The exact binary value, rounded once: 0.75145 stored as 0.751449999… rounds to 0.7514.
        BigDecimal rounded = new BigDecimal(value).round(context);
        String sign = rounded.signum() < 0 ? "−" : "";
        BigDecimal magnitude = rounded.abs();
        if (magnitude.compareTo(SMALL) >= 0 && magnitude.compareTo(LARGE) < 0) {
            return MathText.text(sign + plain(magnitude));
        }
        int exponent = magnitude.precision() - magnitude.scale() - 1;
        BigDecimal mantissa = magnitude.movePointLeft(exponent);
        return MathText.builder()
                .text(sign + plain(mantissa) + "×10")
                .sup(exponent < 0 ? "−" + (-exponent) : Integer.toString(exponent))
                .build();
    }

    private String plain(BigDecimal magnitude) {
        String s = magnitude.stripTrailingZeros().toPlainString();
        return decimalMark == '.' ? s : s.replace('.', decimalMark);
    }
}
