package org.backpropfx.ui.network;

import java.util.List;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * One frame of the network view: what goes where (placed once) and its painting. Kept after painting so
 * that hit testing and the test accessors see exactly what was drawn.
 */
final class NetworkPicture {
    /** How far (px) from a thin edge a click still hits it. */
    static final double EDGE_HIT_TOLERANCE = 6;

    private final Frame f;
    private final NetworkLayout layout;
    private final LabelPlacer.Placement placement;
    private final TextMeasure measure;
    private final Backdrop backdrop;

    NetworkPicture(NetworkLayout layout, NetworkLabels text, Snapshot snapshot, NetworkElement selected,
                   NetworkElement hovered, NetworkStyle style, TextMeasure measure, Backdrop backdrop) {
        this(layout, text, snapshot, selected, hovered, Set.of(), style, measure, backdrop);
    }

    /** With the elements a lecture script's stop points at ringed like the selection. */
    NetworkPicture(NetworkLayout layout, NetworkLabels text, Snapshot snapshot, NetworkElement selected,
                   NetworkElement hovered, Set<NetworkElement> highlighted, NetworkStyle style,
                   TextMeasure measure, Backdrop backdrop) {
        this.f = new Frame(layout, text, snapshot, selected, hovered, highlighted, style);
        this.layout = layout;
        this.measure = measure;
        this.backdrop = backdrop;
        measure.retainOnly(f.valueFont, f.smallFont, f.boldFont);
        placement = LabelPlacer.place(f, measure);
    }

    void paint(GraphicsContext gc) { new NetworkPainter(f, placement, measure, backdrop).paint(gc); }

    NetworkLayout layout() { return layout; }

    Frame frame() { return f; }

    LabelPlacer.Placement placement() { return placement; }

    /** The element under (x, y): neurons first, then labels, then the nearest edge within reach; or null. */
    NetworkElement elementAt(double x, double y) {
        // Zoomed in, neurons and edges beyond the band are cut off: nothing there can be pointed at.
        if (!layout.zoom.isFit() && !layout.inBand(y)) return null;
        double reach = layout.radius + 3;
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                double dx = x - layout.columnX[l];
                double dy = y - layout.neuronY[l][j];
                if (dx * dx + dy * dy <= reach * reach) return new NetworkElement.Neuron(l, j);
            }
        }
        for (int k = placement.labels().size() - 1; k >= 0; k--) {
            PlacedLabel label = placement.labels().get(k);
            if (label.element() != null && label.box().contains(x, y)) return label.element();
        }
        NetworkElement best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int l = 1; l <= layout.layers; l++) {
            double x0 = layout.columnX[l - 1];
            double x1 = layout.columnX[l];
            if (x < x0 - EDGE_HIT_TOLERANCE || x > x1 + EDGE_HIT_TOLERANCE) continue;
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) {
                    NetworkElement.Weight w = new NetworkElement.Weight(l, j, i);
                    double d = distanceToEdge(w, x, y);
                    if (d < bestDistance && d <= hitReach(f.edgeValue(l, j, i))) {
                        bestDistance = d;
                        best = w;
                    }
                }
                if (f.text.biasAsNode()) {
                    NetworkElement.Bias b = new NetworkElement.Bias(l, j);
                    double d = distanceToEdge(b, x, y);
                    if (d < bestDistance && d <= hitReach(f.edgeValue(l, j, layout.sizes[l - 1]))) {
                        bestDistance = d;
                        best = b;
                    }
                }
            }
        }
        return best;
    }

    private double hitReach(double value) { return Math.max(EDGE_HIT_TOLERANCE, f.lineWidth(value) / 2 + 3); }

    private double distanceToEdge(NetworkElement edge, double px, double py) {
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - a.getX()) * dx + (py - a.getY()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double cx = a.getX() + t * dx - px;
        double cy = a.getY() + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** A point on the edge that hits that edge (not a crossing edge, a neuron or another label), or null. */
    Point2D edgeClickPoint(NetworkElement edge) {
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        double[] places = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
        // Best a point no other edge comes near, so that a click a few pixels off still hits this edge.
        for (boolean clear : new boolean[] {true, false}) {
            for (double t : places) {
                Point2D p = new Point2D(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
                if (edge.equals(elementAt(p.getX(), p.getY())) && (!clear || aloneAt(edge, p))) return p;
            }
        }
        return null;
    }

    private boolean aloneAt(NetworkElement edge, Point2D p) {
        for (int l = 1; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < f.edgeInputs(l); i++) {
                    NetworkElement other = i < layout.sizes[l - 1] ? new NetworkElement.Weight(l, j, i)
                            : new NetworkElement.Bias(l, j);
                    if (!other.equals(edge) && distanceToEdge(other, p.getX(), p.getY()) < 3 * EDGE_HIT_TOLERANCE) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the value of this element is written somewhere in the picture right now. */
    boolean shows(NetworkElement e) {
        if (e instanceof NetworkElement.Neuron n && placement.valueInside()[n.layer()][n.index()]) return true;
        return placement.labels().stream().anyMatch(x -> e.equals(x.element()) && x.kind() != PlacedLabel.Kind.NOTE);
    }

    /** The note lines drawn beside a neuron, or an empty list. */
    List<String> noteOf(int l, int j) {
        NetworkElement.Neuron n = new NetworkElement.Neuron(l, j);
        return placement.labels().stream().filter(x -> x.kind() == PlacedLabel.Kind.NOTE && n.equals(x.element())).findFirst()
                .map(PlacedLabel::lines).orElse(List.of());
    }
}
