package org.backpropfx.ui;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

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
     * @param lesson what to open
     * @param problem why the requested file could not be opened, or null
     * @param file the file the lesson was read from (where Save writes), or null for a shipped lesson
     */
    record Opened(Lesson lesson, String problem, Path file) {}

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
            return new Opened(LessonFiles.read(file), null, file);
        } catch (LessonFormatException e) {
            return fallback("The lesson " + name + " is not valid: " + e.getMessage());
        } catch (NoSuchFileException e) {
            return fallback("There is no lesson file " + name + " (the shipped lessons are "
                    + String.join(", ", LessonFiles.shippedNames()) + ").");
        } catch (AccessDeniedException e) {
            return fallback("The lesson file " + name + " may not be read (permission denied).");
        } catch (IOException e) {
            return fallback("The lesson file " + name + " could not be read: " + e.getMessage());
        } catch (InvalidPathException e) {
            return fallback("\"" + name + "\" is not a file name: " + e.getReason() + ".");
        }
    }

    private static Opened fallback(String problem) {
        return new Opened(LessonFiles.loadShipped(DEFAULT_LESSON), problem + " The XOR lesson is open instead.", null);
    }
}
