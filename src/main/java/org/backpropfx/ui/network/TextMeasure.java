package org.backpropfx.ui.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths for label placement (the network view's labels and the matrix view's cells). Measuring through a {@link Text} node per label costs too much when
 * hundreds of labels are placed every frame, so each character's advance is measured once per font and
 * summed; labels are short numbers, where kerning does not matter.
 */
public final class TextMeasure {
    private final Text probe = new Text();
    private final Map<Font, Map<Character, Double>> advances = new HashMap<>();

    public double width(String text, Font font) {
        Map<Character, Double> table = advances.computeIfAbsent(font, f -> new HashMap<>());
        double width = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            Double advance = table.get(c);
            if (advance == null) {
                probe.setFont(font);
                probe.setText(String.valueOf(c));
                advance = probe.getLayoutBounds().getWidth();
                table.put(c, advance);
            }
            width += advance;
        }
        return width;
    }

    /** Forgets fonts no longer in use (the view changes font size with its own size). */
    public void retainOnly(Font... fonts) {
        advances.keySet().retainAll(List.of(fonts));
    }
}
