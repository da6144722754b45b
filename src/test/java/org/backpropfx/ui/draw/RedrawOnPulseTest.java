package org.backpropfx.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.backpropfx.ui.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RedrawOnPulseTest {
    private final SimpleIntegerProperty input = new SimpleIntegerProperty();
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private RedrawOnPulse redraw;
    private int drawn;
    private int lastDrawnInput = -1;
    private Pane view;

    @Start
    void start(Stage stage) {
        view = new Pane();
        redraw = new RedrawOnPulse(view, RedrawOnPulse.Timing.AFTER_LAYOUT, () -> {
            drawn++;
            lastDrawnInput = input.get();
        }).onlyWhen(shown::get);
        redraw.watch(input);
        FxTest.show(stage, view);
    }

    @Test
    void aThousandChangesBetweenTwoFramesDrawOnceWithTheLastValue(FxRobot robot) {
        waitUntil("the first drawing", () -> !redraw.isDirty());
        int before = onFx(() -> drawn);
        robot.interact(() -> {
            for (int k = 1; k <= 1000; k++) input.set(k);
        });
        waitUntil("the redraw", () -> !redraw.isDirty());
        assertThat(onFx(() -> drawn)).isEqualTo(before + 1);
        assertThat(onFx(() -> lastDrawnInput)).isEqualTo(1000);
        assertThat(onFx(() -> redraw.redrawCount())).isEqualTo(onFx(() -> drawn));
    }

    @Test
    void aChangeAfterARedrawIsSeenAgain(FxRobot robot) {
        waitUntil("the first drawing", () -> !redraw.isDirty());
        int before = onFx(() -> drawn);
        robot.interact(() -> input.set(7));
        waitUntil("the first redraw", () -> drawn == before + 1);
        robot.interact(() -> input.set(8));
        waitUntil("the second redraw", () -> drawn == before + 2);
        assertThat(onFx(() -> lastDrawnInput)).isEqualTo(8);
    }

    @Test
    void aViewThatMayNotDrawStaysDirtyUntilItMay(FxRobot robot) {
        waitUntil("the first drawing", () -> !redraw.isDirty());
        int before = onFx(() -> drawn);
        robot.interact(() -> {
            shown.set(false);
            input.set(3);
        });
        robot.interact(() -> redraw.redrawIfDirty());
        assertThat(onFx(() -> redraw.isDirty())).isTrue();
        assertThat(onFx(() -> drawn)).isEqualTo(before);
        robot.interact(() -> {
            shown.set(true);
            redraw.markDirty();
        });
        waitUntil("the redraw once it may", () -> !redraw.isDirty());
        assertThat(onFx(() -> drawn)).isEqualTo(before + 1);
        assertThat(onFx(() -> lastDrawnInput)).isEqualTo(3);
    }

    @Test
    void aViewPutOffDrawsAtALaterPulseWithoutAnotherChange(FxRobot robot) {
        int[] refusals = {3};
        int[] drawings = {0};
        RedrawOnPulse[] capped = new RedrawOnPulse[1];
        robot.interact(() -> {
            Pane child = new Pane();
            capped[0] = new RedrawOnPulse(child, RedrawOnPulse.Timing.AFTER_LAYOUT, () -> drawings[0]++)
                    .putOffWhile(() -> refusals[0]-- > 0);
            view.getChildren().add(child);
        });
        // Nothing changes after it enters the scene: only the pulses it asks for itself bring it to draw.
        waitUntil("the drawing put off three times", () -> drawings[0] == 1);
        assertThat(onFx(() -> refusals[0])).as("refused before drawing").isEqualTo(-1);
        assertThat(onFx(() -> capped[0].isDirty())).isFalse();
    }
}
