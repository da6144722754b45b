package org.backpropfx.export;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.backpropfx.lesson.AtomicFiles;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.lesson.LessonFormatException;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;

/** What the {@code export} and {@code worksheet} commands share: exit codes, lesson arguments, option values. */
public final class CommandLine {
    public static final int OK = 0;
    public static final int LESSON_PROBLEM = 1;
    public static final int USAGE_PROBLEM = 2;

    private static final Pattern SHIPPED_NAME = Pattern.compile("[a-z0-9-]+");

    private CommandLine() {}

    /** A command line that cannot be run; the message names the problem. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) { super(message); }
    }

    /** A lesson that cannot be loaded or an output that cannot be written; the message names the place. */
    public static final class ProblemException extends Exception {
        private static final long serialVersionUID = 1L;

        public ProblemException(String message) { super(message); }
    }

    /** Standard output in UTF-8, whatever the platform's default: formulas and names stay readable. */
    /** Whether {@code args} ask only for the usage ({@code --help} or {@code -h}); if so it is printed. */
    public static boolean printedHelp(String[] args, PrintStream out, String usage) {
        if (args.length != 1 || !(args[0].equals("--help") || args[0].equals("-h"))) return false;
        out.println(usage);
        return true;
    }

    public static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /** Standard error in UTF-8. */
    public static PrintStream stderr() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }

    /** A file if one exists at that path; otherwise a shipped lesson of that name. */
    public static Lesson load(String name) throws ProblemException {
        Path path = Path.of(name);
        if (Files.exists(path) || !SHIPPED_NAME.matcher(name).matches()) {
            try {
                return LessonFiles.read(path);
            } catch (NoSuchFileException e) {
                throw new ProblemException(name + ": no such file (shipped lessons: "
                        + String.join(", ", LessonFiles.shippedNames()) + ")");
            } catch (IOException e) {
                throw new ProblemException(name + ": cannot read the file: " + e.getMessage());
            } catch (LessonFormatException e) {
                throw new ProblemException(name + ": " + e.getMessage());
            }
        }
        try {
            return LessonFiles.loadShipped(name);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ProblemException(e.getMessage());
        }
    }

    static String value(String[] args, int k, String option) throws UsageException {
        if (k >= args.length || args[k].startsWith("--")) throw new UsageException(option + " needs a value");
        return args[k];
    }

    static long whole(String option, String value, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + value + "'");
        }
        if (n < min || n > max) throw new UsageException(option + " must be " + min + " to " + max + ", not " + n);
        return n;
    }

    static Notation notation(String id) throws UsageException {
        try {
            return Notation.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--notation must be mit or gradient, not '" + id + "'");
        }
    }

    static int digits(String value) throws UsageException {
        return (int) whole("--digits", value, SignificantFormat.MIN_DIGITS, SignificantFormat.MAX_DIGITS);
    }

    /** Writes bytes so that a failure or a kill leaves any earlier file as it was. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(bytes, target);
    }

    /** "permission denied", "no such folder" … for a message in the product's words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
