package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.text.Font;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;

/**
 * Decides where the numbers go: values in (or on) the neurons, notes beside them, the loss, and edge
 * labels, each at the first free spot among a few candidates (greedy), or left out when there is no
 * room. The element the user points at always gets its label.
 */
final class LabelPlacer {
    /** A layer's edges all carry a number only up to this many; beyond, only the edge pointed at does. */
    static final int MAX_LABELLED_EDGES_PER_LAYER = 24;
    private static final double[] EDGE_LABEL_POSITIONS = {0.5, 0.36, 0.64, 0.26, 0.74, 0.44, 0.56, 0.2, 0.8};

    private final Frame f;
    private final NetworkLayout layout;
    private final NetworkLabels text;
    private final NetworkElement selected;
    private final NetworkElement hovered;
    private final NetworkStyle style;
    private final Font valueFont;
    private final Font smallFont;
    private final int active;
    private final TextMeasure measure;
    /** Neurons whose value is written inside their circle (the others get a pill, or nothing). */
    private final boolean[][] valueInside;
    private final List<PlacedLabel> labels = new ArrayList<>();
    private final LabelSpace space;

    private LabelPlacer(Frame frame, TextMeasure measure) {
        this.f = frame;
        layout = frame.layout;
        text = frame.text;
        selected = frame.selected;
        hovered = frame.hovered;
        style = frame.style;
        valueFont = frame.valueFont;
        smallFont = frame.smallFont;
        active = frame.active;
        this.measure = measure;
        valueInside = new boolean[layout.layers + 1][];
        space = new LabelSpace(layout.width, layout.height);
    }

    /** The labels of one frame and which neurons carry their value inside the circle. */
    record Placement(List<PlacedLabel> labels, boolean[][] valueInside) {}

    static Placement place(Frame frame, TextMeasure measure) {
        LabelPlacer placer = new LabelPlacer(frame, measure);
        placer.place();
        return new Placement(List.copyOf(placer.labels), placer.valueInside);
    }

