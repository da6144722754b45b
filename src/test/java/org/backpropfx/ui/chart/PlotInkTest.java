package org.backpropfx.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.backpropfx.ui.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plots draw with the colours a stylesheet gives them, whatever their region's background. */
@ExtendWith(ApplicationExtension.class)
class PlotInkTest {
    private DecisionMapView plot;
    private StackPane root;

    @Start
    void start(Stage stage) {
        plot = new DecisionMapView(new SimpleObjectProperty<>(), () -> null);
        root = new StackPane(plot);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void inkComesFromTheStylesheetNotFromTheBackground() {
        PlotStyle.Ink ink = FxTest.onFx(() -> {
            // Looked-up colours from an ancestor, as a theme defines them on the window.
            root.setStyle("-surface: #102030; -ink: #fedcba;");
            // A light region background says nothing about the ink: the stylesheet does.
            plot.setStyle("-fx-background-color: white; -bp-plot-background: -surface; -bp-plot-text: -ink;"
                    + " -bp-plot-muted: #c0c0c0; -bp-plot-grid: #304050; -bp-plot-axis: #808080; -bp-plot-point: #ffeeaa;");
            root.applyCss();
            return plot.ink();
        });
        assertEquals(new PlotStyle.Ink(Color.web("#102030"), Color.web("#fedcba"), Color.web("#c0c0c0"),
                Color.web("#304050"), Color.web("#808080"), Color.web("#ffeeaa")), ink);
    }

    @Test
    void unstyledPlotUsesTheLightInk() {
        assertEquals(PlotStyle.Ink.LIGHT, FxTest.onFx(() -> {
            root.applyCss();
            return plot.ink();
        }));
    }
}
