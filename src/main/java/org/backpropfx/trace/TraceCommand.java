package org.backpropfx.trace;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.lesson.LessonFormatException;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.PhaseReport;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;

/**
 * {@code trace}: trains a lesson from its saved state, step by step, and prints every number each
 * step computes, with the formula behind it. For checking hand calculations and for handouts.
 *
 * <p>Exit status ({@link CommandLine}): 0 done; 1 the lesson cannot be loaded (missing, unreadable or
 * invalid file, unknown shipped name) or training diverged; 2 the command line is wrong. Each problem is
 * one line on standard error; the steps printed before training diverged stay printed.
 */
public final class TraceCommand {
    public static final int OK = CommandLine.OK;
    public static final int LESSON_PROBLEM = CommandLine.LESSON_PROBLEM;
    public static final int USAGE_PROBLEM = CommandLine.USAGE_PROBLEM;

    private static final Pattern SHIPPED_NAME = Pattern.compile("[a-z0-9-]+");

    private TraceCommand() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, err);
        } catch (Throwable failure) {
            // Last resort: one line, never a stack trace.
            out.flush();
            err.println("trace: " + CommandLine.describe(failure));
            status = LESSON_PROBLEM;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command; returns the exit status. Every problem is one line on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (arg.equals("--")) break;
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(TraceOptions.USAGE);
                return OK;
            }
            if (arg.equals("--version")) {
                out.println("trace (BackpropFX) " + CommandLine.version());
                return OK;
            }
        }
        TraceOptions options;
        try {
            options = TraceOptions.parse(args);
        } catch (TraceOptions.UsageException e) {
            err.println("trace: " + e.getMessage() + " (trace --help shows how to use it)");
            return USAGE_PROBLEM;
        }
        Lesson lesson;
        try {
            lesson = load(options.lesson());
        } catch (LessonLoadException e) {
            err.println("trace: " + e.getMessage());
            return LESSON_PROBLEM;
        }
        if (options.unit() == TraceOptions.Unit.EPOCHS && options.count() > Long.MAX_VALUE / lesson.data().size()) {
            err.println("trace: --epochs " + options.count() + " is more samples than can be counted (at most "
                    + Long.MAX_VALUE / lesson.data().size() + " epochs of this lesson's " + lesson.data().size()
                    + " samples)");
            return USAGE_PROBLEM;
        }
        try {
            print(lesson, options, out);
        } catch (TrainingDivergedException e) {
            out.flush();
            err.println("trace: training paused: " + e.getMessage());
            return LESSON_PROBLEM;
        } catch (UncheckedIOException e) {
            err.println("trace: could not write the output: " + CommandLine.describe(e.getCause()));
            return LESSON_PROBLEM;
        }
        return OK;
    }

    private static final class LessonLoadException extends Exception {
        private static final long serialVersionUID = 1L;

        LessonLoadException(String message) { super(message); }
    }

    /** A file if one exists at that path; otherwise a shipped lesson of that name. */
    private static Lesson load(String name) throws LessonLoadException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new LessonLoadException(printable(name) + ": not a file name this system can use (with characters"
                    + " outside the current locale's set, try a UTF-8 locale such as LANG=C.UTF-8)");
        }
        if (Files.exists(path) || !SHIPPED_NAME.matcher(name).matches()) {
            try {
                return LessonFiles.read(path);
            } catch (NoSuchFileException e) {
                throw new LessonLoadException(name + ": no such file (shipped lessons: "
                        + String.join(", ", LessonFiles.shippedNames()) + ")");
            } catch (IOException e) {
                throw new LessonLoadException(name + ": cannot read the file: " + reasonOf(e));
            } catch (LessonFormatException e) {
                throw new LessonLoadException(name + ": " + e.getMessage());
            }
        }
        try {
            return LessonFiles.loadShipped(name);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new LessonLoadException(e.getMessage());
        }
    }

    /** Why a file could not be read, in words. */
    static String reasonOf(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        return CommandLine.describe(e);
    }

    /** The name with anything that would not print replaced by '?'. */
    private static String printable(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> text.appendCodePoint(Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : c));
        return text.toString();
    }

    private static void print(Lesson lesson, TraceOptions options, PrintStream out) {
        Notation notation = options.notation() != null ? options.notation() : lesson.notation();
        FormulaBook book = new FormulaBook(notation, options.digits());
        Stepper stepper = new Stepper(lesson.newTrainer());
        long samples = switch (options.unit()) {
            case STEPS -> Long.MAX_VALUE;
            case SAMPLES -> options.count();
            case EPOCHS -> options.count() * lesson.data().size();
        };
        long steps = options.unit() == TraceOptions.Unit.STEPS ? options.count() : Long.MAX_VALUE;

        JsonSteps json = options.format() == TraceOptions.Format.JSON ? new JsonSteps(out) : null;
        if (json == null) out.print(header(lesson, notation, options.format()));
        long samplesDone = 0;
        try {
            for (long step = 0; step < steps && samplesDone < samples; step++) {
                Snapshot s = stepper.stepForward();
                switch (options.format()) {
                    case TEXT -> out.print("\n" + PhaseReport.of(s, book).toPlainText());
                    case MARKDOWN -> out.print("\n" + PhaseReport.of(s, book).toMarkdown());
                    case JSON -> json.step(PhaseJson.of(s));
                }
                if (s.isLastPhase()) samplesDone++;
            }
        } catch (TrainingDivergedException e) {
            // The steps before stay printed; JSON ends with a record of why it stopped, still valid JSON.
            if (json != null) json.end(PhaseJson.diverged(e));
            else out.print("\nTraining paused: " + e.getMessage() + ".\n");
            out.flush();
            throw e;
        }
        if (json != null) json.end(null);
        out.flush();
    }

    /** A JSON array written element by element, so that a long trace never waits in memory. */
    private static final class JsonSteps {
        private final JsonGenerator generator;

        JsonSteps(PrintStream out) {
            try {
                generator = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).getFactory()
                        .createGenerator(new FilterOutputStream(out) {
                            @Override public void close() throws IOException {
                                // The stream belongs to the caller: flushed, not closed.
                                flush();
                            }
                        });
                generator.useDefaultPrettyPrinter();
                generator.setCodec(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
                generator.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void step(ObjectNode node) {
            try {
                generator.writeTree(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void end(ObjectNode last) {
            try {
                if (last != null) generator.writeTree(last);
                generator.writeEndArray();
                generator.writeRaw('\n');
                generator.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String header(Lesson lesson, Notation notation, TraceOptions.Format format) {
        var settings = lesson.settings();
        var network = lesson.network();
        StringBuilder shape = new StringBuilder();
        for (int size : network.sizes()) shape.append(shape.length() == 0 ? "" : "-").append(size);
        String details = shape + " network, " + settings.loss().id() + " error, learning rate "
                + settings.learningRate() + ", momentum " + settings.momentum() + ", " + settings.batchMode().id()
                + (settings.batchMode() == BatchMode.MINI_BATCH
                        ? " (batches of " + settings.batchSize() + ")" : "")
                + ", bias " + network.biasMode().id() + ", " + notation.id() + " notation";
        return format == TraceOptions.Format.MARKDOWN
                ? "# Trace: " + lesson.title() + "\n\n" + details + "\n"
                : "Trace: " + lesson.title() + "\n" + details + "\n";
    }
}
