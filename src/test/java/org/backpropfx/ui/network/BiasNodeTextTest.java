package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.drawn;
import static org.backpropfx.ui.FxTest.onFx;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The "−1" squares of the MIT notation keep their "−1" when the text is zoomed in a small network view
 * (150 % in a 1280×720 window leaves the view about 790 × 190 px): the square is then smaller than the
 * notes' text, and the "−1" is written smaller instead of being left out.
 */
@ExtendWith(ApplicationExtension.class)
class BiasNodeTextTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1000, 400));
        stage.show();
    }

    @Test
    void aSquareSmallerThanTheTextStillSaysMinusOne(FxRobot robot) {
        NetworkView[] made = new NetworkView[1];
        robot.interact(() -> {
            LessonSession session = new LessonSession(LessonFiles.loadShipped("xor"));
            session.setNotation(Notation.MIT);
            NetworkView view = new NetworkView(session);
            view.fontScaleProperty().set(1.5);
            view.setMinSize(790, 190);
            view.setMaxSize(790, 190);
            root.getChildren().setAll(view);
            made[0] = view;
        });
        NetworkView view = drawn(made[0]);
        NetworkLayout layout = onFx(() -> view.picture().layout());
        assertThat(layout.biasNodes).isTrue();
        assertThat(2 * layout.biasHalf).as("the square is smaller than the notes' text would need")
                .isLessThan(layout.smallFont * 1.6);

        int written = onFx(() -> {
            Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
            WritableImage image = canvas.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            // No stylesheet in this scene: the view has its default colours.
            Color fill = NetworkPalette.NEURON_FILL;
            // Inside the square's stroke: only its fill and, if written, the "−1".
            double inset = 2;
            int x0 = (int) Math.ceil(layout.columnX[0] - layout.biasHalf + inset);
            int x1 = (int) Math.floor(layout.columnX[0] + layout.biasHalf - inset);
            int y0 = (int) Math.ceil(layout.biasY[0] - layout.biasHalf + inset);
            int y1 = (int) Math.floor(layout.biasY[0] + layout.biasHalf - inset);
            int count = 0;
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    Color c = pixels.getColor(x, y);
                    double d = Math.abs(c.getRed() - fill.getRed()) + Math.abs(c.getGreen() - fill.getGreen())
                            + Math.abs(c.getBlue() - fill.getBlue());
                    if (d > 0.6) count++;
                }
            }
            return count;
        });
        assertThat(written).as("pixels written over the fill inside the input layer's −1 square").isGreaterThan(8);
    }
}
