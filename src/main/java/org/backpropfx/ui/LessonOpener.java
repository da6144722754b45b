package org.backpropfx.ui;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.lesson.LessonFormatException;

/**
 * Chooses the lesson the app opens: the file named on the command line, or the shipped lesson of that name
 * when there is no such file (as {@code trace} does), else the shipped XOR lesson.
 */
final class LessonOpener {
    static final String DEFAULT_LESSON = "xor";
    /**
     * A file larger than this is read once the window shows, beside the JavaFX thread and with its
     * progress shown, rather than before: reading a large lesson takes seconds with nothing on screen.
     */
    static final long READ_IN_WINDOW_BYTES = 4L << 20;

    /**
     * @param lesson what to open
     * @param problem why the requested file could not be opened, or null
     * @param file the file the lesson was read from (where Save writes), or null for a shipped lesson
     * @param readInWindow a large file the window is to open once shown (the lesson is the default till
     *        then), or null
     */
    record Opened(Lesson lesson, String problem, Path file, Path readInWindow) {
        Opened(Lesson lesson, String problem, Path file) {
            this(lesson, problem, file, null);
        }
    }

    private LessonOpener() {
    }

    static Opened open(List<String> arguments) {
        if (arguments.isEmpty()) return new Opened(LessonFiles.loadShipped(DEFAULT_LESSON), null, null);
        String name = arguments.get(0);
        if (LessonFiles.shippedNames().contains(name) && !Files.exists(Path.of(name))) {
            return new Opened(LessonFiles.loadShipped(name), null, null);
        }
        try {
            Path file = Path.of(name);
            if (Files.isRegularFile(file) && Files.size(file) > READ_IN_WINDOW_BYTES) {
                return new Opened(LessonFiles.loadShipped(DEFAULT_LESSON), null, null, file);
            }
            return new Opened(LessonFiles.read(file), null, file);
        } catch (LessonFormatException e) {
            return fallback(Texts.get("open.invalid", name, e.getMessage()));
        } catch (NoSuchFileException e) {
            return fallback(Texts.get("open.missing", name, String.join(", ", LessonFiles.shippedNames())));
        } catch (AccessDeniedException e) {
            return fallback(Texts.get("open.denied", name));
        } catch (IOException e) {
            return fallback(Texts.get("open.unreadable", name, e.getMessage()));
        } catch (InvalidPathException e) {
            return fallback(Texts.get("open.badname", name, e.getReason()));
        }
    }

    private static Opened fallback(String problem) {
        return new Opened(LessonFiles.loadShipped(DEFAULT_LESSON), Texts.get("open.fallback", problem), null);
    }
}
