package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.prefs.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson's note in "About this lesson", remembered open or closed; and a window that keeps still while stepping. */
@ExtendWith(ApplicationExtension.class)
class LessonNotePanelTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow open(FxRobot robot, String lesson, double width, double height) {
        return MainWindowFixture.open(stage, LessonFiles.loadShipped(lesson), width, height).window();
    }

    @Test
    void theNoteIsShownWhenOpenedAndKeepsItsHeightWhileStepping(FxRobot robot) {
        for (double[] size : new double[][] {{1280, 720}}) {
            MainWindow window = open(robot, "xor", size[0], size[1]);
            String note = LessonFiles.loadShipped("xor").note().strip();
            assertThat(onFx(() -> window.lessonNote().note())).isEqualTo(note).isNotEmpty();
            // Collapsed at first: only its button shows; open, the whole note is there.
            assertThat(onFx(() -> window.lessonNote().button().isVisible() && !window.lessonNote().isVisible())).isTrue();
            robot.clickOn("#lessonNoteButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> window.lessonNote().isVisible())).as("opened by its button").isTrue();
            assertThat(onFx(() -> ((Label) window.lookup("#lessonNoteText")).getText())).isEqualTo(note);
            // Open, its height stays the same while stepping.
            Bounds first = onFx(() -> window.lessonNote().localToScene(window.lessonNote().getLayoutBounds()));
            LessonSession session = window.session();
            int steps = onFx(() -> session.getSnapshot().phases().size()) + 1;
            for (int k = 0; k < steps; k++) {
                robot.interact(session::stepForward);
                assertThat(onFx(() -> window.lessonNote().localToScene(window.lessonNote().getLayoutBounds()).getHeight()))
                        .isEqualTo(first.getHeight());
            }
        }
    }

    private static List<Bounds> bounds(List<Node> nodes) {
        List<Bounds> all = new ArrayList<>();
        for (Node n : nodes) all.add(n.localToScene(n.getLayoutBounds()));
        return all;
    }

    @Test
    void collapsedStaysCollapsedOnTheNextStart(FxRobot robot) {
        SettingsStore store = SettingsStore.inMemory();
        MainWindow first = open(robot, "and", 1280, 720);
        robot.interact(() -> LessonNotePanel.remember(first.lessonNote().openProperty(), store));
        assertThat(onFx(() -> first.lessonNote().openProperty().get())).as("collapsed on a first start").isFalse();
        robot.clickOn("#lessonNoteButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> first.lessonNote().openProperty().get())).as("opened by its button").isTrue();
        MainWindow second = open(robot, "and", 1280, 720);
        robot.interact(() -> LessonNotePanel.remember(second.lessonNote().openProperty(), store));
        assertThat(onFx(() -> second.lessonNote().isVisible())).isTrue();
        robot.interact(() -> second.lecture().presenter().activeProperty().set(true));
        assertThat(onFx(() -> second.lessonNote().isVisible())).as("in presenter mode").isFalse();
        robot.interact(() -> second.lecture().presenter().activeProperty().set(false));
        assertThat(onFx(() -> second.lessonNote().isVisible())).isTrue();
    }
}
