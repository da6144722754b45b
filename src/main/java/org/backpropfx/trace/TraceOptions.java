package org.backpropfx.trace;

import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import java.util.Locale;

/**
 * The parsed command line of {@code trace}.
 *
 * @param lesson a lesson file, or the name of a shipped lesson
 * @param unit what {@code count} counts
 * @param notation the notation asked for, or null for the lesson's own
 */
record TraceOptions(String lesson, Unit unit, long count, Format format, Notation notation, int digits) {

    enum Unit { STEPS, SAMPLES, EPOCHS }

    enum Format { TEXT, JSON, MARKDOWN }

    static final String USAGE = "usage: trace LESSON.json|NAME [--steps N | --samples N | --epochs N]"
            + " [--format text|json|markdown] [--notation mit|gradient] [--digits 2..8] | --help | --version";

    /** A command line that cannot be run; the message names the problem. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) { super(message); }
    }

    static TraceOptions parse(String[] args) throws UsageException {
        String lesson = null;
        Unit unit = null;
        long count = 1;
        Format format = Format.TEXT;
        Notation notation = null;
        int digits = SignificantFormat.DEFAULT_DIGITS;
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            switch (arg) {
                case "--steps", "--samples", "--epochs" -> {
                    if (unit != null) throw new UsageException("give only one of --steps, --samples and --epochs");
                    unit = Unit.valueOf(arg.substring(2).toUpperCase(Locale.ROOT));
                    count = positive(arg, value(args, ++k, arg));
                }
                case "--format" -> format = switch (value(args, ++k, arg)) {
                    case "text" -> Format.TEXT;
                    case "json" -> Format.JSON;
                    case "markdown" -> Format.MARKDOWN;
                    default -> throw new UsageException("--format must be text, json or markdown, not '" + args[k] + "'");
                };
                case "--notation" -> {
                    String id = value(args, ++k, arg);
                    try {
                        notation = Notation.fromId(id);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--notation must be mit or gradient, not '" + id + "'");
                    }
                }
                case "--digits" -> {
                    String v = value(args, ++k, arg);
                    digits = integer(arg, v);
                    if (digits < SignificantFormat.MIN_DIGITS || digits > SignificantFormat.MAX_DIGITS) {
                        throw new UsageException("--digits must be " + SignificantFormat.MIN_DIGITS + " to "
                                + SignificantFormat.MAX_DIGITS + ", not " + v);
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) throw new UsageException("unknown option " + arg);
                    if (lesson != null) throw new UsageException("only one lesson, please: '" + lesson + "' and '" + arg + "'");
                    lesson = arg;
                }
            }
        }
        if (lesson == null) throw new UsageException("no lesson given");
        return new TraceOptions(lesson, unit == null ? Unit.SAMPLES : unit, count, format, notation, digits);
    }

    private static String value(String[] args, int k, String option) throws UsageException {
        if (k >= args.length) throw new UsageException(option + " needs a value");
        return args[k];
    }

    private static long positive(String option, String value) throws UsageException {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            if (value.matches("[+]?\\d+")) throw new UsageException(option + " " + value + " is too large (at most " + Long.MAX_VALUE + ")");
            throw new UsageException(option + " needs a whole number, not '" + value + "'");
        }
        if (n < 1) throw new UsageException(option + " must be at least 1, not " + n);
        return n;
    }

    private static int integer(String option, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + value + "'");
        }
    }
}
