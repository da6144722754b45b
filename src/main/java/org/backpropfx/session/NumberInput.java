package org.backpropfx.session;

import java.util.Locale;
import java.util.regex.Pattern;

import org.backpropfx.engine.Network;
import org.backpropfx.session.i18n.Texts;

/**
 * Reads a number a user typed in the window. A point is always a decimal point; a comma is one too where the
 * window's language writes decimals with a comma ("0,5" in German, {@link Texts#decimalComma()}); in English a
 * comma is refused with a message showing the point. Anything else, an empty field, NaN, infinities, numbers too large
 * for a double and numbers outside the allowed range are refused with a message saying why.
 */
public final class NumberInput {
    /** The largest weight, bias or sample value a user may type (lesson files allow the same). */
    public static final double MAX_MAGNITUDE = Network.MAX_MAGNITUDE;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INFINITE = Pattern.compile("(?i)[+-]?(inf|infinity|∞)");

    /** A number read, or the reason there is none. */
    public record Result(double value, String problem) {
        public boolean isValid() { return problem == null; }

        static Result of(double value) { return new Result(value, null); }

        static Result problem(String problem) { return new Result(Double.NaN, problem); }
    }

    private NumberInput() {
    }

    /** A value between −{@link #MAX_MAGNITUDE} and +{@link #MAX_MAGNITUDE}, as the window reads numbers. */
    public static Result parse(String text) {
        return parse(text, -MAX_MAGNITUDE, MAX_MAGNITUDE);
    }

    /** A value in [{@code min}, {@code max}], as the window reads numbers. */
    public static Result parse(String text, double min, double max) {
        return parse(text, Texts.locale(), min, max);
    }

    /** A value in [{@code min}, {@code max}]. */
    public static Result parse(String text, Locale locale, double min, double max) {
        if (text == null || text.isBlank()) return Result.problem(Texts.get("number.empty"));
        String typed = text.strip();
        String plain = typed.replace('−', '-');
        if (Texts.decimalComma(locale)) {
            if (plain.indexOf(',') >= 0 && plain.indexOf('.') >= 0) {
                return Result.problem(Texts.get("number.mixed", typed));
            }
            plain = plain.replace(',', '.');
        } else if (plain.indexOf(',') >= 0) {
            return Result.problem(Texts.get("number.comma", typed));
        }
        if (INFINITE.matcher(plain).matches()) return Result.problem(Texts.get("number.infinite"));
        if (!NUMBER.matcher(plain).matches()) return Result.problem(Texts.get("number.not", typed));
        double value = Double.parseDouble(plain);
        if (Math.abs(value) < Double.MIN_NORMAL && hasNonZeroDigit(plain)) {
            // 1e-400 would silently become 0, and 1e-320 would lose its digits.
            return Result.problem(Texts.get("number.tiny", typed, Texts.decimal("1e-307")));
        }
        if (Double.isInfinite(value) || value < min || value > max) {
            return Result.problem(Texts.get("number.range", typed, Texts.decimal(Edits.text(min)), Texts.decimal(Edits.text(max))));
        }
        return Result.of(value);
    }

    /** Whether the digits before any exponent are not all zero. */
    private static boolean hasNonZeroDigit(String number) {
        for (int k = 0; k < number.length(); k++) {
            char c = number.charAt(k);
            if (c == 'e' || c == 'E') return false;
            if (c >= '1' && c <= '9') return true;
        }
        return false;
    }
}
