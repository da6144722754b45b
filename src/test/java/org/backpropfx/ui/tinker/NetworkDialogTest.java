package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The network dialog's count of neurons: typed wrong, it is marked as it is typed and changes nothing. */
@ExtendWith(ApplicationExtension.class)
class NetworkDialogTest {
    private LessonSession session;
    private NetworkDialog form;

    @Start
    void start(Stage stage) {
        session = new LessonSession(TestLessons.xor());
        form = new NetworkDialog(session);
        stage.setScene(new Scene(form, 600, 300));
        stage.show();
    }

    private Spinner<?> neurons() { return (Spinner<?>) form.lookup("#neurons1"); }

    private int hiddenNeurons() { return session.getLesson().network().layer(1).outputs(); }

    @Test
    void aCountThatIsNotAWholeNumberOrTooLargeIsMarkedKeptAndChangesNothingAndAGoodOneApplies(FxRobot robot) {
        int before = onFx(this::hiddenNeurons);
        robot.interact(() -> neurons().getEditor().setText("3x"));
        waitUntil("the count is marked, naming the layer",
                () -> form.neuronsDecoration(1).equals("Hidden layer 1, neurons: “3x” is not a whole number."));
        waitUntil("the words stand under the rows too",
                () -> ((Label) form.lookup("#networkMessage")).getText().equals("“3x” is not a whole number."));
        // Enter commits: JavaFX's own spinner would throw here; this one keeps the text and the network.
        robot.interact(() -> neurons().commitValue());
        assertThat(onFx(this::hiddenNeurons)).isEqualTo(before);
        assertThat(onFx(() -> neurons().getEditor().getText())).isEqualTo("3x");

        robot.interact(() -> neurons().getEditor().setText("100000"));
        waitUntil("a count beyond the limit is marked with the range",
                () -> form.neuronsDecoration(1).startsWith("Hidden layer 1, neurons: “100000” is outside the range 1 to "));
        robot.interact(() -> neurons().commitValue());
        assertThat(onFx(this::hiddenNeurons)).as("not silently cut to the limit").isEqualTo(before);

        robot.interact(() -> {
            neurons().getEditor().setText("3");
            neurons().commitValue();
        });
        assertThat(onFx(this::hiddenNeurons)).isEqualTo(3);
        waitUntil("the mark is gone with the good count", () -> form.neuronsDecoration(1).isEmpty());
    }
}
