package org.backpropfx.ui.lecture;

import javafx.scene.paint.Color;

/** WCAG 2.1 relative luminance and contrast ratio, written out from the definition. */
final class Wcag {
    private Wcag() {
    }

    /** Relative luminance of an sRGB colour (its opacity ignored). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 for equal colours, 21 for black on white. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A colour drawn over another with its own opacity, as the screen shows it. */
    static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }
}