    private void place() {
        double r = layout.radius;
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                space.take(Box.centred(layout.columnX[l], layout.neuronY[l][j], 2 * r + 2, 2 * r + 2));
            }
            if (layout.hasBiasNode(l)) {
                double side = 2 * layout.biasHalf + 2;
                space.take(Box.centred(layout.columnX[l], layout.biasY[l], side, side));
            }
        }
        space.take(new Box(0, 0, layout.width, layout.bandTop - layout.font * 0.3));
        space.take(new Box(0, layout.namesY - layout.font * 0.8, layout.width, layout.height));

        placeNeuronValues();
        for (NetworkElement forced : new NetworkElement[] {selected, hovered}) {
            if (forced != null && f.exists(forced)) placeForced(forced);
        }
        placeAnnotations();
        placeLoss();
        placeEdgeLabels();
    }

    private void placeNeuronValues() {
        double r = layout.radius;
        double pillHeight = layout.font * 1.35;
        for (int l = 0; l <= layout.layers; l++) {
            valueInside[l] = new boolean[layout.sizes[l]];
            for (int j = 0; j < layout.sizes[l]; j++) {
                String value = text.neuron(l, j);
                if (value.isEmpty()) continue;
                double w = measure.width(value, valueFont);
                if (w <= 2 * r - 6 && layout.font <= 2 * r - 4) {
                    valueInside[l][j] = true;
                } else if (pillHeight < layout.spacing(l) - 2 && layout.sizes[l] <= 16) {
                    labels.add(valuePill(l, j, value, w));
                }
            }
        }
    }

    private PlacedLabel valuePill(int l, int j, String value, double textWidth) {
        Box box = Box.centred(layout.columnX[l], layout.neuronY[l][j], textWidth + layout.font * 0.6,
                layout.font * 1.35);
        space.take(box);
        return new PlacedLabel(new NetworkElement.Neuron(l, j), box, List.of(value), PlacedLabel.Kind.VALUE_PILL, false,
                style.neuronStroke());
    }

    private void placeForced(NetworkElement e) {
        if (e instanceof NetworkElement.Neuron n) {
            boolean hasPill = labels.stream().anyMatch(x -> x.kind() == PlacedLabel.Kind.VALUE_PILL && n.equals(x.element()));
            String value = text.neuron(n.layer(), n.index());
            if (!value.isEmpty() && !valueInside[n.layer()][n.index()] && !hasPill) {
                labels.add(valuePill(n.layer(), n.index(), value, measure.width(value, valueFont)));
            }
            placeNote(n.layer(), n.index(), true);
        } else if (e instanceof NetworkElement.Weight w) {
            placeEdgeLabel(w, true);
        } else if (e instanceof NetworkElement.Bias b) {
            if (text.biasAsNode()) placeEdgeLabel(b, true);
            else placeNote(b.layer(), b.neuron(), true);
        }
    }

    private void placeAnnotations() {
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) placeNote(l, j, false);
        }
    }

    private boolean hasNote(int l, int j) {
        return labels.stream().anyMatch(x -> x.kind() == PlacedLabel.Kind.NOTE && x.element() instanceof NetworkElement.Neuron n
                && n.layer() == l && n.index() == j);
    }

    private void placeNote(int l, int j, boolean forced) {
        if (hasNote(l, j)) return;
        List<String> lines = text.annotations(l, j);
        if (lines.isEmpty()) return;
        boolean locked = l > 0 && !text.biasAsNode() && text.showsBias() && f.biasLocked(l, j);
        double lineHeight = layout.smallFont * 1.25;
        double w = 0;
        for (String line : lines) w = Math.max(w, measure.width(line, smallFont));
        if (locked) w += layout.smallFont * 1.1;
        w += layout.smallFont * 0.6;
        double h = lineHeight * lines.size() + layout.smallFont * 0.3;
        double x = layout.columnX[l];
        double y = layout.neuronY[l][j];
        double r = layout.radius + 3;
        // In a dense column notes would fill the gaps in a random checkerboard: only the neuron pointed at gets one.
        double room = l == layout.layers ? h + 2 : h + 2 * r;
        if (!forced && layout.spacing(l) < room) return;
        Box right = new Box(x + r, y - h / 2, w, h);
        Box rightHigh = new Box(x + r * 0.7, y - r * 0.7 - h, w, h);
        Box above = Box.centred(x, y - r - h / 2, w, h);
        Box below = Box.centred(x, y + r + h / 2, w, h);
        Box left = new Box(x - r - w, y - h / 2, w, h);
        List<Box> candidates = l == layout.layers ? List.of(right, rightHigh, above, below)
                : List.of(above, below, rightHigh, right, left);
        Box box = space.takeFirstFree(candidates);
        if (box == null && forced) {
            box = candidates.get(0);
            space.take(box);
        }
        if (box == null) return;
        // In the gradient notation the last line is the bias: pointing at the box means the bias then.
        NetworkElement element = new NetworkElement.Neuron(l, j);
        labels.add(new PlacedLabel(element, box, lines, PlacedLabel.Kind.NOTE, locked, style.neuronStroke()));
    }

    private void placeLoss() {
        String loss = text.loss();
        if (loss.isEmpty()) return;
        int last = layout.layers;
        double w = measure.width(loss, valueFont) + layout.font * 0.8;
        double h = layout.font * 1.5;
        double x = layout.columnX[last];
        double bottom = layout.neuronY[last][layout.sizes[last] - 1] + layout.radius;
        double top = layout.neuronY[last][0] - layout.radius;
        List<Box> candidates = List.of(Box.centred(x, bottom + h * 1.1, w, h), Box.centred(x, top - h * 1.1, w, h),
                new Box(layout.width - w - 4, layout.bandBottom - h, w, h));
        Box box = space.takeFirstFree(candidates);
        if (box == null) {
            box = candidates.get(2);
            space.take(box);
        }
        labels.add(new PlacedLabel(null, box, List.of(loss), PlacedLabel.Kind.LOSS, false, style.accent()));
    }

    private void placeEdgeLabels() {
        PhaseKind kind = text.kind();
        for (int l = 1; l <= layout.layers; l++) {
            boolean labelled = kind == null || kind == PhaseKind.ERROR || kind == PhaseKind.UPDATE || l == active;
            int edges = layout.sizes[l] * (layout.sizes[l - 1] + (text.biasAsNode() ? 1 : 0));
            if (!labelled || edges > MAX_LABELLED_EDGES_PER_LAYER) continue;
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) placeEdgeLabel(new NetworkElement.Weight(l, j, i), false);
                if (text.biasAsNode()) placeEdgeLabel(new NetworkElement.Bias(l, j), false);
            }
        }
    }

    private void placeEdgeLabel(NetworkElement edge, boolean forced) {
        if (labels.stream().anyMatch(x -> x.kind() == PlacedLabel.Kind.EDGE && edge.equals(x.element()))) return;
        String value = f.edgeText(edge);
        double w = measure.width(value, smallFont) + layout.smallFont * 0.6;
        double h = layout.smallFont * 1.35;
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        List<Box> candidates = new ArrayList<>(EDGE_LABEL_POSITIONS.length);
        for (double t : EDGE_LABEL_POSITIONS) {
            candidates.add(Box.centred(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t, w, h));
        }
        Box box = space.takeFirstFree(candidates);
        if (box == null && forced) {
            box = candidates.get(0);
            space.take(box);
        }
        if (box == null) return;
        labels.add(new PlacedLabel(edge, box, List.of(value), PlacedLabel.Kind.EDGE, false, f.edgeColour(f.edgeValue(edge))));
    }

    // --- painting ----------------------------------------------------------------------------------
}
