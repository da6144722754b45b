package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AppConventionsTest {
    private LessonSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindowFixture opened = MainWindowFixture.show(stage, TestLessons.xor());
        session = opened.session();
        window = opened.window();
    }

    @Test
    void theTitleHasAStarWhileEditsAreUnsaved(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("BackpropFX — XOR test");
        robot.interact(() -> session.apply(Edits.setWeight(1, 0, 1, 0.5)));
        assertThat(stage.getTitle()).isEqualTo("*BackpropFX — XOR test");
        robot.interact(session::undo);
        assertThat(stage.getTitle()).isEqualTo("BackpropFX — XOR test");
    }

    @Test
    void ctrlQWithUnsavedEditsAsksAndCancelKeepsTheWindowAndTheEdit(FxRobot robot) throws Exception {
        robot.interact(() -> session.apply(Edits.setWeight(1, 0, 1, 0.5)));
        MenuItem quit = onFx(() -> findItem(AppMenus.FILE, "menuQuit"));
        assertThat(quit.getAccelerator()).isEqualTo(AppConventions.QUIT);
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Cancel").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("not saved").contains("XOR test");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(onFx(() -> session.history().isModified())).isTrue();
    }

    @Test
    void quitAndSaveClosesTheWindowOnceTheSaveHasBeenWritten(FxRobot robot, @TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("mine.json");
        LessonFiles.write(TestLessons.xor(), file);
        Stage own = onFx(() -> {
            Stage s = new Stage();
            LessonSession opened = new LessonSession(TestLessons.xor());
            opened.markSaved(file);
            opened.apply(Edits.setWeight(1, 0, 1, 0.5));
            MainWindow fresh = new MainWindow(opened);
            BackpropFxApp.show(s, fresh);
            Platform.runLater(() -> fresh.conventions().quit());
            return s;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText("Save")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText("Save")).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(own::isShowing));
        assertThat(LessonFiles.read(file).network().layer(1).weight(0, 1)).isEqualTo(0.5);
        assertThat(onFx(stage::isShowing)).as("other windows stay").isTrue();
    }

    @Test
    void quitWithNothingUnsavedClosesTheWindow(FxRobot robot) {
        // The test harness keeps the toolkit alive, so closing does not end the JVM under test.
        assertThat(onFx(Platform::isImplicitExit)).isFalse();
        // A stage of its own: the shared test stage still carries the close guards of earlier tests' windows.
        Stage own = onFx(() -> {
            Stage s = new Stage();
            MainWindow fresh = new MainWindow(new LessonSession(TestLessons.xor()));
            BackpropFxApp.show(s, fresh);
            fresh.conventions().quit();
            return s;
        });
        assertThat(onFx(own::isShowing)).isFalse();
        assertThat(onFx(stage::isShowing)).as("other windows stay").isTrue();
    }

    @Test
    void aboutShowsTheVersionTheLicenceAndTheDocuments(FxRobot robot) throws Exception {
        assertThat(onFx(() -> findItem(AppMenus.HELP, "menuAbout"))).isNotNull();
        Alert about = onFx(() -> window.conventions().showAbout());
        assertThat(about.getHeaderText()).matches("BackpropFX \\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
        assertThat(robot.lookup("#aboutLicence").queryAs(Hyperlink.class).getText()).isEqualTo("MIT licence");
        assertThat(robot.lookup(".hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsExactly("MIT licence", "User guide", "Lesson file format", "The trace command");
        robot.clickOn("Lesson file format");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".document-text").tryQuery().isPresent());
        TextArea text = robot.lookup(".document-text").queryAs(TextArea.class);
        assertThat(text.getText()).contains("\"format\"").contains("backpropfx-lesson");
        robot.interact(() -> {
            Window reader = text.getScene().getWindow();
            reader.hide();
            about.close();
        });
    }

    private MenuItem findItem(String menu, String id) {
        return window.menus().menu(menu).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElse(null);
    }
}
