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

import org.assertj.core.data.Offset;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a small network view still writes when its circles and squares are smaller than the text: zoomed
 * text, or a view a lecture script's line leaves little height. A "−1" square says −1 in a smaller font,
 * and every value of the active layer is on screen — inside its circle, smaller, if nowhere else — rather
 * than left out.
 */
@ExtendWith(ApplicationExtension.class)
class SmallNetworkViewTextTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1000, 400));
        stage.show();
    }

    /** The session's network alone in the stage at this size and text scale, in the MIT notation, once drawn. */
    private NetworkView show(FxRobot robot, LessonSession session, double width, double height, double fontScale) {
        NetworkView[] made = new NetworkView[1];
        robot.interact(() -> {
            session.setNotation(Notation.MIT);
            NetworkView view = new NetworkView(session);
            view.fontScaleProperty().set(fontScale);
            view.setMinSize(width, height);
            view.setMaxSize(width, height);
            root.getChildren().setAll(view);
            made[0] = view;
        });
        return drawn(made[0]);
    }

    @Test
    void aSquareSmallerThanTheTextStillSaysMinusOne(FxRobot robot) {
        // 150 % in a 1280×720 window leaves the view about 790 × 190 px.
        LessonSession session = new LessonSession(LessonFiles.loadShipped("xor"));
        NetworkView view = show(robot, session, 790, 190, 1.5);
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

    @Test
    void everyValueOfTheActiveLayerIsWrittenSomewhere(FxRobot robot) {
        // A lecture script's line on top leaves the view about 750 × 200 px in a 1280×720 window.
        LessonSession session = new LessonSession(LessonFiles.loadShipped("article-003"));
        robot.interact(session::stepForward);
        NetworkView view = show(robot, session, 750, 200, 1.0);
        for (int j = 0; j < 3; j++) {
            NetworkElement.Neuron neuron = new NetworkElement.Neuron(1, j);
            assertThat(onFx(() -> view.isLabelShown(neuron))).as("the value of %s", neuron).isTrue();
            int k = j;
            // Written inside or beside, it is the engine's output to at least two significant digits.
            double engine = onFx(() -> session.getSnapshot().out(1, k));
            String shown = onFx(() -> {
                LabelPlacer.Placement p = view.picture().placement();
                if (p.valueInside()[1][k]) return p.insideText()[1][k];
                return p.labels().stream().filter(x -> neuron.equals(x.element()) && x.kind() == PlacedLabel.Kind.VALUE_PILL)
                        .findFirst().orElseThrow().lines().get(0);
            });
            double value = Double.parseDouble(shown.replace('−', '-'));
            assertThat(value).as("%s written as %s", neuron, shown).isCloseTo(engine, Offset.offset(0.006));
        }
    }
}
