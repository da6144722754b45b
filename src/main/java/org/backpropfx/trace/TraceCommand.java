package org.backpropfx.trace;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

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
 * <p>Exit status: 0 done; 1 the lesson cannot be loaded (missing, unreadable or invalid file, unknown
 * shipped name) or training diverged; 2 the command line is wrong.
 */
public final class TraceCommand {
    public static final int OK = 0;
    public static final int LESSON_PROBLEM = 1;
    public static final int USAGE_PROBLEM = 2;

    private static final Pattern SHIPPED_NAME = Pattern.compile("[a-z0-9-]+");

    private TraceCommand() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(TraceOptions.USAGE);
            return OK;
        }
        TraceOptions options;
        try {
            options = TraceOptions.parse(args);
        } catch (TraceOptions.UsageException e) {
            err.println("trace: " + e.getMessage());
            err.println(TraceOptions.USAGE);
            return USAGE_PROBLEM;
        }
        Lesson lesson;
        try {
            lesson = load(options.lesson());
        } catch (LessonLoadException e) {
            err.println("trace: " + e.getMessage());
            return LESSON_PROBLEM;
        }
        try {
            print(lesson, options, out);
        } catch (TrainingDivergedException e) {
            out.flush();
            err.println("trace: " + e.getMessage());
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
        Path path = Path.of(name);
        if (Files.exists(path) || !SHIPPED_NAME.matcher(name).matches()) {
            try {
                return LessonFiles.read(path);
            } catch (NoSuchFileException e) {
                throw new LessonLoadException(name + ": no such file (shipped lessons: "
                        + String.join(", ", LessonFiles.shippedNames()) + ")");
            } catch (IOException e) {
                throw new LessonLoadException(name + ": cannot read the file: " + e.getMessage());
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

    private static void print(Lesson lesson, TraceOptions options, PrintStream out) {
        Notation notation = options.notation() != null ? options.notation() : lesson.notation();
        FormulaBook book = new FormulaBook(notation, options.digits());
        Stepper stepper = new Stepper(lesson.newTrainer());
        long samples = switch (options.unit()) {
            case STEPS -> Long.MAX_VALUE;
            case SAMPLES -> options.count();
            case EPOCHS -> Math.multiplyExact(options.count(), (long) lesson.data().size());
        };
        long steps = options.unit() == TraceOptions.Unit.STEPS ? options.count() : Long.MAX_VALUE;

        ArrayNode json = options.format() == TraceOptions.Format.JSON ? new ObjectMapper().createArrayNode() : null;
        if (json == null) out.print(header(lesson, notation, options.format()));
        long samplesDone = 0;
        for (long step = 0; step < steps && samplesDone < samples; step++) {
            Snapshot s = stepper.stepForward();
            switch (options.format()) {
                case TEXT -> out.print("\n" + PhaseReport.of(s, book).toPlainText());
                case MARKDOWN -> out.print("\n" + PhaseReport.of(s, book).toMarkdown());
                case JSON -> json.add(PhaseJson.of(s));
            }
            if (s.isLastPhase()) samplesDone++;
        }
        if (json != null) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("could not write JSON", e);
            }
        }
        out.flush();
    }

    private static String header(Lesson lesson, Notation notation, TraceOptions.Format format) {
        var settings = lesson.settings();
        var network = lesson.network();
        StringBuilder shape = new StringBuilder();
        for (int size : network.sizes()) shape.append(shape.length() == 0 ? "" : "-").append(size);
        String details = shape + " network, " + settings.loss().id() + " error, learning rate "
                + settings.learningRate() + ", momentum " + settings.momentum() + ", " + settings.batchMode().id()
                + (settings.batchMode() == org.backpropfx.engine.BatchMode.MINI_BATCH
                        ? " (batches of " + settings.batchSize() + ")" : "")
                + ", bias " + network.biasMode().id() + ", " + notation.id() + " notation";
        return format == TraceOptions.Format.MARKDOWN
                ? "# Trace: " + lesson.title() + "\n\n" + details + "\n"
                : "Trace: " + lesson.title() + "\n" + details + "\n";
    }
}
