package org.backpropfx.ui.chart;

import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

import org.controlsfx.control.SegmentedButton;

/**
 * A choice of one among a few, shown as joined buttons (ControlsFX {@link SegmentedButton}) where a toggle group
 * of loose buttons stood: "Per epoch | Per sample", "Training | Test", the class a click on the map adds. One
 * is always chosen (a click on the chosen one keeps it), each button stays a stop of the Tab walk with its own
 * text for a screen reader, and the theme colours the chosen one as it does every selected toggle.
 */
public final class Segments {
    private Segments() {
    }

    /** The buttons joined, the first one chosen unless another already is. */
    public static SegmentedButton of(ToggleButton... buttons) {
        SegmentedButton segments = new SegmentedButton(buttons);
        segments.getStyleClass().add("bp-segments");
        keepOneChosen(segments);
        for (ToggleButton b : buttons) b.setMinWidth(Region.USE_PREF_SIZE);
        segments.setMinWidth(Region.USE_PREF_SIZE);
        if (buttons.length > 0 && segments.getToggleGroup().getSelectedToggle() == null) buttons[0].setSelected(true);
        return segments;
    }

    /** A click on the chosen button would leave none chosen: it stays chosen instead. */
    public static void keepOneChosen(SegmentedButton segments) {
        segments.getToggleGroup().selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null && segments.getButtons().contains(was)) was.setSelected(true);
        });
    }
}
