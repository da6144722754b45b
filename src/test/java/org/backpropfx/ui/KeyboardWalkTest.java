package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {
    private final Lesson lesson = TestLessons.xor();
    private final SignificantFormat four = new SignificantFormat(LessonSession.DEFAULT_DIGITS);
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = new LessonSession(lesson);
        window = new MainWindow(session);
        BackpropFxApp.show(stage, window);
    }

    private Node focused() { return onFx(() -> window.getScene().getFocusOwner()); }

    @Test
    void withoutAMouseTabReachesTheNetworkArrowsChooseAWeightEnterEditsItAndSpaceOnStepSteps(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.requestFocus());
        List<String> reached = new ArrayList<>();
        for (int k = 0; k < 40 && !(focused() instanceof NetworkView); k++) {
            robot.type(KeyCode.TAB);
            Node f = focused();
            if (f != null && f.getId() != null) reached.add(f.getId());
        }
        assertThat(focused()).as("Tab reaches the network view").isInstanceOf(NetworkView.class);
        assertThat(reached).as("and on the way every stepping button").contains("stepForward", "finishSample",
                "runEpoch", "playPause", "reset");

        robot.type(KeyCode.DOWN);       // nothing selected: the first input
        robot.type(KeyCode.RIGHT);      // its first outgoing weight
        robot.type(KeyCode.DOWN);       // the next weight into the same neuron: from input 2
        assertThat(onFx(() -> session.selectionProperty().get())).isEqualTo(new NetworkElement.Weight(1, 0, 1));
        assertThat(onFx(() -> session.getSnapshot().phaseIndex())).as("arrows on the network do not step").isEqualTo(-1);
        NetworkView view = (NetworkView) focused();
        assertThat(onFx(view::getAccessibleText)).isEqualTo("weight from input 2 to hidden neuron 1, "
                + four.format(lesson.network().layer(1).weight(0, 1)));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.tinkering().network().isEditorShowing()));
        TextField field = window.tinkering().network().editor().field();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(field::isFocused));
        assertThat(onFx(field::getSelectedText)).as("the old value is selected, typing replaces it").isEqualTo(onFx(field::getText));
        robot.write("0.5").type(KeyCode.ENTER);
        assertThat(onFx(() -> session.currentLesson().network().layer(1).weight(0, 1))).isEqualTo(0.5);

        // Back to the Step button with Shift+Tab, and Space presses it.
        robot.interact(view::requestFocus);
        for (int k = 0; k < 40 && !"stepForward".equals(focused().getId()); k++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        }
        assertThat(focused().getId()).isEqualTo("stepForward");
        robot.type(KeyCode.SPACE);
        assertThat(onFx(() -> session.getSnapshot().phaseIndex())).as("one press, one step").isEqualTo(0);
        robot.type(KeyCode.SPACE);
        assertThat(onFx(() -> session.getSnapshot().phaseIndex())).isEqualTo(1);
    }

    @Test
    void everyToolbarControlNeuronWeightAndBiasHasAnAccessibleText(FxRobot robot) {
        ToolBar toolbar = robot.lookup(".step-toolbar").queryAs(ToolBar.class);
        List<Node> controls = onFx(() -> new ArrayList<>(toolbar.getItems()));
        int buttons = 0;
        for (Node n : controls) {
            if (!(n instanceof Control c) || n instanceof javafx.scene.control.Separator
                    || n instanceof javafx.scene.control.Label) continue;
            String text = onFx(c::getAccessibleText);
            assertThat(text).as("accessible text of %s", n.getId()).isNotBlank();
            if (n instanceof Button) buttons++;
        }
        assertThat(buttons).isGreaterThanOrEqualTo(6);

        Snapshot s = onFx(() -> session.getSnapshot());
        for (int l = 0; l <= s.layerCount(); l++) {
            for (int j = 0; j < s.size(l); j++) {
                assertThat(NetworkKeys.describe(new NetworkElement.Neuron(l, j), s, session.getNotation(), 4)).isNotBlank();
                if (l == 0) continue;
                assertThat(NetworkKeys.describe(new NetworkElement.Bias(l, j), s, session.getNotation(), 4))
                        .startsWith("bias weight w0 of ");
                for (int i = 0; i < s.size(l - 1); i++) {
                    assertThat(NetworkKeys.describe(new NetworkElement.Weight(l, j, i), s, session.getNotation(), 4))
                            .startsWith("weight from ");
                }
            }
        }
        assertThat(NetworkKeys.describe(new NetworkElement.Weight(1, 1, 0), s, session.getNotation(), 4))
                .isEqualTo("weight from input 1 to hidden neuron 2, " + four.format(lesson.network().layer(1).weight(1, 0)));
        assertThat(NetworkKeys.describe(new NetworkElement.Weight(2, 0, 1), s, session.getNotation(), 4))
                .startsWith("weight from hidden neuron 2 to output neuron 1, ");
    }
}
