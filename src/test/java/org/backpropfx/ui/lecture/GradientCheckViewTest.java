package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.ui.FxTest;
import org.backpropfx.ui.MainWindow;
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
        session = new LessonSession(lesson);
        window = new MainWindow(session);
        FxTest.show(stage, window);
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
    void theMitNotationNegatesWeightGradientsButNotThoseOfW0AndRefreshFollowsTraining(FxRobot robot) {
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

        robot.interact(() -> session.stepForward());
        robot.clickOn("#gradientCheckRefresh");
        List<GradientCheck.Entry> next = GradientCheck.check(trainer.network(), lesson.settings().loss(),
                lesson.data().input(1), lesson.data().target(1), GradientCheck.DEFAULT_STEP);
        assertTable(robot, next, 2);
        assertThat(on(() -> robot.lookup("#gradientCheckHeading").queryAs(Label.class).getText()))
                .startsWith("Sample 2 of 4");
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
        assertThat(cell(table, 2, 0)).isEqualTo(notationCase == 2 ? "w₀" : "b");
        assertThat(cell(table, 0, 0)).isEqualTo("w₁₁");
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
