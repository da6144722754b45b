package org.backpropfx.ui.chart;

import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** Colours and fonts of the plots: the Okabe–Ito palette, readable on a projector and for colour-blind viewers. */
final class PlotStyle {
    static final Color BLUE = Color.web("#0072B2");
    static final Color ORANGE = Color.web("#E69F00");
    static final Color VERMILLION = Color.web("#D55E00");
    static final Color GREEN = Color.web("#009E73");
    static final Color SKY = Color.web("#56B4E9");
    static final Color PURPLE = Color.web("#CC79A7");

    /**
     * The neutral colours of a plot. The theme's stylesheet sets them on each plot ({@code -bp-plot-*}
     * properties of {@link PlotCanvas}); the light set is what a plot starts with before any stylesheet.
     */
    record Ink(Color background, Color text, Color muted, Color grid, Color axis, Color point) {
        static final Ink LIGHT = new Ink(Color.WHITE, Color.web("#1b1b1b"), Color.web("#5f5f5f"), Color.web("#e4e7ea"),
                Color.web("#8a949b"), Color.web("#37474f"));
    }

    static final Font LABEL = Font.font(12);
    static final Font TITLE = Font.font(13);
    static final Font MESSAGE = Font.font(14);

    private PlotStyle() {}
}
