package org.backpropfx.ui.network;

import javafx.geometry.Point2D;

import java.util.List;

import javafx.scene.paint.Color;

import org.backpropfx.stepper.NetworkElement;

/**
 * A label at its place: a neuron's value pill, a note beside a neuron, an edge's number or the loss.
 *
 * @param element what pointing at the label means (null for the loss)
 * @param locked whether a lock glyph follows the last line (a locked bias)
 * @param leader for an edge's number put beside its edge (no room on it), the point of the edge a thin
 *        leader line joins the box to; null when the label sits on its element
 */
record PlacedLabel(NetworkElement element, Box box, List<String> lines, Kind kind, boolean locked, Color border,
                   Point2D leader) {
    enum Kind { VALUE_PILL, NOTE, EDGE, LOSS }

    /** A label at its element (no leader line). */
    PlacedLabel(NetworkElement element, Box box, List<String> lines, Kind kind, boolean locked, Color border) {
        this(element, box, lines, kind, locked, border, null);
    }
}
