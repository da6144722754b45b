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
import org.backpropfx.session.EditHistory;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.NewLessons;
import org.backpropfx.session.i18n.Texts;

/**
 * New, Open, Save, Save As, the gallery and export. Before anything replaces a lesson with unsaved edits
 * the user is asked whether to save them (and asked again if they edit while a large file is being
 * read). A file that cannot be read leaves the current lesson as it is; a save that fails leaves the old
 * file as it was. In the window, reading and writing lessons run beside the JavaFX thread.
 */
public final class LessonFileCommands {
    public static final String EXTENSION = ".json";

    private final LessonSession session;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final FileWork work;

    /** Commands that read files at once, on the calling thread. */
    public LessonFileCommands(LessonSession session, FileDialogs dialogs, RecentFiles recent) {
        this(session, dialogs, recent, FileWork.IN_PLACE);
    }

    /** Commands that read and write lesson files with {@code work} (in the window: beside the JavaFX thread). */
    public LessonFileCommands(LessonSession session, FileDialogs dialogs, RecentFiles recent, FileWork work) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.work = Objects.requireNonNull(work, "work");
    }

    public RecentFiles recent() { return recent; }

    /** Whether the user may go on with what replaces or closes the lesson, now, after a save, or not. */
    public enum Discard {
        /** Nothing is unsaved, the user chose not to save, or the save has already ended well. */
        NOW,
        /** The save the user chose is being written; what was asked goes on once it has ended well. */
        AFTER_SAVING,
        /** The user cancelled. */
        NOT
    }

    /**
     * Whether what is open may be replaced or closed. If there are unsaved edits the user is asked; if
     * they choose to save and the save is written in the background, {@code afterSaving} runs once it
     * has ended well (never if it fails: the error is shown and nothing is lost).
     */
    public Discard mayDiscard(String doing, Runnable afterSaving) {
        if (!session.history().isModified()) return Discard.NOW;
        return switch (dialogs.askToSave(session.getLesson().title(), doing)) {
            case SAVE -> {
                boolean[] savedAlready = {false};
                boolean[] waiting = {false};
                boolean began = save(() -> {
                    if (waiting[0]) afterSaving.run();
                    else savedAlready[0] = true;
                });
                waiting[0] = true;
                yield savedAlready[0] ? Discard.NOW : began ? Discard.AFTER_SAVING : Discard.NOT;
            }
            case DONT_SAVE -> Discard.NOW;
            case CANCEL -> Discard.NOT;
        };
    }

    /** Runs {@code then} once what is open may be replaced (at once, or after saving); whether it will. */
    private boolean afterAsking(String doing, Runnable then) {
        Discard discard = mayDiscard(doing, then);
        if (discard == Discard.NOW) then.run();
        return discard != Discard.NOT;
    }

    /** A new lesson from a data preset. */
    public boolean newLesson(DataPresets.Preset preset) {
        return afterAsking(Texts.get("discard.new"), () -> session.load(NewLessons.fromPreset(preset)));
    }

    /** A lesson shipped with the app, such as "xor". */
    public boolean openShipped(String name) {
        return afterAsking(Texts.get("discard.open"), () -> session.load(LessonFiles.loadShipped(name)));
    }

    /**
     * Asks for a file and opens it. Returns whether the lesson opened; when files are read in the
     * background, whether reading began (the lesson opens, or the problem is shown, once it is read).
     */
    public boolean open() {
        boolean[] opened = {false};
        boolean asked = afterAsking(Texts.get("discard.open"), () -> {
            Path file = dialogs.chooseLessonToOpen();
            opened[0] = file != null && read(file);
        });
        return asked && (opened[0] || !work.isIdle());
    }

    /** Opens {@code file} (a recent one, or one dropped on the window); returns as {@link #open()} does. */
    public boolean open(Path file) {
        boolean[] opened = {false};
        boolean asked = afterAsking(Texts.get("discard.open"), () -> opened[0] = read(file));
        return asked && (opened[0] || !work.isIdle());
    }

    /** Saves to the lesson's file, or asks where if it has none; whether it saved (or began to). */
    public boolean save() {
        return save(() -> { });
    }

    private boolean save(Runnable afterSaved) {
        Path file = session.getFile();
        return file == null ? saveAs(afterSaved) : saveTo(file, afterSaved);
    }

    public boolean saveAs() {
        return saveAs(() -> { });
    }

    private boolean saveAs(Runnable afterSaved) {
        Path file = dialogs.chooseSaveLocation(Texts.get("files.saveLesson"), suggestedName(session.getLesson().title()), EXTENSION);
        return file != null && saveTo(withExtension(file, EXTENSION), afterSaved);
    }

    /**
     * Writes the lesson as it is now (the weights before the current sample, the settings in force);
     * whether it was written or, in the background, began to be. Edits made while it is written stay
     * unsaved: the file holds the lesson as it was when the save was asked for.
     */
    public boolean saveTo(Path file) {
        return saveTo(file, () -> { });
    }

    private boolean saveTo(Path file, Runnable afterSaved) {
        Lesson lesson = session.currentLesson();
        EditHistory.Mark asked = session.history().mark();
        boolean[] saved = {false};
        work.submit(Texts.get("files.saving", name(file)), progress -> {
            LessonFiles.write(lesson, file);
            return file;
        }, outcome -> {
            if (outcome.failure() != null) {
                dialogs.showError(Texts.get("files.saveFailed"),
                        Texts.get("files.saveFailed.detail", file, reason(outcome.failure())));
                return;
            }
            session.markSaved(file, asked);
            recent.add(file);
            saved[0] = true;
            afterSaved.run();
        });
        return saved[0] || !work.isIdle();
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
        // Edits made while a large file is read would be lost when it opens: asked about then, if any.
        EditHistory.Mark asked = session.history().mark();
        work.submit(Texts.get("files.opening", name(file)), progress -> LessonFiles.read(file, progress),
                outcome -> opened[0] = opened(file, outcome, asked));
        return opened[0] || !work.isIdle();
    }

    private boolean opened(Path file, FileWork.Outcome<Lesson> outcome, EditHistory.Mark asked) {
        Exception failure = outcome.failure();
        if (failure instanceof LessonFormatException e) {
            dialogs.showError(Texts.get("open.failed"), Texts.get("files.invalidLesson", file, e.getMessage()));
            return false;
        }
        if (failure != null) {
            if (failure instanceof NoSuchFileException) recent.remove(file);
            dialogs.showError(Texts.get("open.failed"), Texts.get("files.readFailed", file, reason(failure)));
            return false;
        }
        Runnable load = () -> {
            session.load(outcome.value(), file);
            recent.add(file);
        };
        if (!session.history().changedSince(asked)) {
            load.run();
            return true;
        }
        return afterAsking(Texts.get("discard.openFile", name(file)), load);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String reason(Exception e) {
        if (!(e instanceof IOException io)) {
            return e.getMessage() == null ? Texts.get("files.unreadable") : withFullStop(e.getMessage());
        }
        return reason(io);
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return Texts.get("files.noSuchFile");
        if (e instanceof AccessDeniedException) return Texts.get("files.denied");
        return withFullStop(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String withFullStop(String message) {
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
