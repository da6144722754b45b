package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.backpropfx.plot.ClassPalette;
import org.backpropfx.ui.prefs.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sample lying in its own class's region, where the ground has the sample's colour at full confidence: in
 * every theme and for every class colour one of its rings stands out from the ground by 3:1 or more (WCAG 2.1
 * for graphics), all the way round, so the sample reads as a disc and not as a bare outline.
 */
@ExtendWith(ApplicationExtension.class)
class SampleMarkContrastTest {
    private static final int SIZE = 40;
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 200, 200));
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aSampleOnGroundOfItsOwnColourStandsOutInEveryTheme(Theme theme) {
        PlotStyle.Ink ink = onFx(() -> {
            DecisionMapView view = new DecisionMapView(new SimpleObjectProperty<>(), () -> null);
            root.getChildren().setAll(view);
            theme.applyTo(root.getScene().getStylesheets());
            view.applyCss();
            return view.ink();
        });
        for (double radius : new double[] {DecisionMapView.SMALLEST_SAMPLE_RADIUS, DecisionMapView.SAMPLE_RADIUS}) {
            for (int k = 0; k < ClassPalette.distinct(); k++) {
                int rgb = ClassPalette.rgb(k);
                Color ground = Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
                PixelReader pixels = onFx(() -> {
                    Canvas canvas = new Canvas(SIZE, SIZE);
                    GraphicsContext g = canvas.getGraphicsContext2D();
                    g.setFill(ground);
                    g.fillRect(0, 0, SIZE, SIZE);
                    DecisionMapView.drawSample(g, ink, SIZE / 2.0, SIZE / 2.0, radius, ground);
                    SnapshotParameters parameters = new SnapshotParameters();
                    return canvas.snapshot(parameters, new WritableImage(SIZE, SIZE)).getPixelReader();
                });
                // Along eight rays from the centre, the most contrasting pixel between the disc's edge and the
                // ground outside the rings.
                for (int ray = 0; ray < 8; ray++) {
                    double angle = ray * Math.PI / 4;
                    double best = 0;
                    for (double d = radius; d <= radius + 4; d += 0.5) {
                        int x = (int) Math.floor(SIZE / 2.0 + d * Math.cos(angle));
                        int y = (int) Math.floor(SIZE / 2.0 + d * Math.sin(angle));
                        best = Math.max(best, contrast(pixels.getColor(x, y), ground));
                    }
                    assertThat(best).as("%s theme, class %d, radius %.1f, ray %d", theme, k + 1, radius, ray)
                            .isGreaterThanOrEqualTo(3.0);
                }
                assertThat(pixels.getColor(SIZE / 2, SIZE / 2)).as("the disc keeps its class colour").isEqualTo(ground);
            }
        }
    }

    @Test
    void samplesShrinkOnASmallMapAndStopGrowingOnALargeOne() {
        assertThat(DecisionMapView.sampleRadius(100)).isEqualTo(3.0);
        assertThat(DecisionMapView.sampleRadius(180)).isEqualTo(4.5);
        assertThat(DecisionMapView.sampleRadius(600)).isEqualTo(5.5);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
