package org.backpropfx.ui.formula;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.backpropfx.notation.MathText;
import java.util.Locale;

/**
 * Sets a {@link MathText} as a {@link TextFlow}: variables italic, indices and exponents in a smaller
 * size moved below or above the line, numbers and operators upright.
 */
final class MathFlow {
    /** Indices and exponents, relative to the text around them. */
    static final double SCRIPT_SCALE = 0.7;

    private MathFlow() {
    }

    /** Appends the runs of {@code math} to {@code flow} at {@code size} px; {@code bold} for a result. */
    static void append(TextFlow flow, MathText math, String family, double size, boolean bold) {
        FontWeight weight = bold ? FontWeight.BOLD : FontWeight.NORMAL;
        for (MathText.Run run : math.runs()) {
            Text text = new Text(run.text());
            text.getStyleClass().add("math-" + run.style().name().toLowerCase(Locale.ROOT));
            switch (run.style()) {
                case NORMAL -> text.setFont(Font.font(family, weight, FontPosture.REGULAR, size));
                case SYMBOL -> text.setFont(Font.font(family, weight, FontPosture.ITALIC, size));
                case SUBSCRIPT -> {
                    text.setFont(Font.font(family, weight, FontPosture.REGULAR, size * SCRIPT_SCALE));
                    text.setTranslateY(size * 0.3);
                }
                case SUPERSCRIPT -> {
                    text.setFont(Font.font(family, weight, FontPosture.REGULAR, size * SCRIPT_SCALE));
                    text.setTranslateY(-size * 0.38);
                }
            }
            flow.getChildren().add(text);
        }
    }

    /** The flow's text as one string (what a test or a screen reader reads). */
    static String plainText(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        flow.getChildren().forEach(n -> {
            if (n instanceof Text t) sb.append(t.getText());
        });
        return sb.toString();
    }
}
