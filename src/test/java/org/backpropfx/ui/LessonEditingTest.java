package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.backpropfx.engine.Network;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.network.NetworkView;
import org.backpropfx.ui.tinker.NetworkDialog;
import org.backpropfx.ui.tinker.ValueEditor;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LessonEditingTest {
    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    private NetworkView view(FxRobot robot) { return robot.lookup("#networkView").queryAs(NetworkView.class); }

    private Point2D onScreen(FxRobot robot, Callable<Point2D> local) {
        NetworkView view = FxTest.drawn(view(robot));
        return onFx(() -> view.localToScreen(local.call()));
    }

    private Network currentNetwork() { return onFx(() -> session.currentLesson().network()); }

    @Test
    void typingAWeightShowsTheOutputTheEngineComputesAndCtrlZPutsItBack(FxRobot robot) {
        Point2D edge = onScreen(robot, () -> view(robot).edgeClickPoint(2, 0, 1));
        robot.doubleClickOn(edge);
        FxTest.waitUntil("the weight editor pops over the network", () -> window.tinkering().network().isEditorShowing());
        TextField field = window.tinkering().network().editor().field();
        assertThat(field.getText()).isEqualTo("−0.45");
        robot.write("0.5").type(KeyCode.ENTER);

        Network expected = lesson.network();
        expected.layer(2).setWeight(0, 1, 0.5);
        assertThat(currentNetwork()).isEqualTo(expected);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        Snapshot s = onFx(() -> session.getSnapshot());
        double engine = expected.predict(lesson.data().input(0))[0];
        assertThat(s.out(2, 0)).isEqualTo(engine);
        assertThat(onFx(() -> view(robot).neuronLabel(2, 0)))
                .isEqualTo(new SignificantFormat(LessonSession.DEFAULT_DIGITS).format(engine));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(currentNetwork()).isEqualTo(lesson.network());
        assertThat(onFx(() -> session.getSnapshot().phaseIndex())).as("back where the edit was made").isEqualTo(-1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(currentNetwork()).isEqualTo(expected);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(currentNetwork()).isEqualTo(expected);
    }

    @Test
    void everyBadValueIsRefusedWithAMessageAndTheModelStaysAsItWas(FxRobot robot) {
        robot.doubleClickOn(onScreen(robot, () -> view(robot).neuronCentre(1, 0)));
        FxTest.waitUntil("the weight editor pops over the network", () -> window.tinkering().network().isEditorShowing());
        ValueEditor editor = window.tinkering().network().editor();
        assertThat(editor.element()).isEqualTo(new NetworkElement.Bias(1, 0));
        assertThat(onFx(() -> editor.getScene().getWindow())).as("the editor pops over the network")
                .isInstanceOf(PopOver.class);
        String[][] cases = {
                {"abc", "“abc” is not a number."},
                {"", "Type a number."},
                {"NaN", "“NaN” is not a number."},
                {"Infinity", "The value must be finite, not infinite."},
                {"1e400", "“1e400” is outside the range −1000000 to 1000000."},
                {"2000000", "“2000000” is outside the range −1000000 to 1000000."}};
        for (String[] bad : cases) {
            robot.interact(() -> editor.field().setText(bad[0]));
            robot.type(KeyCode.ENTER);
            assertThat(editor.problem()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(onFx(() -> editor.lookup("#valueMessage").isVisible())).isTrue();
            // The field is marked too, with the message naming the weight (ControlsFX validation).
            String named = onFx(() -> Edits.nameOf(editor.element(), session.getNotation())) + ": " + bad[1];
            FxTest.waitUntil("the field is marked: " + named, () -> editor.decoration().equals(named));
            assertThat(currentNetwork()).as(bad[0]).isEqualTo(lesson.network());
            assertThat(onFx(() -> session.history().canUndo())).isFalse();
        }
        // In the MIT notation the field holds w₀ = −b: typing 0.25 makes the engine's bias −0.25.
        robot.interact(() -> editor.field().setText("0.25"));
        robot.type(KeyCode.ENTER);
        assertThat(editor.problem()).isEmpty();
        assertThat(currentNetwork().layer(1).bias(0)).isEqualTo(-0.25);
        robot.type(KeyCode.ESCAPE);
        assertThat(onFx(() -> window.tinkering().network().isEditorShowing())).isFalse();
    }

    @Test
    void theLKeyLocksTheSelectedWeightAndTrainingLeavesItAlone(FxRobot robot) {
        robot.clickOn(onScreen(robot, () -> view(robot).edgeClickPoint(1, 1, 0)));
        assertThat(onFx(() -> session.selectionProperty().get())).isEqualTo(new NetworkElement.Weight(1, 1, 0));
        robot.type(KeyCode.L);
        assertThat(onFx(() -> session.getSnapshot().isWeightLocked(1, 1, 0))).isTrue();
        for (int k = 0; k < 3; k++) robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Network trained = currentNetwork();
        assertThat(trained.layer(1).weight(1, 0)).isEqualTo(lesson.network().layer(1).weight(1, 0));
        assertThat(trained.layer(1).weight(0, 0)).isNotEqualTo(lesson.network().layer(1).weight(0, 0));
        robot.type(KeyCode.L);
        assertThat(onFx(() -> session.getSnapshot().isWeightLocked(1, 1, 0))).isFalse();
    }

    @Test
    void scrollingOnTheSelectedWeightNudgesItAndUpdatesTheOutput(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        Point2D edge = onScreen(robot, () -> view(robot).edgeClickPoint(2, 0, 0));
        robot.clickOn(edge);
        robot.scroll(2, VerticalDirection.UP);
        double w = currentNetwork().layer(2).weight(0, 0);
        assertThat(w).isNotEqualTo(0.40);
        assertThat(Math.abs(w - 0.40)).isCloseTo(0.2, Offset.offset(1e-12));
        Snapshot s = onFx(() -> session.getSnapshot());
        assertThat(s.out(2, 0)).isEqualTo(currentNetwork().predict(s.input())[0]);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(currentNetwork().layer(2).weight(0, 0)).as("both nudges undone at once").isEqualTo(0.40);
    }

    @Test
    void aHiddenLayerAddedInTheNetworkDialogTrains(FxRobot robot) {
        var dialog = new AtomicReference<Dialog<ButtonType>>();
        robot.interact(() -> dialog.set(new NetworkDialog(session).show(window.getScene().getWindow())));
        robot.clickOn("#addLayer");
        assertThat(onFx(() -> session.getSnapshot().layerCount())).isEqualTo(3);
        assertThat(robot.lookup("#neurons2").tryQuery()).isPresent();
        // The dialog grows with the new row: its Close button stays in the window.
        FxTest.waitUntil("Close in the dialog's window", () -> onFx(() -> {
            Node close = dialog.get().getDialogPane().lookupButton(ButtonType.CLOSE);
            return close.localToScene(close.getLayoutBounds()).getMaxY() <= close.getScene().getHeight();
        }));
        robot.interact(() -> session.runEpoch());
        Snapshot s = onFx(() -> session.getSnapshot());
        assertThat(s.sample()).isEqualTo(3);
        assertThat(s.out(3, 0)).isEqualTo(currentNetworkBeforeSample3Output(s));
        robot.clickOn("#removeLayer2");
        assertThat(onFx(() -> session.getSnapshot().layerCount())).isEqualTo(2);
        robot.interact(() -> {
            dialog.get().setResult(ButtonType.CLOSE);
            dialog.get().close();
        });
    }

    private double currentNetworkBeforeSample3Output(Snapshot s) {
        return currentNetwork().predict(s.input())[0];
    }

    @Test
    void theEditMenuNamesTheEditToUndo(FxRobot robot) {
        robot.interact(() -> session.apply(Edits.setWeight(1, 0, 0, 2.0)));
        MenuItem undo = onFx(() -> window.menus().menu(AppMenus.EDIT).getItems().stream()
                .filter(i -> "menuUndo".equals(i.getId())).findFirst().orElseThrow());
        assertThat(undo.getText()).isEqualTo("Undo Set w(1: 1←1) to 2");
        assertThat(undo.isDisable()).isFalse();
        robot.interact(undo::fire);
        assertThat(undo.getText()).isEqualTo("Undo");
        assertThat(undo.isDisable()).isTrue();
    }

}
