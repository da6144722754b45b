package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.MainWindow;
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
        MainWindow[] made = new MainWindow[1];
        robot.interact(() -> {
            made[0] = new MainWindow(new LessonSession(LessonFiles.loadShipped(lesson)));
            stage.setScene(new Scene(made[0], width, height));
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    @Test
    void theNoteIsShownAndTheLayoutKeepsStillThroughEveryPhaseOfXor(FxRobot robot) {
        for (double[] size : new double[][] {{1280, 720}}) {
            MainWindow window = open(robot, "xor", size[0], size[1]);
            String note = LessonFiles.loadShipped("xor").note().strip();
            assertThat(onFx(() -> window.lessonNote().note())).isEqualTo(note).isNotEmpty();
            assertThat(onFx(() -> window.lessonNote().isVisible() && window.lessonNote().isExpanded())).isTrue();
            List<Node> watched = onFx(() -> List.of(window.lessonNote(), window.lookup("#explanation"),
                    window.lookup("#networkView"), window.lookup("#formulaPanel")));
            List<Bounds> first = onFx(() -> bounds(watched));
            LessonSession session = window.session();
            int steps = onFx(() -> session.getSnapshot().phases().size()) * 2 + 2;
            for (int k = 0; k < steps; k++) {
                robot.interact(session::stepForward);
                WaitForAsyncUtils.waitForFxEvents();
                String phase = onFx(() -> session.getSnapshot().describePhase());
                assertThat(onFx(() -> bounds(watched))).as("at %s, %s×%s", phase, size[0], size[1])
                        .isEqualTo(first);
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
        robot.interact(() -> LessonNotePanel.remember(first.lessonNote().expandedProperty(), store));
        assertThat(onFx(() -> first.lessonNote().isExpanded())).as("open on a first start").isTrue();
        robot.clickOn(".lesson-note > .title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> first.lessonNote().isExpanded())).as("collapsed by a click on its title").isFalse();
        MainWindow second = open(robot, "and", 1280, 720);
        robot.interact(() -> LessonNotePanel.remember(second.lessonNote().expandedProperty(), store));
        assertThat(onFx(() -> second.lessonNote().isExpanded())).isFalse();
    }
}
