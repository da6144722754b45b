package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.text.Font;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;

/**
 * Where every label of the network view is placed (the one place to look): values in or beside the
 * neurons, notes beside them, the loss, and edge labels, each at the first free spot among a few
 * candidates (greedy), or left out when there is no room.
 *
 * <p>A label must never be read as another element's number: an edge label sits on its own edge's
 * segment and no other edge passes through it, nor through a neuron's value written beside it; notes
 * (net input, delta, bias) name their numbers; no label covers another or a neuron. The element pointed at, and every edge of a neuron pointed at,
 * always get their labels (first, so they take the best places). How many of the phase's edge numbers
 * found a place is counted, so the view can say so instead of dropping them silently.
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
    /** The text written inside each neuron (possibly shortened to fit), or null. */
    private final String[][] insideText;
    private final List<PlacedLabel> labels = new ArrayList<>();
    private final LabelSpace space;
    /** Edge numbers of this phase, and how many of them were placed. */
    private int phaseEdges;
    private int phaseEdgesShown;

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
        insideText = new String[layout.layers + 1][];
        space = new LabelSpace(layout.width, layout.height);
    }

    /**
     * The labels of one frame, which neurons carry their value inside the circle (and the text there,
     * shortened to fewer digits when the full one does not fit), and how many of the phase's edge numbers
     * were placed out of how many.
     */
    record Placement(List<PlacedLabel> labels, boolean[][] valueInside, String[][] insideText, int edgesShown,
                     int edgesOfPhase) {}

    static Placement place(Frame frame, TextMeasure measure) {
        LabelPlacer placer = new LabelPlacer(frame, measure);
        placer.place();
        return new Placement(List.copyOf(placer.labels), placer.valueInside, placer.insideText,
                placer.phaseEdgesShown, placer.phaseEdges);
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

    /** The edges into and out of a neuron (with its bias edge in the MIT notation). */
    private List<NetworkElement> edgesOf(NetworkElement.Neuron n) {
        List<NetworkElement> edges = new ArrayList<>();
        int l = n.layer();
        if (l > 0) {
            for (int i = 0; i < layout.sizes[l - 1]; i++) edges.add(new NetworkElement.Weight(l, n.index(), i));
            if (text.biasAsNode()) edges.add(new NetworkElement.Bias(l, n.index()));
        }
        if (l < layout.layers) {
            for (int k = 0; k < layout.sizes[l + 1]; k++) edges.add(new NetworkElement.Weight(l + 1, k, n.index()));
        }
        return edges;
    }

    private void placeNeuronValues() {
        double r = layout.radius;
        for (int l = 0; l <= layout.layers; l++) {
            valueInside[l] = new boolean[layout.sizes[l]];
            insideText[l] = new String[layout.sizes[l]];
            for (int j = 0; j < layout.sizes[l]; j++) {
                String value = text.neuron(l, j);
                if (value.isEmpty() || layout.font > 2 * r - 4) continue;
                String inside = fitting(l, j, value, 2 * r - 6);
                if (inside != null) {
                    valueInside[l][j] = true;
                    insideText[l][j] = inside;
                }
            }
        }
        // Values that fit no circle go beside it, where there is room (never over the circle).
        for (int l = 0; l <= layout.layers; l++) {
            if (layout.sizes[l] > 16) continue;
            for (int j = 0; j < layout.sizes[l]; j++) {
                String value = text.neuron(l, j);
                if (!value.isEmpty() && !valueInside[l][j]) placeValueBeside(l, j, value, false);
            }
        }
    }

    /** The value, or the same with fewer significant digits (never below 2), that fits the width; or null. */
    private String fitting(int l, int j, String value, double width) {
        if (measure.width(value, valueFont) <= width) return value;
        for (int digits = text.digits() - 1; digits >= 2; digits--) {
            String shorter = text.neuron(l, j, digits);
            if (measure.width(shorter, valueFont) <= width) return shorter;
        }
        return null;
    }

    private boolean placeValueBeside(int l, int j, String value, boolean forced) {
        double w = measure.width(value, valueFont) + layout.font * 0.6;
        double h = layout.font * 1.35;
        double x = layout.columnX[l];
        double y = layout.neuronY[l][j];
        double r = layout.radius + 2;
        List<Box> candidates = List.of(new Box(x + r, y - r - h * 0.2, w, h), new Box(x - r - w, y - r - h * 0.2, w, h),
                Box.centred(x, y - r - h / 2, w, h), Box.centred(x, y + r + h / 2, w, h));
        Box box = takeFree(candidates, null, forced);
        if (box == null) return false;
        labels.add(new PlacedLabel(new NetworkElement.Neuron(l, j), box, List.of(value), PlacedLabel.Kind.VALUE_PILL,
                false, style.neuronStroke()));
        return true;
    }

    /**
     * The first candidate free of labels, neurons and every edge but {@code own} (null: every edge); when
     * {@code forced} and none is, the first free of labels and neurons, else the first candidate.
     */
    private Box takeFree(List<Box> candidates, NetworkElement own, boolean forced) {
        for (Box b : candidates) {
            if (space.isFree(b) && !crossedByOtherEdge(b, own)) {
                space.take(b);
                return b;
            }
        }
        if (!forced) return null;
        Box box = space.takeFirstFree(candidates);
        if (box == null) {
            box = candidates.get(0);
            space.take(box);
        }
        return box;
    }

    /** Whether an edge other than {@code own} passes through the box. */
    private boolean crossedByOtherEdge(Box b, NetworkElement own) {
        for (int l = 1; l <= layout.layers; l++) {
            double x0 = layout.columnX[l - 1];
            double x1 = layout.columnX[l];
            if (x1 < b.x() || x0 > b.x() + b.w()) continue;
            int inputs = f.edgeInputs(l);
            for (int j = 0; j < layout.sizes[l]; j++) {
                double y1 = layout.neuronY[l][j];
                for (int i = 0; i < inputs; i++) {
                    if (own != null && isEdge(own, l, j, i)) continue;
                    if (b.crossedBy(x0, f.edgeStartY(l, i), x1, y1)) return true;
                }
            }
        }
        return false;
    }

    private boolean isEdge(NetworkElement e, int l, int j, int i) {
        if (e.layer() != l) return false;
        if (e instanceof NetworkElement.Weight w) return w.to() == j && w.from() == i;
        return e instanceof NetworkElement.Bias b && b.neuron() == j && i == layout.sizes[l - 1];
    }

    private void placeForced(NetworkElement e) {
        if (e instanceof NetworkElement.Neuron n) {
            boolean hasPill = labels.stream().anyMatch(x -> x.kind() == PlacedLabel.Kind.VALUE_PILL && n.equals(x.element()));
            String value = text.neuron(n.layer(), n.index());
            if (!value.isEmpty() && !valueInside[n.layer()][n.index()] && !hasPill) {
                placeValueBeside(n.layer(), n.index(), value, true);
            }
            placeNote(n.layer(), n.index(), true);
            for (NetworkElement edge : edgesOf(n)) placeEdgeLabel(edge, true);
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
        // A note names its numbers ("δ = …", "b = …"), so an edge passing under it cannot be mistaken for
        // their owner; only labels and neurons must stay clear.
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
            if (!labelled) continue;
            int edges = layout.sizes[l] * (layout.sizes[l - 1] + (text.biasAsNode() ? 1 : 0));
            phaseEdges += edges;
            // Zoomed in, the edges in sight are what a layer's labels have room among.
            boolean tryAll = (layout.zoom.isFit() ? edges : edgesInSight(l)) <= MAX_LABELLED_EDGES_PER_LAYER;
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) {
                    NetworkElement.Weight w = new NetworkElement.Weight(l, j, i);
                    if ((tryAll && placeEdgeLabel(w, false)) || hasEdgeLabel(w)) phaseEdgesShown++;
                }
                if (text.biasAsNode()) {
                    NetworkElement.Bias b = new NetworkElement.Bias(l, j);
                    if ((tryAll && placeEdgeLabel(b, false)) || hasEdgeLabel(b)) phaseEdgesShown++;
                }
            }
        }
    }

    /** Edges of layer l whose middle is in the view's band (zoomed in, the others cannot carry a label there). */
    private int edgesInSight(int l) {
        double x = (layout.columnX[l - 1] + layout.columnX[l]) / 2;
        if (x < 0 || x > layout.width) return 0;
        int count = 0;
        for (int j = 0; j < layout.sizes[l]; j++) {
            for (int i = 0; i < f.edgeInputs(l); i++) {
                if (layout.inBand((f.edgeStartY(l, i) + layout.neuronY[l][j]) / 2)) count++;
            }
        }
        return count;
    }

    private boolean hasEdgeLabel(NetworkElement edge) {
        return labels.stream().anyMatch(x -> x.kind() == PlacedLabel.Kind.EDGE && edge.equals(x.element()));
    }

    /** Places the edge's label on its own segment; whether it was placed now (false if it already was). */
    private boolean placeEdgeLabel(NetworkElement edge, boolean forced) {
        if (hasEdgeLabel(edge)) return false;
        String value = f.edgeText(edge);
        double w = measure.width(value, smallFont) + layout.smallFont * 0.6;
        double h = layout.smallFont * 1.35;
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        List<Box> candidates = new ArrayList<>(EDGE_LABEL_POSITIONS.length);
        for (double t : EDGE_LABEL_POSITIONS) {
            candidates.add(Box.centred(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t, w, h));
        }
        Box box = takeFree(candidates, edge, forced);
        if (box == null) return false;
        labels.add(new PlacedLabel(edge, box, List.of(value), PlacedLabel.Kind.EDGE, false, f.edgeColour(f.edgeValue(edge))));
        return true;
    }
}
