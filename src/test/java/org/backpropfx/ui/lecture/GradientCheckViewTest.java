package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.util.List;

import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.GradientCheckRows;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GradientCheckViewTest {
    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    @Test
    void everyWeightAndBiasShowsTheEnginesTwoGradientsAndTheirRelativeError(FxRobot robot) {
        robot.interact(() -> {
            session.setNotation(Notation.GRADIENT);
            window.lecture().openGradientCheck();
        });
        List<GradientCheck.Entry> expected = GradientCheck.check(lesson.network(), lesson.settings().loss(),
                lesson.data().input(0), lesson.data().target(0), GradientCheck.DEFAULT_STEP);
        assertTable(robot, expected, 1);
    }

    @Test
    void theMitNotationNegatesWeightGradientsButNotThoseOfW0AndTheCheckFollowsTraining(FxRobot robot) {
        robot.interact(() -> {
            session.setDigits(6);
            session.finishSample();
            window.lecture().openGradientCheck();
        });
        // After the update the new weights are in force, still on sample 1.
        Trainer trainer = lesson.newTrainer();
        trainer.trainSample();
        List<GradientCheck.Entry> expected = GradientCheck.check(trainer.network(), lesson.settings().loss(),
                lesson.data().input(0), lesson.data().target(0), GradientCheck.DEFAULT_STEP);
        assertTable(robot, expected, 2);

        // No refresh asked for: the next step is checked by itself.
        robot.interact(() -> session.stepForward());
        List<GradientCheck.Entry> next = GradientCheck.check(trainer.network(), lesson.settings().loss(),
                lesson.data().input(1), lesson.data().target(1), GradientCheck.DEFAULT_STEP);
        assertTable(robot, next, 2);
        assertThat(on(() -> robot.lookup("#gradientCheckHeading").queryAs(Label.class).getText()))
                .startsWith("Sample 2 of 4");
    }

    @Test
    void afterEveryStepTheRowsAreTheCheckOfTheEnginesStateWithUniqueNames(FxRobot robot) {
        robot.interact(() -> window.lecture().openGradientCheck());
        GradientCheckView view = on(() -> window.lecture().gradientCheckView());
        // An engine of its own, one sample behind or level with the session's, gives the network in force.
        Trainer engine = lesson.newTrainer();
        int samplesTrained = 0;
        for (int step = 0; step < 14; step++) {
            Snapshot s = on(() -> {
                session.stepForward();
                return session.getSnapshot();
            });
            int due = s.sample() + (s.hasUpdate() ? 1 : 0) + 4 * (int) s.epoch();
            while (samplesTrained < due) {
                engine.trainSample();
                samplesTrained++;
            }
            List<GradientCheck.Entry> expected = GradientCheck.check(engine.network(), lesson.settings().loss(),
                    lesson.data().input(s.sample()), lesson.data().target(s.sample()), GradientCheck.DEFAULT_STEP);
            GradientCheckRows rows = on(view::rows);
            assertThat(rows.rows()).extracting(GradientCheckRows.Row::entry).containsExactlyElementsOf(expected);
            assertThat(on(() -> robot.lookup("#gradientCheckHeading").queryAs(Label.class).getText()))
                    .startsWith("Sample " + (s.sample() + 1) + " of 4, epoch " + (s.epoch() + 1) + ", at \u201c"
                            + s.describePhase() + "\u201d");
        }
        assertThat(samplesTrained).isGreaterThan(1);
        for (Notation notation : Notation.values()) {
            robot.interact(() -> session.setNotation(notation));
            List<String> names = on(() -> view.rows().rows().stream().map(GradientCheckRows.Row::parameter).toList());
            assertThat(names).doesNotHaveDuplicates().hasSize(9);
            assertThat(names).contains(notation == Notation.MIT ? "w₁₀ of layer 1" : "b₁ of layer 1",
                    notation == Notation.MIT ? "w₂₀ of layer 1" : "b₂ of layer 1",
                    notation == Notation.MIT ? "w₁₀ of layer 2" : "b₁ of layer 2", "w₁₂ of layer 2");
        }
    }

    @Test
    void escapeAndCtrlWCloseTheWindow(FxRobot robot) {
        for (KeyEvent key : List.of(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_PRESSED, "w", "w", KeyCode.W, false, true, false, false),
                new KeyEvent(KeyEvent.KEY_PRESSED, "w", "w", KeyCode.W, false, false, false, true))) {
            robot.interact(() -> window.lecture().openGradientCheck());
            GradientCheckView view = on(() -> window.lecture().gradientCheckView());
            boolean isMac = on(() -> KeyCombination.keyCombination("Shortcut+W").match(
                    new KeyEvent(KeyEvent.KEY_PRESSED, "w", "w", KeyCode.W, false, false, false, true)));
            if (key.isMetaDown() != isMac && key.getCode() == KeyCode.W) continue;
            assertThat(on(() -> view.getScene().getWindow().isShowing())).isTrue();
            robot.interact(() -> Event.fireEvent(view.table(), key.copyFor(view.table(), view.table())));
            assertThat(on(() -> view.getScene().getWindow().isShowing())).as(key.toString()).isFalse();
        }
    }

    /** MIT sign: 1 in the gradient notation; 2 for the MIT one (weights −, w₀ as is). */
    private void assertTable(FxRobot robot, List<GradientCheck.Entry> expected, int notationCase) {
        GradientCheckView view = on(() -> window.lecture().gradientCheckView());
        SignificantFormat format = new SignificantFormat(on(() -> session.getDigits()));
        TableView<GradientCheckRows.Row> table = view.table();
        assertThat(on(() -> table.getItems().size())).isEqualTo(expected.size()).isEqualTo(9);
        for (int k = 0; k < expected.size(); k++) {
            GradientCheck.Entry e = expected.get(k);
            double sign = notationCase == 2 && !e.isBias() ? -1 : 1;
            int row = k;
            assertThat(cell(table, row, 3)).isEqualTo(format.format(sign * e.backprop()));
            assertThat(cell(table, row, 4)).isEqualTo(format.format(sign * e.numerical()));
            assertThat(cell(table, row, 5)).isEqualTo(format.format(e.relativeError()));
            assertThat(e.relativeError()).isLessThan(GradientCheckView.AGREEMENT);
        }
        assertThat(cell(table, 2, 0)).isEqualTo(notationCase == 2 ? "w₁₀ of layer 1" : "b₁ of layer 1");
        assertThat(cell(table, 0, 0)).isEqualTo("w₁₁ of layer 1");
        assertThat(cell(table, 0, 1)).isEqualTo("hidden neuron 1 of layer 1");
        assertThat(cell(table, 1, 2)).isEqualTo("input 2");
        assertThat(on(() -> robot.lookup("#gradientCheckSummary").queryAs(Label.class).getText()))
                .contains(format.format(GradientCheck.maxRelativeError(expected)))
                .contains("agrees");
    }

    @SuppressWarnings("unchecked")
    private static String cell(TableView<GradientCheckRows.Row> table, int row, int column) {
        return on(() -> ((TableColumn<GradientCheckRows.Row, String>) table.getColumns().get(column))
                .getCellData(row));
    }
}
