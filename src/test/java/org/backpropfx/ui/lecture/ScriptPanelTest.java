package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.ui.FxTest;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shipped scripted lesson in the window: offered, played with the clicker in presenter mode, caption shown large. */
@ExtendWith(ApplicationExtension.class)
class ScriptPanelTest {
    private final Lesson lesson = LessonFiles.loadShipped("article-003-lecture");
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    @Test
    void theClickerGoesStopToStopInPresenterModeWithTheCaptionLarge(FxRobot robot) {
        assertThat(on(() -> robot.lookup("#scriptPlay").query().isVisible())).isTrue();
        robot.clickOn("#scriptPlay");
        WaitForAsyncUtils.waitForFxEvents();
        double normalSize = on(() -> robot.lookup("#scriptCaption").queryAs(Label.class).getFont().getSize());
        robot.type(KeyCode.F5);
        assertThat(on(() -> window.lecture().presenter().isActive())).isTrue();
        ScriptStop first = lesson.script().get(0);
        assertThat(on(() -> robot.lookup("#scriptCaption").queryAs(Label.class).getText())).isEqualTo(first.caption());
        assertThat(on(() -> robot.lookup("#scriptCaption").queryAs(Label.class).getFont().getSize()))
                .isGreaterThan(normalSize);

        for (int k = 1; k < lesson.script().size(); k++) {
            robot.type(KeyCode.PAGE_DOWN);
            ScriptStop stop = lesson.script().get(k);
            assertThat(on(() -> robot.lookup("#scriptCaption").queryAs(Label.class).getText())).isEqualTo(stop.caption());
            assertThat(on(() -> session.getSnapshot().phase())).isEqualTo(stop.phase());
            assertThat(on(() -> session.highlightsProperty().get())).containsExactlyInAnyOrderElementsOf(stop.highlights());
        }
        // past the last stop the clicker stays there
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(on(() -> window.lecture().script().indexProperty().get())).isEqualTo(lesson.script().size() - 1);
        robot.type(KeyCode.PAGE_UP);
        assertThat(on(() -> session.getSnapshot().phase())).isEqualTo(new Phase(PhaseKind.UPDATE, 0));
        robot.clickOn("#scriptClose");
        assertThat(on(() -> session.highlightsProperty().get())).isEmpty();
        // without a script playing, PageDown steps one phase again
        Phase before = on(() -> session.getSnapshot().phase());
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(on(() -> session.getSnapshot().phase())).isNotEqualTo(before);
    }

    private static <T> T on(Callable<T> query) {
        WaitForAsyncUtils.waitForFxEvents();
        return FxTest.onFx(query);
    }
}
