package org.backpropfx.ui.tinker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.backpropfx.data.ClassLabels;
import org.backpropfx.engine.DataSet;
import org.backpropfx.export.CommandLine;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * File › Export samples as CSV…: the training samples as a CSV file that the import reads back: inputs x1…xn,
 * then one "class" column naming each sample's class when the targets are one-hot (the names a CSV's
 * class-label column gave, or 1 to K), otherwise the targets y1…ym. The text is made and written beside the
 * JavaFX thread, as a large set of samples can take a while.
 */
public final class SampleExport {
    private final LessonSession session;
    private final FileDialogs dialogs;
    private final FileWork work;

    public SampleExport(LessonSession session, FileDialogs dialogs, FileWork work) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Asks where, then writes the samples; a failure is reported and nothing else changes. */
    public void chooseAndWrite() {
        Lesson lesson = session.getLesson();
        String name = LessonFileCommands.suggestedName(lesson.title()).replace(LessonFileCommands.EXTENSION, "")
                + "-samples.csv";
        Path file = dialogs.chooseSaveLocation(Texts.get("export.samplesCsv"), name, ".csv");
        if (file != null) write(LessonFileCommands.withExtension(file, ".csv"));
    }

    /** Writes the lesson's training samples to {@code file}, beside the JavaFX thread. */
    public void write(Path file) {
        Lesson lesson = session.getLesson();
        DataSet data = lesson.data();
        List<String> names = lesson.classNames();
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        work.submit(Texts.get("files.writing", shown), progress -> {
            CommandLine.writeAtomically(file, ClassLabels.write(data, names.isEmpty() ? null : names)
                    .getBytes(StandardCharsets.UTF_8));
            return file;
        }, outcome -> {
            if (outcome.failure() != null) {
                String why = outcome.failure() instanceof IOException io ? CommandLine.reason(io)
                        : String.valueOf(outcome.failure().getMessage());
                dialogs.showError(Texts.get("export.samplesFailed"), Texts.get("files.writeFailed.dot", file, why));
            }
        });
    }
}
