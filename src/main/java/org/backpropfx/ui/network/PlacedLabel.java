package org.backpropfx.ui.network;

import java.util.List;

import javafx.scene.paint.Color;

import org.backpropfx.stepper.NetworkElement;

/**
 * A label at its place: a neuron's value pill, a note beside a neuron, an edge's number or the loss.
 *
 * @param element what pointing at the label means (null for the loss)
 * @param locked whether a lock glyph follows the last line (a locked bias)
 */
record PlacedLabel(NetworkElement element, Box box, List<String> lines, Kind kind, boolean locked, Color border) {
    enum Kind { VALUE_PILL, NOTE, EDGE, LOSS }
}
