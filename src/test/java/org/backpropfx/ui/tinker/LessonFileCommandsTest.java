package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.prefs.Preferences;

import org.backpropfx.data.DataPresets;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.session.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFileCommandsTest {
    /** The test thread is the UI thread; nothing here trains in the background. */
    private static final UiThread SAME_THREAD = new UiThread() {
        @Override public void post(Runnable action) { action.run(); }

        @Override public FrameCallback everyFrame(Runnable action) { return () -> { }; }
    };

    /** Answers the questions from a script and records them. */
    static final class ScriptedDialogs implements FileDialogs {
        final Deque<Object> answers = new LinkedList<>();
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override public Path chooseLessonToOpen() { asked.add("open"); return (Path) answers.pop(); }

        @Override public Path chooseSaveLocation(String title, String suggestedName, String extension) {
            asked.add("save as " + suggestedName);
            return (Path) answers.pop();
        }

        @Override public Decision askToSave(String lessonTitle, String doing) {
            asked.add("save edits to " + lessonTitle + " before " + doing + "?");
            return (Decision) answers.pop();
        }

        @Override public void showError(String header, String message) { errors.add(header + ": " + message); }
    }

    /** Files are written at once here: nothing is left to do after a save. */
    static void neverAfterSaving() {
        throw new AssertionError("a save written at once has nothing left to run afterwards");
    }

    @TempDir Path folder;
    private final Preferences prefs = Preferences.userRoot().node("org/backpropfx/test-recent-" + System.nanoTime());
    private final Lesson lesson = TestLessons.xor();
    private final LessonSession session = new LessonSession(lesson, SAME_THREAD);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final LessonFileCommands files = new LessonFileCommands(session, dialogs, new RecentFiles(prefs));

    @AfterEach
    void forgetRecentFiles() throws Exception {
        prefs.removeNode();
    }

    @Test
    void saveThenOpenRoundTripsTheCurrentWeightsBitExactly() throws Exception {
        session.apply(Edits.setWeight(1, 0, 0, 0.1 + 0.2));
        session.runEpoch();
        session.stepForward();
        Lesson now = session.currentLesson();
        Path file = folder.resolve("mine.json");
        dialogs.answers.push(file);
        assertThat(files.save()).isTrue();
        assertThat(dialogs.asked).containsExactly("save as xor-test.json");
        assertThat(session.history().isModified()).isFalse();
        assertThat(session.getFile()).isEqualTo(file);

        session.load(TestLessons.divergent());
        assertThat(files.open(file)).isTrue();
        assertThat(session.getLesson().network()).isEqualTo(now.network());
        assertThat(session.getLesson().network().layer(1).weight(0, 0)).isEqualTo(now.network().layer(1).weight(0, 0));
        assertThat(session.getLesson().settings()).isEqualTo(now.settings());
        assertThat(session.getFile()).isEqualTo(file);
        assertThat(files.recent().list()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void unsavedEditsAskFirstAndCancelKeepsEverything() throws Exception {
        Path other = folder.resolve("other.json");
        LessonFiles.write(TestLessons.divergent(), other);
        session.apply(Edits.setWeight(1, 0, 0, 5.0));

        dialogs.answers.push(FileDialogs.Decision.CANCEL);
        assertThat(files.open(other)).isFalse();
        assertThat(dialogs.asked).containsExactly("save edits to XOR test before opening another lesson?");
        assertThat(session.getLesson().title()).isEqualTo("XOR test");
        assertThat(session.currentLesson().network().layer(1).weight(0, 0)).isEqualTo(5.0);

        dialogs.answers.push(FileDialogs.Decision.DONT_SAVE);
        assertThat(files.open(other)).isTrue();
        assertThat(session.getLesson().title()).isEqualTo("Divergent test");

        assertThat(files.mayDiscard("closing the window", LessonFileCommandsTest::neverAfterSaving))
                .as("nothing unsaved: no question").isEqualTo(LessonFileCommands.Discard.NOW);
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void choosingSaveWritesTheEditsBeforeGoingOn() throws Exception {
        session.apply(Edits.setWeight(1, 0, 0, 5.0));
        Path file = folder.resolve("saved.json");
        dialogs.answers.add(FileDialogs.Decision.SAVE);
        dialogs.answers.add(file);
        assertThat(files.newLesson(DataPresets.Preset.XOR)).isTrue();
        assertThat(LessonFiles.read(file).network().layer(1).weight(0, 0)).isEqualTo(5.0);
        assertThat(session.getLesson().title()).isEqualTo("New lesson: XOR");

        session.apply(Edits.setWeight(1, 0, 0, 6.0));
        dialogs.answers.add(FileDialogs.Decision.SAVE);
        dialogs.answers.add(null);
        assertThat(files.mayDiscard("closing the window", LessonFileCommandsTest::neverAfterSaving))
                .as("the save was cancelled").isEqualTo(LessonFileCommands.Discard.NOT);
    }

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndTheLessonStays() throws Exception {
        Path broken = folder.resolve("broken.json");
        String json = LessonFiles.toJson(lesson).replace("\"learningRate\": 0.5", "\"learningRate\": \"fast\"");
        assertThat(json).contains("\"fast\"");
        Files.writeString(broken, json, StandardCharsets.UTF_8);
        session.apply(Edits.setWeight(1, 0, 0, 2.0));
        session.markSaved(folder.resolve("mine.json"));

        assertThat(files.open(broken)).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("The lesson could not be opened: ").contains(broken.toString())
                .contains("learningRate");
        assertThat(session.currentLesson().network().layer(1).weight(0, 0)).isEqualTo(2.0);

        assertThat(files.open(folder.resolve("missing.json"))).isFalse();
        assertThat(dialogs.errors.get(1)).contains("there is no such file");
    }

    @Test
    void aFailedSaveReportsItAndLeavesTheOldFile() throws Exception {
        Path file = folder.resolve("keep.json");
        LessonFiles.write(lesson, file);
        String before = Files.readString(file);
        session.apply(Edits.setWeight(1, 0, 0, 7.0));
        // A folder where the file's parent should be: nothing can be written there.
        Path impossible = file.resolve("inside.json");
        assertThat(files.saveTo(impossible)).isFalse();
        assertThat(dialogs.errors.get(0)).startsWith("The lesson could not be saved: ").contains(impossible.toString());
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(session.history().isModified()).isTrue();
    }

    @Test
    void theCurrentStepExportsAsMarkdownAndLatex() throws Exception {
        session.stepForward();
        Path md = folder.resolve("step");
        dialogs.answers.add(md);
        assertThat(files.exportMarkdown()).isTrue();
        String markdown = Files.readString(folder.resolve("step.md"));
        assertThat(markdown).startsWith("## XOR test").contains("### Epoch 1, sample 1 of 4 — Forward — layer 1 of 2")
                .contains("$");
        double net = session.getSnapshot().net(1, 0);
        assertThat(markdown).contains(new SignificantFormat(4).format(net));

        dialogs.answers.add(folder.resolve("step.tex"));
        assertThat(files.exportLatex()).isTrue();
        String latex = Files.readString(folder.resolve("step.tex"));
        assertThat(latex).startsWith("\\subsection*{XOR test}").contains("\\begin{itemize}").contains("---");

        // The user's usual permissions (their umask), as any new file gets: not a temporary file's 0600.
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            var usual = Files.getPosixFilePermissions(Files.createFile(folder.resolve("any-new-file")));
            assertThat(Files.getPosixFilePermissions(folder.resolve("step.md"))).isEqualTo(usual);
            assertThat(Files.getPosixFilePermissions(folder.resolve("step.tex"))).isEqualTo(usual);
        }
    }

    @Test
    void suggestedNamesAreFileNames() {
        assertThat(LessonFileCommands.suggestedName("XOR with 2 hidden neurons!")).isEqualTo("xor-with-2-hidden-neurons.json");
        assertThat(LessonFileCommands.suggestedName("√")).isEqualTo("lesson.json");
        assertThat(WorkedExample.escape("a_b & 50% {x}")).isEqualTo("a\\_b \\& 50\\% \\{x\\}");
    }
}
