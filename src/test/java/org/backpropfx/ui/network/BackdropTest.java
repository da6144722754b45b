package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The backdrop kept from frame to frame is pixel for pixel the one drawn from scratch, and stepping
 * redraws only the strips that changed. Article 003's 3-3-3-1 network has three strips.
 */
@ExtendWith(ApplicationExtension.class)
class BackdropTest {
    private static final NetworkStyle STYLE = new NetworkStyle(NetworkPalette.POSITIVE, NetworkPalette.NEGATIVE,
            NetworkPalette.ACCENT, NetworkPalette.TEXT, NetworkPalette.MUTED_TEXT, NetworkPalette.BACKGROUND,
            NetworkPalette.ACTIVE_BAND, NetworkPalette.NEURON_FILL, NetworkPalette.NEURON_STROKE,
            NetworkPalette.EMPTY_STROKE, NetworkPalette.LABEL_BACKGROUND, NetworkPalette.HOVER,
            Font.getDefault().getFamily());

    private final Lesson lesson = LessonFiles.loadShipped("article-003");
    private final Canvas canvas = new Canvas(900, 560);
    private final TextMeasure measure = new TextMeasure();
    private NetworkLayout layout;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; the canvas is drawn off screen.
    }

    private void paint(Backdrop backdrop, Snapshot s, NetworkElement hovered) {
        NetworkLabels labels = new NetworkLabels(s, Notation.MIT, 4);
        if (layout == null) {
            int[] sizes = new int[s.layerCount() + 1];
            for (int l = 0; l < sizes.length; l++) sizes[l] = s.size(l);
            layout = new NetworkLayout(sizes, labels.biasAsNode(), canvas.getWidth(), canvas.getHeight());
        }
        new NetworkPicture(layout, labels, s, null, hovered, STYLE, measure, backdrop)
                .paint(canvas.getGraphicsContext2D());
    }

    @Test
    void keptStripsAreExactlyWhatAFreshDrawingGives(FxRobot robot) {
        robot.interact(() -> {
            Stepper stepper = new Stepper(lesson.newTrainer());
            Backdrop kept = new Backdrop();
            int phases = stepper.snapshot().phases().size();
            for (int step = 0; step < 2 * phases + 2; step++) {
                Snapshot s = stepper.snapshot();
                paint(kept, s, null);
                Backdrop fresh = new Backdrop();
                paint(fresh, s, null);
                assertThat(kept.shownPixels()).as("step " + step + ": " + s.describePhase())
                        .isEqualTo(fresh.shownPixels());
                stepper.stepForward();
            }
            assertThat(kept.stripsDrawn()).as("strips redrawn while stepping, of " + 3 * (2 * phases + 2))
                    .isLessThan(3L * (2 * phases + 2));
        });
    }

    @Test
    void overItsBudgetAFrameDrawsOneStripAndTheNextFramesCatchUpExactly(FxRobot robot) {
        robot.interact(() -> {
            Stepper stepper = new Stepper(lesson.newTrainer());
            Backdrop backdrop = new Backdrop();
            paint(backdrop, stepper.snapshot(), null);
            assertThat(backdrop.isComplete()).isTrue();
            stepper.runSamples(1);
            Snapshot trained = stepper.snapshot();

            backdrop.setBudget(0);
            long before = backdrop.stripsDrawn();
            paint(backdrop, trained, null);
            assertThat(backdrop.stripsDrawn() - before).as("strips drawn in the first frame").isEqualTo(1);
            assertThat(backdrop.isComplete()).isFalse();
            int frames = 1;
            while (!backdrop.isComplete()) {
                paint(backdrop, trained, null);
                frames++;
                assertThat(frames).as("frames to catch up").isLessThanOrEqualTo(3);
            }
            assertThat(frames).as("one strip per frame").isEqualTo(3);
            Backdrop fresh = new Backdrop();
            paint(fresh, trained, null);
            assertThat(backdrop.shownPixels()).isEqualTo(fresh.shownPixels());
        });
    }

    @Test
    void steppingRedrawsOnlyChangedStripsAndPointingRedrawsNone(FxRobot robot) {
        robot.interact(() -> {
            Stepper stepper = new Stepper(lesson.newTrainer());
            Backdrop backdrop = new Backdrop();
            stepper.stepForward();
            paint(backdrop, stepper.snapshot(), null);
            assertThat(backdrop.stripsDrawn()).as("first frame: every strip").isEqualTo(3);

            paint(backdrop, stepper.snapshot(), new NetworkElement.Weight(2, 1, 1));
            paint(backdrop, stepper.snapshot(), new NetworkElement.Neuron(3, 0));
            assertThat(backdrop.stripsDrawn()).as("pointing at things keeps the backdrop").isEqualTo(3);

            stepper.stepForward();
            paint(backdrop, stepper.snapshot(), null);
            long afterForward2 = backdrop.stripsDrawn();
            assertThat(afterForward2 - 3).as("forward layer 1 → 2: strips of layers 1, 2 and 3 change, "
                    + "layer 3 only by its band").isBetween(1L, 3L);

            Snapshot lastBackward;
            do {
                lastBackward = stepper.snapshot();
                stepper.stepForward();
            } while (stepper.snapshot().phase().kind() != PhaseKind.UPDATE);
            paint(backdrop, lastBackward, null);
            long beforeUpdate = backdrop.stripsDrawn();
            paint(backdrop, stepper.snapshot(), null);
            assertThat(backdrop.stripsDrawn() - beforeUpdate).as("new weights change every strip").isEqualTo(3);
        });
    }

    @Test
    void steppingFromLayerToLayerRecoloursTheEdgesAndOnlyNewWeightsRasteriseThemAgain(FxRobot robot) {
        robot.interact(() -> {
            Stepper stepper = new Stepper(lesson.newTrainer());
            Backdrop backdrop = new Backdrop();
            stepper.stepForward();
            paint(backdrop, stepper.snapshot(), null);
            assertThat(backdrop.edgesDrawn()).as("first frame: every strip's edges").isEqualTo(3);
            long stripsBefore = backdrop.stripsDrawn();
            while (stepper.snapshot().phase().kind() != PhaseKind.UPDATE) {
                stepper.stepForward();
                paint(backdrop, stepper.snapshot(), null);
            }
            Snapshot update = stepper.snapshot();
            assertThat(backdrop.stripsDrawn()).as("strips recoloured through the forward and backward pass")
                    .isGreaterThan(stripsBefore);
            // The update shows the new weights: every strip's edges are new (one frame, three strips).
            assertThat(backdrop.edgesDrawn()).as("edges rasterised up to the update").isEqualTo(6);
            stepper.stepBack();
            paint(backdrop, stepper.snapshot(), null);
            paint(backdrop, update, null);
            Backdrop fresh = new Backdrop();
            paint(fresh, update, null);
            assertThat(backdrop.shownPixels()).as("back and forth over the update").isEqualTo(fresh.shownPixels());
        });
    }
}
