package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.Snapshot;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The notification bar over the window's centre: divergence and file problems. */
@ExtendWith(ApplicationExtension.class)
class ProblemNoticesTest {
    private LessonSession session;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, TestLessons.divergent());
        session = opened.session();
        window = opened.window();
    }

    private NotificationPane pane(FxRobot robot) { return robot.lookup("#notificationPane").queryAs(NotificationPane.class); }

    @Test
    void divergenceShowsInTheNotificationBarWhoseResetPutsTheLessonBack(FxRobot robot) {
        NotificationPane pane = pane(robot);
        assertThat(onFx(pane::isShowing)).as("nothing to tell at the start").isFalse();

        robot.interact(() -> session.speedProperty().set(LessonSession.FULL_SPEED));
        robot.type(KeyCode.P);   // train: the rate is too large, training diverges and stops
        waitUntil("the notification bar shows", pane::isShowing);
        String told = onFx(pane::getText);
        assertThat(told).as("the session's own words").isEqualTo(onFx(() -> session.getStatus()))
                .containsIgnoringCase("smaller learning rate");

        Button reset = robot.lookup("#notificationPane .notification-bar .button").queryButton();
        assertThat(reset.getText()).isEqualTo("Reset to the lesson's start");
        robot.interact(reset::fire);
        waitUntil("the bar closes", () -> !pane.isShowing());
        Snapshot s = onFx(() -> session.getSnapshot());
        assertThat(s.epoch()).isZero();
        assertThat(s.sample()).isZero();
        assertThat(s.phaseIndex()).isEqualTo(-1);

        // The same divergence again is told again.
        robot.type(KeyCode.P);
        waitUntil("the bar shows again", pane::isShowing);
        assertThat(onFx(pane::getText)).isEqualTo(told);
        // Stepping back clears the session's message, and the bar goes with it.
        robot.type(KeyCode.LEFT);
        waitUntil("the bar closes when the message is cleared", () -> !pane.isShowing());
    }

    @Test
    void aLessonFileThatCannotBeReadIsToldInTheBarAndTheLessonStays(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ \"title\": ");
        // The file is read in the background; its problem arrives when the reading ends.
        robot.interact(() -> window.tinkering().files().open(broken));
        NotificationPane pane = pane(robot);
        waitUntil("the notification bar shows", pane::isShowing);
        assertThat(onFx(pane::getText)).startsWith("The lesson could not be opened. ").contains(broken.toString())
                .contains("The lesson that was open stays open.");
        assertThat(onFx(() -> session.getLesson().title())).isEqualTo("Divergent test");
    }
}
