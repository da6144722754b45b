package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.network.NetworkKeys;
import org.backpropfx.ui.network.NetworkView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window with no mouse: Tab, arrows, Enter, F2, L, typing and Space, and what a screen reader is told. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {
    private final Lesson lesson = TestLessons.xor();
    private final SignificantFormat four = new SignificantFormat(LessonSession.DEFAULT_DIGITS);
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    private Node focused() { return onFx(() -> window.getScene().getFocusOwner()); }

    private String focusedId() {
        Node f = focused();
        return f == null ? null : f.getId();
    }

    private NetworkElement selection() { return onFx(() -> session.selectionProperty().get()); }

    private int phase() { return onFx(() -> session.getSnapshot().phaseIndex()); }

    /** What a screen reader reads for the node: its TEXT attribute. */
    private static String spoken(Node node) { return onFx(() -> (String) node.queryAccessibleAttribute(AccessibleAttribute.TEXT)); }

    /** Tabs (forwards or backwards) until the focus is on {@code id}; the ids passed on the way. */
    private List<String> tabTo(FxRobot robot, String id, boolean backwards) {
        List<String> reached = new ArrayList<>();
        for (int k = 0; k < 60 && !id.equals(focusedId()); k++) {
            if (backwards) robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            else robot.type(KeyCode.TAB);
            if (focusedId() != null) reached.add(focusedId());
        }
        assertThat(focusedId()).as("Tab reaches %s", id).isEqualTo(id);
        return reached;
    }

    @Test
    void withoutAMouseTabReachesTheNetworkArrowsChooseAWeightEnterEditsItAndSpaceOnStepSteps(FxRobot robot) {
        robot.interact(() -> window.requestFocus());
        List<String> reached = tabTo(robot, "networkView", false);
        assertThat(reached).as("on the way every enabled stepping button and the toolbar's other controls").contains(
                "stepForward", "finishSample", "runEpoch", "playPause", "speed", "reset", "notation",
                "digits", "presenterToggle");
        NetworkView view = (NetworkView) focused();
        assertThat(onFx(() -> view.getPseudoClassStates().toString())).as("the view shows it has the focus").contains("focused");

        robot.type(KeyCode.DOWN);       // nothing selected: the first input
        assertThat(selection()).isEqualTo(new NetworkElement.Neuron(0, 0));
        assertThat(spoken(view)).isEqualTo("input 1, " + four.format(lesson.data().input(0)[0]));
        robot.type(KeyCode.RIGHT);      // its first outgoing weight
        assertThat(selection()).isEqualTo(new NetworkElement.Weight(1, 0, 0));
        robot.type(KeyCode.DOWN);       // the next weight into the same neuron: from input 2
        assertThat(selection()).isEqualTo(new NetworkElement.Weight(1, 0, 1));
        assertThat(phase()).as("arrows on the network do not step").isEqualTo(-1);
        assertThat(spoken(view)).isEqualTo("weight from input 2 to hidden neuron 1, "
                + four.format(lesson.network().layer(1).weight(0, 1)));

        // Enter opens the editor with the old value selected; typing replaces it.
        robot.type(KeyCode.ENTER);
        waitUntil("the weight editor opens", () -> window.tinkering().network().isEditorShowing());
        TextField field = window.tinkering().network().editor().field();
        waitUntil("the editor's field has the focus", field::isFocused);
        assertThat(onFx(field::getSelectedText)).as("the old value is selected, typing replaces it").isEqualTo(onFx(field::getText));
        robot.write("0.5").type(KeyCode.ENTER);
        assertThat(onFx(() -> session.currentLesson().network().layer(1).weight(0, 1))).isEqualTo(0.5);
        waitUntil("the editor closes", () -> !window.tinkering().network().isEditorShowing());
        assertThat(focused()).as("the focus is back on the network").isSameAs(view);
        assertThat(spoken(view)).isEqualTo("weight from input 2 to hidden neuron 1, " + four.format(0.5));

        // L locks the selected weight, and the screen reader hears it.
        robot.type(KeyCode.L);
        assertThat(onFx(() -> session.getSnapshot().isWeightLocked(1, 0, 1))).isTrue();
        assertThat(spoken(view)).isEqualTo("weight from input 2 to hidden neuron 1, " + four.format(0.5) + ", locked");
        robot.type(KeyCode.L);
        assertThat(onFx(() -> session.getSnapshot().isWeightLocked(1, 0, 1))).isFalse();

        // Up from the first weight into a neuron wraps to its bias weight w0; F2 edits that.
        robot.type(KeyCode.UP, KeyCode.UP);
        assertThat(selection()).isEqualTo(new NetworkElement.Weight(1, 0, 1));
        robot.type(KeyCode.DOWN);
        assertThat(selection()).isEqualTo(new NetworkElement.Bias(1, 0));
        assertThat(spoken(view)).startsWith("bias weight w0 of hidden neuron 1, ");
        robot.type(KeyCode.F2);
        waitUntil("F2 opens the editor", () -> window.tinkering().network().isEditorShowing());
        robot.type(KeyCode.ESCAPE);
        waitUntil("Escape closes it", () -> !window.tinkering().network().isEditorShowing());

        // Typing a number on the network starts the editor with it, as a spreadsheet cell does.
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);   // bias → its neuron → the first weight out of it
        assertThat(selection()).isEqualTo(new NetworkElement.Weight(2, 0, 0));
        robot.write("-0.25");
        waitUntil("typing opens the editor", () -> window.tinkering().network().isEditorShowing());
        robot.type(KeyCode.ENTER);
        assertThat(onFx(() -> session.currentLesson().network().layer(2).weight(0, 0))).isEqualTo(-0.25);
        assertThat(phase()).as("nothing stepped while editing").isEqualTo(-1);

        // Back to the Step button with Shift+Tab, and Space presses it, once per press.
        tabTo(robot, "stepForward", true);
        robot.type(KeyCode.SPACE);
        assertThat(phase()).as("one press, one step").isEqualTo(0);
        robot.type(KeyCode.SPACE);
        assertThat(phase()).isEqualTo(1);
        // Right still steps with the focus on a button: a presenter's arrows work wherever the focus is.
        robot.type(KeyCode.RIGHT);
        assertThat(phase()).isEqualTo(2);
        assertThat(onFx(() -> session.getSnapshot().weightBefore(1, 0, 1))).as("stepped with the edited weight").isEqualTo(0.5);
    }

    @Test
    void arrowsInTheMenuBarMoveBetweenMenusAndDoNotStep(FxRobot robot) {
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        Menu file = onFx(() -> window.menus().menu(AppMenus.FILE));
        waitUntil("Alt+F opens the File menu", file::isShowing);
        robot.type(KeyCode.RIGHT);
        Menu edit = onFx(() -> window.menus().menu(AppMenus.EDIT));
        waitUntil("Right goes to the Edit menu", edit::isShowing);
        robot.type(KeyCode.LEFT);
        waitUntil("Left goes back to File", file::isShowing);
        assertThat(phase()).as("arrows in the menus do not step").isEqualTo(-1);
        robot.type(KeyCode.ESCAPE);
        waitUntil("Escape closes the menu", () -> !file.isShowing());
    }

    @Test
    void f10ThenArrowsWalkTheMenuBarWithoutSteppingAndEscapeGivesTheArrowsBack(FxRobot robot) {
        robot.interact(() -> window.requestFocus());
        robot.type(KeyCode.F10);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertThat(phase()).as("Right along the menu bar after F10 does not step").isEqualTo(-1);
        robot.type(KeyCode.LEFT);
        assertThat(phase()).as("nor does Left").isEqualTo(-1);
        robot.type(KeyCode.DOWN);
        Menu edit = onFx(() -> window.menus().menu(AppMenus.EDIT));
        waitUntil("Down opens the menu the arrows reached", edit::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil("Escape closes it", () -> !edit.isShowing());
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.RIGHT);
        assertThat(phase()).as("out of the menu bar, Right steps again").isEqualTo(0);
    }

    @Test
    void everyToolbarControlNeuronWeightAndBiasHasAnAccessibleText(FxRobot robot) {
        ToolBar toolbar = robot.lookup(".step-toolbar").queryAs(ToolBar.class);
        List<Node> controls = onFx(() -> new ArrayList<>(toolbar.getItems()));
        int buttons = 0;
        for (Node n : controls) {
            if (!(n instanceof Control) || n instanceof Separator || n instanceof Label) continue;
            assertThat(spoken(n)).as("accessible text of %s", n.getId()).isNotBlank();
            assertThat(onFx(n::isFocusTraversable)).as("Tab reaches %s", n.getId()).isTrue();
            if (n instanceof ButtonBase) buttons++;
        }
        assertThat(buttons).as("the stepping buttons and the presenter toggle").isGreaterThanOrEqualTo(7);

        // Select every neuron, weight and bias in turn and read what the focused view tells a screen reader.
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        Snapshot s = onFx(() -> session.getSnapshot());
        List<NetworkElement> elements = new ArrayList<>();
        for (int l = 0; l <= s.layerCount(); l++) {
            for (int j = 0; j < s.size(l); j++) {
                elements.add(new NetworkElement.Neuron(l, j));
                if (l == 0) continue;
                elements.add(new NetworkElement.Bias(l, j));
                for (int i = 0; i < s.size(l - 1); i++) elements.add(new NetworkElement.Weight(l, j, i));
            }
        }
        for (NetworkElement e : elements) {
            robot.interact(() -> session.selectionProperty().set(e));
            String text = spoken(view);
            assertThat(text).as("spoken for %s", e).isNotBlank().doesNotContain("null");
            if (e instanceof NetworkElement.Weight) assertThat(text).startsWith("weight from ");
            if (e instanceof NetworkElement.Bias) assertThat(text).startsWith("bias weight w0 of ");
        }
        robot.interact(() -> session.selectionProperty().set(new NetworkElement.Weight(1, 1, 0)));
        assertThat(spoken(view)).isEqualTo("weight from input 1 to hidden neuron 2, "
                + four.format(lesson.network().layer(1).weight(1, 0)));
        robot.interact(() -> session.selectionProperty().set(new NetworkElement.Weight(2, 0, 1)));
        assertThat(spoken(view)).isEqualTo("weight from hidden neuron 2 to output neuron 1, "
                + four.format(lesson.network().layer(2).weight(0, 1)));
        robot.interact(() -> session.selectionProperty().set(new NetworkElement.Neuron(2, 0)));
        assertThat(spoken(view)).isEqualTo("output neuron 1, not computed yet");
        assertThat(NetworkKeys.describe(new NetworkElement.Neuron(1, 1), s, session.getNotation(), 4))
                .isEqualTo("hidden neuron 2, not computed yet");
    }
}
