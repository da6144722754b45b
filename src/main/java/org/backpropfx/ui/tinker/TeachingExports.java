package org.backpropfx.ui.tinker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backpropfx.export.CommandLine;
import org.backpropfx.export.NetworkDrawing;
import org.backpropfx.export.VectorExport;
import org.backpropfx.export.WorkedSample;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.worksheet.Worksheets;

/**
 * File › Export network as SVG / TikZ…, the whole sample's worked example as Markdown, LaTeX or PDF, and
 * File › Worksheets…: what the window shows, written for slides, handouts and exams. Every number comes
 * from the session's snapshot in the notation and with the digits on screen.
 */
public final class TeachingExports {
    /** The kinds of worked example of a whole sample. */
    public enum SampleFormat {
        MARKDOWN(".md"), LATEX(".tex"), PDF(".pdf");

        private final String extension;

        SampleFormat(String extension) { this.extension = extension; }

        public String extension() { return extension; }
    }

    private final LessonSession session;
    private final FileDialogs dialogs;

    public TeachingExports(LessonSession session, FileDialogs dialogs) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    private String baseName() {
        return LessonFileCommands.suggestedName(session.getLesson().title()).replace(LessonFileCommands.EXTENSION, "");
    }

    /** Asks where, then writes the network as the view shows it now. */
    public boolean exportNetwork(VectorExport.Format format) {
        Snapshot s = session.getSnapshot();
        String name = baseName() + "-" + NetworkDrawing.describe(s) + format.extension();
        Path file = dialogs.chooseSaveLocation(format == VectorExport.Format.SVG ? Texts.get("export.svg")
                : Texts.get("export.tikz"), name, format.extension());
        return file != null && writeNetwork(format, LessonFileCommands.withExtension(file, format.extension()));
    }

    public boolean writeNetwork(VectorExport.Format format, Path file) {
        String text = VectorExport.write(format, session.getLesson().title(), session.getSnapshot(), session.getNotation(),
                session.getDigits());
        return write(file, text.getBytes(StandardCharsets.UTF_8), Texts.get("export.networkFailed"));
    }

    /** Asks where, then writes every phase of the current sample worked through. */
    public boolean exportSample(SampleFormat format) {
        Snapshot s = session.getSnapshot();
        String name = baseName() + "-sample-" + (s.sample() + 1) + format.extension();
        Path file = dialogs.chooseSaveLocation(Texts.get("export.sample"), name, format.extension());
        return file != null && writeSample(format, LessonFileCommands.withExtension(file, format.extension()));
    }

    public boolean writeSample(SampleFormat format, Path file) {
        String title = session.getLesson().title();
        Snapshot s = session.getSnapshot();
        byte[] bytes = switch (format) {
            case MARKDOWN -> WorkedSample.markdown(title, s, session.getNotation(), session.getDigits())
                    .getBytes(StandardCharsets.UTF_8);
            case LATEX -> WorkedSample.latex(title, s, session.getNotation(), session.getDigits())
                    .getBytes(StandardCharsets.UTF_8);
            case PDF -> WorkedSample.pdf(title, s, session.getNotation(), session.getDigits());
        };
        return write(file, bytes, Texts.get("export.sampleFailed"));
    }

    /** Worksheets of the lesson as it is now (the weights before the current sample) for a class. */
    public Worksheets.Request worksheetRequest(int students, long seed, Set<PhaseKind> phases) {
        return new Worksheets.Request(session.currentLesson(), students, seed, phases, session.getNotation(),
                session.getDigits());
    }

    /** Writes the worksheets (on the calling thread: the window calls it beside the JavaFX thread). */
    public static List<Path> writeWorksheets(Worksheets.Request request, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Worksheets.write(request, dir);
    }

    private boolean write(Path file, byte[] bytes, String header) {
        try {
            CommandLine.writeAtomically(file, bytes);
            return true;
        } catch (IOException e) {
            dialogs.showError(header, Texts.get("files.writeFailed.dot", file, CommandLine.reason(e)));
            return false;
        }
    }
}
