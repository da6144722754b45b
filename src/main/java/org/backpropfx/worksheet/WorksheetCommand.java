package org.backpropfx.worksheet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.export.CommandLine;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.PhaseKind;

/**
 * {@code worksheet LESSON --students N --seed S --out DIR}: a variant of the lesson for every student,
 * their worksheets and the answer key (see {@link Worksheets}).
 *
 * <p>Exit status: 0 written; 1 the lesson cannot be loaded, training diverged or the folder cannot be
 * written; 2 the command line is wrong.
 */
public final class WorksheetCommand {
    static final String USAGE = "usage: worksheet LESSON.json|NAME --students N --seed S --out DIR"
            + " [--phases forward,error,backward,update] [--notation mit|gradient] [--digits 2..8]\n"
            + "  Writes DIR/student-01.json …, DIR/worksheets.pdf (blanks for the phases chosen; all by default),"
            + " DIR/answers.pdf and DIR/answers.tex.";

    private WorksheetCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, CommandLine.stdout(), CommandLine.stderr()));
    }

    record Options(String lesson, int students, long seed, Path out, Set<PhaseKind> phases, Notation notation, int digits) {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (CommandLine.printedHelp(args, out, USAGE)) return CommandLine.OK;
        Options o;
        try {
            o = parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("worksheet: " + e.getMessage() + " (worksheet --help shows the usage)");
            return CommandLine.USAGE_PROBLEM;
        }
        try {
            Lesson lesson = CommandLine.load(o.lesson());
            try {
                Files.createDirectories(o.out());
            } catch (IOException e) {
                throw new CommandLine.ProblemException("cannot make the folder " + o.out() + ": " + CommandLine.reason(e));
            }
            try {
                Worksheets.write(new Worksheets.Request(lesson, o.students(), o.seed(), o.phases(), o.notation(), o.digits()),
                        o.out());
            } catch (IOException e) {
                throw new CommandLine.ProblemException("cannot write into " + o.out() + ": " + CommandLine.reason(e));
            }
            out.println("wrote " + o.students() + (o.students() == 1 ? " worksheet" : " worksheets") + " and the answer key to "
                    + o.out());
            return CommandLine.OK;
        } catch (CommandLine.ProblemException e) {
            err.println("worksheet: " + e.getMessage());
            return CommandLine.LESSON_PROBLEM;
        } catch (TrainingDivergedException e) {
            err.println("worksheet: " + e.getMessage());
            return CommandLine.LESSON_PROBLEM;
        }
    }

    static Options parse(String[] args) throws CommandLine.UsageException {
        String lesson = null;
        Integer students = null;
        Long seed = null;
        Path out = null;
        Set<PhaseKind> phases = EnumSet.noneOf(PhaseKind.class);
        Notation notation = null;
        int digits = SignificantFormat.DEFAULT_DIGITS;
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            switch (arg) {
                case "--students" -> students = (int) whole(arg, value(args, ++k, arg), 1, Variants.MAX_STUDENTS);
                case "--seed" -> {
                    String v = value(args, ++k, arg);
                    try {
                        seed = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new CommandLine.UsageException("--seed needs a whole number, not '" + v + "'");
                    }
                }
                case "--out" -> out = Path.of(value(args, ++k, arg));
                case "--phases" -> {
                    for (String name : value(args, ++k, arg).split(",")) {
                        try {
                            phases.add(PhaseKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new CommandLine.UsageException("--phases takes forward, error, backward and update, not '"
                                    + name.strip() + "'");
                        }
                    }
                }
                case "--notation" -> {
                    String id = value(args, ++k, arg);
                    try {
                        notation = Notation.fromId(id);
                    } catch (IllegalArgumentException e) {
                        throw new CommandLine.UsageException("--notation must be mit or gradient, not '" + id + "'");
                    }
                }
                case "--digits" -> digits = (int) whole(arg, value(args, ++k, arg), SignificantFormat.MIN_DIGITS,
                        SignificantFormat.MAX_DIGITS);
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
        if (students == null) throw new CommandLine.UsageException("--students N is needed");
        if (seed == null) throw new CommandLine.UsageException("--seed S is needed");
        if (out == null) throw new CommandLine.UsageException("--out DIR is needed");
        return new Options(lesson, students, seed, out, phases, notation, digits);
    }

    private static String value(String[] args, int k, String option) throws CommandLine.UsageException {
        if (k >= args.length || args[k].startsWith("--")) throw new CommandLine.UsageException(option + " needs a value");
        return args[k];
    }

    private static long whole(String option, String value, long min, long max) throws CommandLine.UsageException {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException(option + " needs a whole number, not '" + value + "'");
        }
        if (n < min || n > max) throw new CommandLine.UsageException(option + " must be " + min + " to " + max + ", not " + n);
        return n;
    }
}
