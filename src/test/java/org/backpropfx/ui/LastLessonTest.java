package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.session.UiThread;
import org.backpropfx.ui.prefs.SettingsStore;
import org.backpropfx.ui.prefs.WindowPrefs;
import org.backpropfx.ui.tinker.FileDialogs;
import org.backpropfx.ui.tinker.LessonFileCommands;
import org.backpropfx.ui.tinker.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastLessonTest {
    private static final UiThread SAME_THREAD = new UiThread() {
        @Override public void post(Runnable action) { action.run(); }

        @Override public FrameCallback everyFrame(Runnable action) { return () -> { }; }
    };

    /** Save As answers with the file queued; nothing else is asked. */
    private static final class Answers implements FileDialogs {
        Path next;

        @Override public Path chooseLessonToOpen() { return next; }

        @Override public Path chooseSaveLocation(String title, String suggestedName, String extension) { return next; }

        @Override public Decision askToSave(String lessonTitle, String doing) { return Decision.DONT_SAVE; }

        @Override public void showError(String header, String message) { throw new AssertionError(message); }
    }

    @TempDir Path folder;
    private final Preferences recentNode = Preferences.userRoot().node("org/backpropfx/test-last-" + System.nanoTime());
    private final WindowPrefs prefs = new WindowPrefs(SettingsStore.inMemory());
    private final LessonSession session = new LessonSession(TestLessons.xor(), SAME_THREAD);
    private final Answers answers = new Answers();
    private final LessonFileCommands files = new LessonFileCommands(session, answers, new RecentFiles(recentNode));

    @AfterEach
    void forget() throws Exception {
        recentNode.removeNode();
    }

    @Test
    void openingSavingAsAndOpeningARecentFileEachBecomeTheLessonOpenedNextTime() throws Exception {
        BackpropFxApp.rememberLessonFiles(session, prefs);
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        LessonFiles.write(TestLessons.divergent(), first);
        assertThat(prefs.lastLesson()).isEmpty();

        answers.next = first;
        assertThat(files.open()).isTrue();
        assertThat(prefs.lastLesson()).contains(first.toAbsolutePath());

        answers.next = second;
        assertThat(files.saveAs()).isTrue();
        assertThat(prefs.lastLesson()).contains(second.toAbsolutePath());

        assertThat(files.open(files.recent().list().get(1))).as("first.json from the recent list").isTrue();
        assertThat(prefs.lastLesson()).contains(first.toAbsolutePath());

        session.load(TestLessons.xor());
        assertThat(prefs.lastLesson()).as("a lesson not from a file leaves it").contains(first.toAbsolutePath());
    }
}
