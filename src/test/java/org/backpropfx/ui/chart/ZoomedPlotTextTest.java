package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A plot's text grows with the zoom: the tick labels are measured in the pixels drawn, not read from the
 * code that chose their size.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomedPlotTextTest {
    private DecisionMapView map;

    @Start
    void start(Stage stage) {
        LessonSession session = new LessonSession(LessonFiles.loadShipped("xor"));
        map = new DecisionMapView(session.snapshotProperty(), () -> session.getLesson().data());
        stage.setScene(new Scene(new StackPane(map), 640, 560));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void tickLabelsAreOneAndAHalfTimesAsTallAt150PercentAndTwiceAsTallAt200() {
        double at100 = yLabelHeight(1.0);
        double at150 = yLabelHeight(1.5);
        double at200 = yLabelHeight(2.0);
        // A 12 px label's digits are about 9 px tall; a row of anti-aliasing either way is the only slack.
        assertThat(at100).isBetween(6.0, 12.0);
        assertThat(at150 / at100).as("150 %%: %s px against %s px", at150, at100).isCloseTo(1.5, within(0.12));
        assertThat(at200 / at100).as("200 %%: %s px against %s px", at200, at100).isCloseTo(2.0, within(0.15));
    }

    @Test
    void aPointerOnASampleStillFindsItWhenZoomed() {
        drawnAt(1.5);
        Point2D drawn = onFx(() -> map.pointAt(1, 0));
        Point2D back = onFx(() -> map.inputAt(drawn.getX(), drawn.getY()));
        assertThat(back.getX()).isCloseTo(1, within(1e-9));
        assertThat(back.getY()).isCloseTo(0, within(1e-9));
        double width = onFx(() -> map.canvas().getWidth());
        assertThat(drawn.getX()).as("inside the canvas, not where the 100 %% drawing had it").isBetween(0.0, width);
    }

    /** Sets the zoom and waits until the map has been drawn at it. */
    private void drawnAt(double zoom) {
        FxTest.waitUntil("a first drawing", () -> map.redrawCount() > 0 && map.drawnArea() != null);
        int before = onFx(() -> map.redrawCount());
        boolean changes = onFx(() -> map.fontScaleProperty().get() != zoom);
        FxTest.onFx(() -> {
            map.fontScaleProperty().set(zoom);
            return null;
        });
        if (changes) FxTest.waitUntil("the map redrawn at " + zoom, () -> map.redrawCount() > before && map.drawnArea() != null);
    }

    /**
     * The height in pixels of a y tick label: the rows of ink left of the map's frame, between its top and
     * bottom, grouped into runs (one per label).
     */
    private double yLabelHeight(double zoom) {
        drawnAt(zoom);
        PlotArea area = onFx(() -> map.drawnArea());
        WritableImage image = onFx(() -> map.canvas().snapshot(null, null));
        Color background = onFx(() -> map.ink().background());
        PixelReader pixels = image.getPixelReader();
        int right = (int) Math.floor(area.left * zoom) - 3;
        int top = (int) Math.floor(area.top * zoom) - 2;
        int bottom = (int) Math.ceil(area.bottom() * zoom) + 2;
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int y = top; y <= bottom; y++) {
            boolean ink = false;
            for (int x = 0; x < right && !ink; x++) ink = differs(pixels.getColor(x, y), background);
            if (!ink && run > 0) runs.add(run);
            run = ink ? run + 1 : 0;
        }
        // The median label: where a label falls between two pixel rows its anti-aliased edge adds a row.
        Collections.sort(runs);
        assertThat(runs).as("labels at %s", zoom).hasSizeGreaterThanOrEqualTo(3);
        return runs.get(runs.size() / 2);
    }

    private static boolean differs(Color c, Color background) {
        return Math.abs(c.getRed() - background.getRed()) + Math.abs(c.getGreen() - background.getGreen())
                + Math.abs(c.getBlue() - background.getBlue()) > 0.45;
    }
}
