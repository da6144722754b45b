package org.backpropfx.ui.tinker;

import java.nio.file.Path;

/** The questions the file commands ask the user; tests answer them without windows. */
public interface FileDialogs {

    /** What to do with unsaved edits. */
    enum Decision { SAVE, DONT_SAVE, CANCEL }

    /** A lesson file to open, or null if the user cancelled. */
    Path chooseLessonToOpen();

    /** Where to save, or null if cancelled; {@code suggestedName} is a file name without folder. */
    Path chooseSaveLocation(String title, String suggestedName, String extension);

    /** Asks whether to save the edits to {@code lessonTitle} before {@code doing} ("opening another lesson"). */
    Decision askToSave(String lessonTitle, String doing);

    /** Tells the user something went wrong: {@code header} says what was being done, {@code message} why. */
    void showError(String header, String message);
}
