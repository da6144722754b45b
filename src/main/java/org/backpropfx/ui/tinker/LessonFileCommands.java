package org.backpropfx.ui.tinker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.backpropfx.data.DataPresets;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.lesson.LessonFormatException;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * New, Open, Save, Save As, the gallery and export. Before anything replaces a lesson with unsaved edits
 * the user is asked whether to save them. A file that cannot be read leaves the current lesson as it is;
 * a save that fails leaves the old file as it was.
 */
public final class LessonFileCommands {
    public static final String EXTENSION = ".json";

    private final LessonSession session;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final FileWork reading;

    /** Commands that read files at once, on the calling thread. */
    public LessonFileCommands(LessonSession session, FileDialogs dialogs, RecentFiles recent) {
        this(session, dialogs, recent, FileWork.IN_PLACE);
    }

    /** Commands that read lesson files with {@code reading} (in the window: beside the JavaFX thread). */
    public LessonFileCommands(LessonSession session, FileDialogs dialogs, RecentFiles recent, FileWork reading) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    public RecentFiles recent() { return recent; }

    /**
     * Whether what is open may be replaced or closed: true if nothing is unsaved, or the user saved it or
     * chose not to; false if they cancelled or the save failed.
     */
    public boolean mayDiscard(String doing) {
        if (!session.history().isModified()) return true;
        return switch (dialogs.askToSave(session.getLesson().title(), doing)) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    /** A new lesson from a data preset. */
    public boolean newLesson(DataPresets.Preset preset) {
        if (!mayDiscard(Texts.get("discard.new"))) return false;
        session.load(NewLessons.fromPreset(preset));
        return true;
    }

    /** A lesson shipped with the app, such as "xor". */
    public boolean openShipped(String name) {
        if (!mayDiscard(Texts.get("discard.open"))) return false;
        session.load(LessonFiles.loadShipped(name));
        return true;
    }

    /**
     * Asks for a file and opens it. Returns whether the lesson opened; when files are read in the
     * background, whether reading began (the lesson opens, or the problem is shown, once it is read).
     */
    public boolean open() {
        if (!mayDiscard(Texts.get("discard.open"))) return false;
        Path file = dialogs.chooseLessonToOpen();
        return file != null && read(file);
    }

    /** Opens {@code file} (a recent one, or one dropped on the window); returns as {@link #open()} does. */
    public boolean open(Path file) {
        if (!mayDiscard(Texts.get("discard.open"))) return false;
        return read(file);
    }

    /** Saves to the lesson's file, or asks where if it has none. */
    public boolean save() {
        Path file = session.getFile();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        Path file = dialogs.chooseSaveLocation(Texts.get("files.saveLesson"), suggestedName(session.getLesson().title()), EXTENSION);
        return file != null && saveTo(withExtension(file, EXTENSION));
    }

    /** Writes the lesson as it is now: the weights before the current sample, the settings in force. */
    public boolean saveTo(Path file) {
        Lesson lesson = session.currentLesson();
        try {
            LessonFiles.write(lesson, file);
        } catch (IOException e) {
            dialogs.showError(Texts.get("files.saveFailed"),
                    Texts.get("files.saveFailed.detail", file, reason(e)));
            return false;
        }
        session.markSaved(file);
        recent.add(file);
        return true;
    }

    /** Writes the current step as a worked example in Markdown. */
    public boolean exportMarkdown() {
        return export(".md", WorkedExample.markdown(session.getLesson().title(), session.getSnapshot(),
                session.getNotation(), session.getDigits()));
    }

    /** Writes the current step as a worked example in LaTeX. */
    public boolean exportLatex() {
        return export(".tex", WorkedExample.latex(session.getLesson().title(), session.getSnapshot(),
                session.getNotation(), session.getDigits()));
    }

    private boolean export(String extension, String text) {
        Path file = dialogs.chooseSaveLocation(Texts.get("files.exportStep"),
                suggestedName(session.getLesson().title()).replace(EXTENSION, "") + "-step" + extension, extension);
        if (file == null) return false;
        Path target = withExtension(file, extension);
        try {
            // Not Files.createTempFile: its file is private to the owner (0600), which the export would keep.
            LessonFiles.writeFile(text.getBytes(StandardCharsets.UTF_8), target);
            return true;
        } catch (IOException e) {
            dialogs.showError(Texts.get("files.exportFailed"), Texts.get("files.writeFailed", target, reason(e)));
            return false;
        }
    }

    private boolean read(Path file) {
        boolean[] opened = {false};
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        reading.submit(Texts.get("files.opening", name), () -> LessonFiles.read(file), outcome -> opened[0] = opened(file, outcome));
        return opened[0] || !reading.isIdle();
    }

    private boolean opened(Path file, FileWork.Outcome<Lesson> outcome) {
        Exception failure = outcome.failure();
        if (failure instanceof LessonFormatException e) {
            dialogs.showError(Texts.get("open.failed"), Texts.get("files.invalidLesson", file, e.getMessage()));
            return false;
        }
        if (failure instanceof IOException e) {
            if (e instanceof NoSuchFileException) recent.remove(file);
            dialogs.showError(Texts.get("open.failed"), Texts.get("files.readFailed", file, reason(e)));
            return false;
        }
        if (failure != null) {
            dialogs.showError(Texts.get("open.failed"), Texts.get("files.readFailed", file,
                    failure.getMessage() == null ? Texts.get("files.unreadable") : failure.getMessage()));
            return false;
        }
        session.load(outcome.value(), file);
        recent.add(file);
        return true;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return Texts.get("files.noSuchFile");
        if (e instanceof AccessDeniedException) return Texts.get("files.denied");
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message + (message.endsWith(".") ? "" : ".");
    }

    /** "XOR with 2 hidden neurons" → "xor-with-2-hidden-neurons.json". */
    static String suggestedName(String title) {
        String name = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (name.isEmpty() ? "lesson" : name) + EXTENSION;
    }

    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
