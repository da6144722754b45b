package org.backpropfx.ui.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Width of a string in a font, for laying out canvas text. */
final class TextWidth {
    private static final Text PROBE = new Text();

    private TextWidth() {}

    static double of(String s, Font font) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }

    /** {@code text} cut to {@code width} pixels in {@code font}, with "…" where it was cut. */
    static String fitted(String text, Font font, double width) {
        if (of(text, font) <= width) return text;
        int[] points = text.codePoints().toArray();
        for (int n = points.length - 1; n > 0; n--) {
            String cut = new String(points, 0, n).stripTrailing() + "…";
            if (of(cut, font) <= width) return cut;
        }
        return "…";
    }
}
