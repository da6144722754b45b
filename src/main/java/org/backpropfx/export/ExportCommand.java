package org.backpropfx.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;

/**
 * {@code export}: the network of a lesson as the window draws it after a number of steps, with that
 * phase's values, as SVG or as a TikZ picture.
 *
 * <p>Exit status: 0 written; 1 the lesson cannot be loaded, training diverged or the file cannot be
 * written; 2 the command line is wrong.
 */
public final class ExportCommand {
    static final String USAGE = "usage: export LESSON.json|NAME --format svg|tikz [--steps N] --out FILE"
            + " [--notation mit|gradient] [--digits 2..8]\n"
            + "  Draws the network after N steps (0, the default, is before the first) with the values of that phase.";

    record Options(String lesson, VectorExport.Format format, long steps, Path out, Notation notation, int digits) {}

    private ExportCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, CommandLine.stdout(), CommandLine.stderr()));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (CommandLine.printedHelp(args, out, USAGE)) return CommandLine.OK;
        Options options;
        try {
            options = parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("export: " + e.getMessage() + " (export --help shows the usage)");
            return CommandLine.USAGE_PROBLEM;
        }
        try {
            Lesson lesson = CommandLine.load(options.lesson());
            Notation notation = options.notation() != null ? options.notation() : lesson.notation();
            Snapshot s = stepped(lesson, options.steps());
            String text = VectorExport.write(options.format(), lesson.title(), s, notation, options.digits());
            try {
                CommandLine.writeAtomically(options.out(), text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CommandLine.ProblemException("cannot write " + options.out() + ": " + CommandLine.reason(e));
            }
            out.println("wrote " + options.out() + " (" + s.describePhase() + ")");
            return CommandLine.OK;
        } catch (CommandLine.ProblemException e) {
            err.println("export: " + e.getMessage());
            return CommandLine.LESSON_PROBLEM;
        } catch (TrainingDivergedException e) {
            err.println("export: " + e.getMessage());
            return CommandLine.LESSON_PROBLEM;
        }
    }

    /** The snapshot after {@code steps} steps from the lesson's start. */
    public static Snapshot stepped(Lesson lesson, long steps) {
        Stepper stepper = new Stepper(lesson.newTrainer());
        for (long k = 0; k < steps; k++) stepper.stepForward();
        return stepper.snapshot();
    }

    static Options parse(String[] args) throws CommandLine.UsageException {
        String lesson = null;
        VectorExport.Format format = null;
        long steps = 0;
        Path out = null;
        Notation notation = null;
        int digits = SignificantFormat.DEFAULT_DIGITS;
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            switch (arg) {
                case "--format" -> {
                    String v = CommandLine.value(args, ++k, arg);
                    format = switch (v) {
                        case "svg" -> VectorExport.Format.SVG;
                        case "tikz" -> VectorExport.Format.TIKZ;
                        default -> throw new CommandLine.UsageException("--format must be svg or tikz, not '" + v + "'");
                    };
                }
                case "--steps" -> steps = CommandLine.whole(arg, CommandLine.value(args, ++k, arg), 0, 1_000_000);
                case "--out" -> out = Path.of(CommandLine.value(args, ++k, arg));
                case "--notation" -> notation = CommandLine.notation(CommandLine.value(args, ++k, arg));
                case "--digits" -> digits = CommandLine.digits(CommandLine.value(args, ++k, arg));
                default -> {
                    if (arg.startsWith("-")) throw new CommandLine.UsageException("unknown option " + arg);
                    if (lesson != null) {
                        throw new CommandLine.UsageException("only one lesson, please: '" + lesson + "' and '" + arg + "'");
                    }
                    lesson = arg;
                }
            }
        }
        if (lesson == null) throw new CommandLine.UsageException("no lesson given");
        if (format == null) throw new CommandLine.UsageException("--format svg or --format tikz is needed");
        if (out == null) throw new CommandLine.UsageException("--out FILE is needed");
        return new Options(lesson, format, steps, out, notation, digits);
    }
}
