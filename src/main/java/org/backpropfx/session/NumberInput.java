package org.backpropfx.session;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number a user typed. A point is always a decimal point; a comma is one too where the locale
 * writes decimals with a comma ("0,5"). Anything else, an empty field, NaN, infinities, numbers too large
 * for a double and numbers outside the allowed range are refused with a message saying why.
 */
public final class NumberInput {
    /** The largest weight, bias or sample value a user may type (lesson files allow the same). */
    public static final double MAX_MAGNITUDE = 1e6;

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

    /** A value between −{@link #MAX_MAGNITUDE} and +{@link #MAX_MAGNITUDE}, in the default locale. */
    public static Result parse(String text) {
        return parse(text, Locale.getDefault(Locale.Category.FORMAT), -MAX_MAGNITUDE, MAX_MAGNITUDE);
    }

    /** A value in [{@code min}, {@code max}]. */
    public static Result parse(String text, Locale locale, double min, double max) {
        if (text == null || text.isBlank()) return Result.problem("Type a number.");
        String typed = text.strip();
        String plain = typed.replace('−', '-');
        if (DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',') {
            if (plain.indexOf(',') >= 0 && plain.indexOf('.') >= 0) {
                return Result.problem("“" + typed + "” mixes a decimal comma and a decimal point.");
            }
            plain = plain.replace(',', '.');
        } else if (plain.indexOf(',') >= 0) {
            return Result.problem("“" + typed + "”: write decimals with a point, e.g. 0.5.");
        }
        if (INFINITE.matcher(plain).matches()) return Result.problem("The value must be finite, not infinite.");
        if (!NUMBER.matcher(plain).matches()) return Result.problem("“" + typed + "” is not a number.");
        double value = Double.parseDouble(plain);
        if (Double.isInfinite(value) || value < min || value > max) {
            return Result.problem("“" + typed + "” is outside the range " + Edits.text(min) + " to " + Edits.text(max) + ".");
        }
        return Result.of(value);
    }
}
