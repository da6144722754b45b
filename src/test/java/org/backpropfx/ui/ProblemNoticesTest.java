package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.Snapshot;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The notification bar (divergence, file problems) and the status bar with the epoch's progress. */
@ExtendWith(ApplicationExtension.class)
class ProblemNoticesTest {
    private LessonSession session;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        session = new LessonSession(TestLessons.divergent());
        window = new MainWindow(session);
        BackpropFxApp.show(stage, window);
    }

    private NotificationPane pane(FxRobot robot) { return robot.lookup("#notificationPane").queryAs(NotificationPane.class); }

    private StatusBar statusBar(FxRobot robot) { return robot.lookup("#statusBar").queryAs(StatusBar.class); }

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
        assertThat(onFx(() -> statusBar(robot).getText())).as("the status bar says it too").isEqualTo(told);

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
        boolean opened = onFx(() -> window.tinkering().files().open(broken));
        assertThat(opened).isFalse();
        NotificationPane pane = pane(robot);
        waitUntil("the notification bar shows", pane::isShowing);
        assertThat(onFx(pane::getText)).startsWith("The lesson could not be opened. ").contains(broken.toString())
                .contains("The lesson that was open stays open.");
        assertThat(onFx(() -> session.getLesson().title())).isEqualTo("Divergent test");
    }

    @Test
    void theStatusBarsProgressMovesWhileTrainingAndMatchesTheEpochsShare(FxRobot robot) {
        robot.interact(() -> session.load(TestLessons.xorRepeated(50)));
        StatusBar bar = statusBar(robot);
        assertThat(onFx(bar::getProgress)).isZero();
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        Snapshot stepped = onFx(() -> session.getSnapshot());
        // Two phases of the first of 200 samples.
        double share = 2.0 / stepped.phases().size() / stepped.sampleCount();
        assertThat(onFx(bar::getProgress)).isEqualTo(share, org.assertj.core.data.Offset.offset(1e-12));

        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> bar.progressProperty().addListener((obs, old, p) -> {
            if (session.isRunning()) seen.add(p.doubleValue());
        }));
        robot.interact(() -> session.speedProperty().set(LessonSession.FULL_SPEED));
        robot.type(KeyCode.P);
        waitUntil("the status says training", () -> bar.getText().equals("Training…"));
        waitUntil("the bar moves several times while training", () -> seen.stream().distinct().count() >= 3);
        robot.type(KeyCode.P);
        waitUntil("training pauses", () -> !session.isRunning());
        Snapshot paused = onFx(() -> session.getSnapshot());
        double expected = (paused.sample() + (paused.phaseIndex() + 1) / (double) paused.phases().size())
                / paused.sampleCount();
        assertThat(onFx(bar::getProgress)).isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(onFx(bar::getText)).isEmpty();
    }
}
