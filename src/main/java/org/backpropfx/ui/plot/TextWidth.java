package org.backpropfx.ui.plot;

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
}
