package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long message in the phase bar wraps inside a 1280×720 window instead of widening it off the screen. */
@ExtendWith(ApplicationExtension.class)
class LongMessageFitsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // Issue 11's lesson: its first update would pass the limit, so the long pause message shows at once.
        Lesson lesson = LessonFiles.parse("{\"format\":\"backpropfx-lesson\",\"version\":1,\"title\":\"Too fast\","
                + "\"training\":{\"learningRate\":100},\"network\":{\"inputs\":1,\"layers\":[{\"neurons\":1,"
                + "\"activation\":\"identity\",\"weights\":[[0.5]],\"biases\":[0]}]},"
                + "\"samples\":[{\"input\":[1000000],\"target\":[0]}]}");
        window = MainWindowFixture.show(stage, lesson).window();
    }

    @Test
    void theMessageWrapsAndEveryPanelStaysInsideTheWindow(FxRobot robot) {
        Label status = (Label) robot.lookup("#statusMessage").query();
        assertThat(onFx(status::getText)).startsWith("Training paused:");
        FxTest.waitUntil("laid out", () -> window.getWidth() > 0);
        assertThat(onFx(window::getWidth)).isLessThanOrEqualTo(1280.0);
        Bounds message = onFx(() -> status.localToScene(status.getBoundsInLocal()));
        assertThat(message.getMaxX()).as("the message's right edge").isLessThanOrEqualTo(1280.0);
        // Wrapped onto as many lines as it needs, not cut short with an ellipsis.
        Text shown = (Text) onFx(() -> status.lookup(".text"));
        assertThat(onFx(shown::getText).replace("\n", " ").replaceAll("\\s+", " "))
                .as("the text the label shows").isEqualTo(onFx(status::getText).replaceAll("\\s+", " "));
        Node strip = robot.lookup(".explanation-strip").query();
        double stripTop = onFx(() -> strip.localToScene(strip.getBoundsInLocal()).getMinY());
        double textBottom = onFx(() -> shown.localToScene(shown.getBoundsInLocal()).getMaxY());
        assertThat(textBottom).as("the message's last line ends above the explanation strip").isLessThanOrEqualTo(stripTop + 0.5);
        assertThat(onFx(() -> shown.getBoundsInLocal().getHeight())).as("on more than one line")
                .isGreaterThan(1.5 * onFx(() -> status.getFont().getSize()));
        for (String id : new String[] {"#statusMessage", ".formula-panel", ".step-toolbar"}) {
            Node node = robot.lookup(id).query();
            Bounds bounds = onFx(() -> node.localToScene(node.getBoundsInLocal()));
            assertThat(bounds.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(1280.5);
        }
    }
}
