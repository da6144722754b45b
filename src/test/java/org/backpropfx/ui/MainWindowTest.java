package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final SignificantFormat FOUR_DIGITS = new SignificantFormat(LessonSession.DEFAULT_DIGITS);

    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = MainWindowFixture.show(stage, lesson).session();
    }

    /** What the window shows at one step: the captions and the current sample's output cell. */
    private record Shown(String phase, String position, String loss, String output) {}

    @Test
    void keyboardStepsThroughASampleShowingTheEnginesNumbersAndBack(FxRobot robot) {
        Stepper engine = new Stepper(lesson.newTrainer());
        List<Shown> seen = new ArrayList<>();
        seen.add(shown(robot));
        assertShows(robot, engine.snapshot());

        KeyCode[] forwardKeys = {KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE};
        int phases = engine.snapshot().phases().size();
        for (int step = 0; step < phases; step++) {
            robot.type(forwardKeys[step % forwardKeys.length]);
            engine.stepForward();
            assertShows(robot, engine.snapshot());
            seen.add(shown(robot));
        }
        assertThat(seen.get(phases).phase()).isEqualTo("Update weights");
        assertThat(seen.get(phases).loss()).startsWith("P = −");

        KeyCode[] backKeys = {KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.BACK_SPACE};
        for (int step = phases - 1; step >= 0; step--) {
            robot.type(backKeys[step % backKeys.length]);
            assertThat(shown(robot)).isEqualTo(seen.get(step));
        }
        assertThat(seen.get(0).phase()).isEqualTo("Ready");
    }

    @Test
    void endFinishesTheSampleAndHomeResets(FxRobot robot) {
        Stepper engine = new Stepper(lesson.newTrainer());
        robot.type(KeyCode.RIGHT, KeyCode.END);
        engine.stepForward();
        engine.finishSample();
        assertShows(robot, engine.snapshot());

        robot.type(KeyCode.HOME);
        assertShows(robot, new Stepper(lesson.newTrainer()).snapshot());
    }

    @Test
    void playThenPauseTrainsStaysResponsiveAndSingleStepsContinue(FxRobot robot) throws Exception {
        robot.interact(() -> session.speedProperty().set(LessonSession.FULL_SPEED));
        robot.clickOn("#playPause");
        assertThat(onFx(() -> session.isRunning())).isTrue();

        // Responsive: events posted to the JavaFX thread run while training goes on. (A latency bound
        // would only measure how busy the test machine is; a frozen thread never runs them at all.)
        for (int probe = 0; probe < 5; probe++) {
            Future<Boolean> ranWhileTraining = WaitForAsyncUtils.asyncFx(() -> session.isRunning());
            assertThat(ranWhileTraining.get(5, TimeUnit.SECONDS)).isTrue();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> session.epochProperty().get() >= 20));
        assertThat(onFx(() -> session.isRunning())).as("still training while probed").isTrue();
        // The status bar over the samples tells of the run: the epoch and the sample shown, and the epoch's share done.
        StatusBar status = robot.lookup("#trainingStatus").queryAs(StatusBar.class);
        String[] during = onFx(() -> {
            Snapshot s = session.getSnapshot();
            return new String[] {status.getText() + " | " + status.getAccessibleText(), "epoch " + (s.epoch() + 1) + " · "
                    + (s.sample() + 1) + "/4 | Training: epoch " + (s.epoch() + 1) + ", sample " + (s.sample() + 1) + " of 4",
                    Double.toString(status.getProgress()), Double.toString((s.sample() + 1) / 4.0)};
        });
        assertThat(during[0]).isEqualTo(during[1]);
        assertThat(Double.parseDouble(during[2])).isEqualTo(Double.parseDouble(during[3]));
        assertThat(onFx(() -> status.lookup(".progress-bar").isVisible())).isTrue();

        robot.type(KeyCode.P);
        Snapshot paused = onFx(() -> session.getSnapshot());
        assertThat(onFx(() -> session.isRunning())).isFalse();
        assertThat(paused.weight(1, 0, 0)).isNotEqualTo(lesson.network().layer(1).weight(0, 0));
        assertThat(robot.lookup("#playPause").queryButton().getText()).contains("Play");
        assertThat(onFx(status::getText)).as("back to the hint once paused").isEqualTo("Double-click to edit");
        assertThat(onFx(status::getProgress)).isZero();

        Stepper engine = new Stepper(lesson.newTrainer());
        engine.runSamples(paused.epoch() * paused.sampleCount() + paused.sample());
        assertShows(robot, engine.snapshot());
        robot.type(KeyCode.RIGHT);
        engine.stepForward();
        assertShows(robot, engine.snapshot());
        assertThat(shown(robot).phase()).isEqualTo("Forward — layer 1 of 2");
    }

    @Test
    void clickingATableRowMakesItTheNextSample(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.clickOn(onFx(() -> outputCell(robot, 2)));

        assertThat(shown(robot).phase()).isEqualTo("Ready");
        assertThat(shown(robot).position()).isEqualTo("sample 3 of 4 · epoch 1");
        Stepper engine = new Stepper(lesson.newTrainer());
        engine.selectSample(2);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        engine.stepForward();
        engine.stepForward();
        assertShows(robot, engine.snapshot());
        assertThat(onFx(() -> outputCell(robot, 2).getText())).isEqualTo(FOUR_DIGITS.format(engine.snapshot().out(2, 0)));
    }

    @Test
    void notationChangesTheSymbolNotTheNumber(FxRobot robot) {
        robot.type(KeyCode.END);
        Snapshot s = onFx(() -> session.getSnapshot());
        String magnitude = FOUR_DIGITS.format(s.loss());
        assertThat(shown(robot).loss()).isEqualTo("P = −" + magnitude);

        robot.interact(() -> session.setNotation(Notation.GRADIENT));
        assertThat(shown(robot).loss()).isEqualTo("E = " + magnitude);
        assertThat(shown(robot).output()).isEqualTo(FOUR_DIGITS.format(s.out(2, 0)));
    }

    @Test
    void theTitleNamesTheLesson(FxRobot robot) {
        assertThat(onFx(stage::getTitle)).isEqualTo("BackpropFX — XOR test");
        robot.interact(() -> session.load(TestLessons.divergent()));
        assertThat(onFx(stage::getTitle)).isEqualTo("BackpropFX — Divergent test");
        assertThat(onFx(() -> robot.lookup("#samples").queryTableView().getItems().size())).isEqualTo(2);
    }

    @Test
    void theWindowOpensAt1280By720(FxRobot robot) {
        Scene scene = onFx(stage::getScene);
        assertThat(onFx(scene::getWidth)).isEqualTo(BackpropFxApp.DEFAULT_WIDTH);
        assertThat(onFx(scene::getHeight)).isEqualTo(BackpropFxApp.DEFAULT_HEIGHT);
        Label caption = onFx(() -> robot.lookup("#phaseCaption").queryAs(Label.class));
        assertThat(onFx(() -> caption.getFont().getSize())).as("readable on a projector").isGreaterThanOrEqualTo(24);
        assertThat(onFx(() -> caption.localToScene(caption.getBoundsInLocal()).getMaxX())).isLessThan(onFx(scene::getWidth));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void assertShows(FxRobot robot, Snapshot expected) {
        Shown shown = shown(robot);
        assertThat(shown.phase()).isEqualTo(expected.describePhase());
        assertThat(shown.position()).isEqualTo("sample " + (expected.sample() + 1) + " of " + expected.sampleCount()
                + " · epoch " + (expected.epoch() + 1));
        if (expected.hasError()) {
            assertThat(shown.loss()).isEqualTo("P = " + FOUR_DIGITS.format(-expected.loss()));
        } else {
            assertThat(shown.loss()).isEqualTo("P not computed yet");
        }
        int last = expected.layerCount();
        assertThat(shown.output()).isEqualTo(expected.hasForward(last) ? FOUR_DIGITS.format(expected.out(last, 0)) : "");
        assertThat(onFx(() -> Set.copyOf(outputCell(robot, expected.sample()).getTableRow().getPseudoClassStates())))
                .contains(SamplesTable.CURRENT);
    }

    private Shown shown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int sample = onFx(() -> session.getSnapshot().sample());
        return onFx(() -> new Shown(text(robot, "#phaseCaption"), text(robot, "#positionCaption"),
                text(robot, "#lossCaption"), outputCell(robot, sample).getText()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<?, String> outputCell(FxRobot robot, int row) {
        return robot.lookup("#samples .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "outputColumn".equals(c.getTableColumn().getId()))
                .filter(c -> c.getIndex() == row && c.getTableRow() != null && !c.getTableRow().isEmpty())
                .map(c -> (TableCell<?, String>) c)
                .findFirst().orElseThrow(() -> new AssertionError("no output cell for row " + row));
    }

}
