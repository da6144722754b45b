package org.backpropfx.ui.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The advances of these characters in the font, measured now where not known yet, as a table that
     * other threads may read: the JavaFX thread measures (a {@link Text} node belongs to it), a background
     * thread can then sum widths of as many texts as it likes with {@link #width(String, Map)}.
     */
    public Map<Character, Double> advances(Font font, Set<Character> characters) {
        Map<Character, Double> table = advances.computeIfAbsent(font, f -> new HashMap<>());
        for (char c : characters) {
            if (!table.containsKey(c)) {
                probe.setFont(font);
                probe.setText(String.valueOf(c));
                table.put(c, probe.getLayoutBounds().getWidth());
            }
        }
        return Map.copyOf(table);
    }

    /** The width of a text from a table of {@link #advances}; a character missing from it counts as nothing. */
    public static double width(String text, Map<Character, Double> advances) {
        double width = 0;
        for (int k = 0; k < text.length(); k++) width += advances.getOrDefault(text.charAt(k), 0.0);
        return width;
    }

    /** Forgets fonts no longer in use (the view changes font size with its own size). */
    public void retainOnly(Font... fonts) {
        advances.keySet().retainAll(List.of(fonts));
    }
}
