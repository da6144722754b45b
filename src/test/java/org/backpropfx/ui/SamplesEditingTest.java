package org.backpropfx.ui;

import static org.backpropfx.ui.FxTest.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.TestLessons;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.chart.DecisionMapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SamplesEditingTest {
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
    void aTypedInputChangesTheSampleAndTheNextForwardPassUsesIt(FxRobot robot) {
        robot.doubleClickOn(cell(robot, "input1Column", 1));
        robot.write("0.25").type(KeyCode.ENTER);

        assertThat(data().input(1)).containsExactly(0.25, 1.0);
        assertThat(data().target(1)).containsExactly(0.9);
        assertThat(onFx(() -> session.getSnapshot().sample())).as("the edited sample is the one stepped").isEqualTo(1);
        robot.interact(() -> {
            session.stepForward();
            session.stepForward();
        });
        double engine = lesson.network().predict(new double[] {0.25, 1.0})[0];
        assertThat(onFx(() -> session.getSnapshot().out(2, 0))).isEqualTo(engine);
        assertThat(onFx(() -> cell(robot, "input1Column", 1).getText()))
                .isEqualTo(new SignificantFormat(LessonSession.DEFAULT_DIGITS).format(0.25));

        ctrl(robot, KeyCode.Z);
        assertThat(data()).isEqualTo(lesson.data());
    }

    @Test
    void aTargetCanBeTypedToo(FxRobot robot) {
        robot.doubleClickOn(cell(robot, "target1Column", 3));
        robot.write("0.3").type(KeyCode.ENTER);
        assertThat(data().target(3)).containsExactly(0.3);
        assertThat(data().input(3)).containsExactly(1.0, 1.0);
    }

    @Test
    void aBadValueIsRefusedWithAMessageAndChangesNothing(FxRobot robot) {
        String[][] cases = {{"abc", "Sample 3, input 2 (x₂): “abc” is not a number."}, {"0,5",
                "Sample 3, input 2 (x₂): “0,5”: write decimals with a point, e.g. 0.5."}, {"1e400",
                "Sample 3, input 2 (x₂): “1e400” is outside the range −1000000 to 1000000."},
                {"NaN", "Sample 3, input 2 (x₂): “NaN” is not a number."}};
        TableCell<?, ?> cell = cell(robot, "input2Column", 2);
        robot.doubleClickOn(cell);
        for (String[] bad : cases) {
            robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
            robot.write(bad[0]);
            // Marked as typed, before Enter: the ControlsFX decoration with the same words, the warning style.
            FxTest.waitUntil("the field marked", () -> onFx(() -> ((SampleValueCell) cell).decoration()).equals(bad[1]));
            TextField field = robot.lookup("#sampleValueField").queryAs(TextField.class);
            assertThat(onFx(() -> List.copyOf(field.getStyleClass()))).contains("field-problem");
            robot.type(KeyCode.ENTER);
            assertThat(robot.lookup("#samplesProblem").queryLabeled().getText()).isEqualTo(bad[1]);
            assertThat(onFx(() -> field.getText())).as("the typed text stays to be corrected").isEqualTo(bad[0]);
            assertThat(onFx(() -> cell.isEditing())).isTrue();
            assertThat(robot.lookup("#samplesProblem").queryLabeled().isVisible()).isTrue();
            assertThat(data()).isEqualTo(lesson.data());
            assertThat(onFx(() -> session.history().canUndo())).isFalse();
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("0.75");
        FxTest.waitUntil("the mark gone once the value is good", () -> onFx(() -> ((SampleValueCell) cell).decoration()).isEmpty());
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#samplesProblem").queryLabeled().getText()).isEmpty();
        assertThat(data()).isEqualTo(lesson.data());
    }

    @Test
    void rowsAreAddedAndDeletedAndCtrlZBringsThemBack(FxRobot robot) {
        robot.clickOn(cell(robot, "input1Column", 2));
        robot.clickOn("#addSample");
        robot.write("0.5").type(KeyCode.ENTER);
        assertThat(data().size()).isEqualTo(5);
        assertThat(data().input(4)).as("a copy of the selected sample, with the value typed").containsExactly(0.5, 0.0);
        assertThat(data().target(4)).containsExactly(0.9);

        SamplesTable table = window.samplesPanel().table();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 3);
            table.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        assertThat(data().size()).isEqualTo(3);
        assertThat(data().input(0)).containsExactly(0.0, 1.0);
        assertThat(data().input(1)).containsExactly(1.0, 0.0);
        assertThat(data().input(2)).containsExactly(0.5, 0.0);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(3);

        ctrl(robot, KeyCode.Z);
        assertThat(data().size()).isEqualTo(5);
        ctrl(robot, KeyCode.Z);
        ctrl(robot, KeyCode.Z);
        assertThat(data()).isEqualTo(lesson.data());
    }

    @Test
    void theLastSampleCannotBeDeleted(FxRobot robot) {
        SamplesTable table = window.samplesPanel().table();
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#deleteSamples");
        assertThat(robot.lookup("#samplesProblem").queryLabeled().getText())
                .isEqualTo("A lesson needs at least one sample: keep one, or load a preset instead.");
        assertThat(data()).isEqualTo(lesson.data());
    }

    @Test
    void clickingTheDecisionMapAddsASampleOfTheChosenClassThere(FxRobot robot) {
        DecisionMapView map = robot.lookup("#decisionMap").queryAs(DecisionMapView.class);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D step = onFx(map::gridStep);
        assertThat(step).as("the map is drawn").isNotNull();

        Point2D clicked = clickMap(robot, map, 0.3, 0.6);
        assertThat(data().size()).isEqualTo(5);
        assertThat(data().input(4)[0]).isCloseTo(clicked.getX(), within(step.getX()));
        assertThat(data().input(4)[1]).isCloseTo(clicked.getY(), within(step.getY()));
        assertThat(data().target(4)).as("class 1: the highest target the samples have").containsExactly(0.9);

        robot.clickOn("#mapClassZero");
        assertThat(robot.lookup("#mapClickHint").queryLabeled().getText()).isEqualTo("(target d = 0.1; Ctrl+Z removes it)");
        clicked = clickMap(robot, map, 0.8, 0.15);
        assertThat(data().size()).isEqualTo(6);
        step = onFx(map::gridStep);
        assertThat(data().input(5)[0]).isCloseTo(clicked.getX(), within(step.getX()));
        assertThat(data().input(5)[1]).isCloseTo(clicked.getY(), within(step.getY()));
        assertThat(data().target(5)).containsExactly(0.1);

        ctrl(robot, KeyCode.Z);
        ctrl(robot, KeyCode.Z);
        assertThat(data()).isEqualTo(lesson.data());
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * Clicks the whole screen pixel nearest to where the map draws inputs (x1, x2) — the robot clicks whole
     * pixels — and returns the inputs that pixel stands for, worked out from where the map draws (0, 0)
     * and (1, 1). The pointer goes there first: on its way it hovers over the network, and what the window
     * shows for a hovered element may move the map a few pixels.
     */
    private static Point2D clickMap(FxRobot robot, DecisionMapView map, double x1, double x2) {
        robot.moveTo(onFx(() -> map.localToScreen(map.pointAt(x1, x2))));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D origin = onFx(() -> map.pointAt(0, 0));
        Point2D unit = onFx(() -> map.pointAt(1, 1)).subtract(origin);
        Point2D exact = onFx(() -> map.localToScreen(map.pointAt(x1, x2)));
        Point2D pixel = new Point2D(Math.round(exact.getX()), Math.round(exact.getY()));
        robot.clickOn(pixel);
        Point2D local = onFx(() -> map.screenToLocal(pixel));
        return new Point2D((local.getX() - origin.getX()) / unit.getX(), (local.getY() - origin.getY()) / unit.getY());
    }

    private DataSet data() { return onFx(() -> session.getLesson().data()); }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private static TableCell<?, ?> cell(FxRobot robot, String columnId, int row) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#samples .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getIndex() == row && c.getTableRow() != null && !c.getTableRow().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no " + columnId + " cell in row " + row));
    }

}
