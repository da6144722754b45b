package org.backpropfx.ui.plot;

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

    /** The neutral colours of a plot: dark ink on a light background, or light ink on a dark one. */
    record Ink(Color background, Color text, Color muted, Color grid, Color axis, Color point) {
        static final Ink LIGHT = new Ink(Color.WHITE, Color.web("#1b1b1b"), Color.web("#5f5f5f"), Color.web("#e4e7ea"),
                Color.web("#8a949b"), Color.web("#37474f"));

        /** The ink for a plot whose region has this background (the theme sets it); light when it has none. */
        static Ink on(Background background) {
            if (background == null || background.getFills().isEmpty()
                    || !(background.getFills().get(0).getFill() instanceof Color colour)) {
                return LIGHT;
            }
            if (colour.getBrightness() >= 0.5) {
                return new Ink(colour, LIGHT.text, LIGHT.muted, LIGHT.grid, LIGHT.axis, LIGHT.point);
            }
            return new Ink(colour, Color.web("#e6e8eb"), Color.web("#aab2ba"), Color.web("#3a3f45"),
                    Color.web("#7d8790"), Color.web("#dfe3e6"));
        }
    }

    /**
     * The ink in force. Plots draw one at a time on the JavaFX thread, and {@link PlotCanvas} sets the
     * ink around each draw, so that the many small drawing helpers need not pass it along.
     */
    private static Ink current = Ink.LIGHT;

    static void use(Ink ink) { current = ink; }

    static Color background() { return current.background(); }

    static Color text() { return current.text(); }

    static Color muted() { return current.muted(); }

    static Color grid() { return current.grid(); }

    static Color axis() { return current.axis(); }

    static Color point() { return current.point(); }

    static final Font LABEL = Font.font(12);
    static final Font TITLE = Font.font(13);
    static final Font MESSAGE = Font.font(14);

    private PlotStyle() {}
}
