package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Point2D;

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
    private final TextMeasure measure;
    /** Neurons whose value is written inside their circle (the others get a pill, or nothing). */
    private final boolean[][] valueInside;
    /** The text written inside each neuron (possibly shortened to fit), or null. */
    private final String[][] insideText;
    /** The size of that text (pixels): the value font's, or smaller for a value that fits no other way. */
    private final double[][] insideSize;
    private final List<PlacedLabel> labels = new ArrayList<>();
    /**
     * The edges and the neurons that have an edge label or a note among {@link #labels}: asked for every
     * edge of a labelled layer (thousands on a large network), where a search of the labels each time
     * cost more than placing them.
     */
    private final Set<NetworkElement> edgeLabelled = new HashSet<>();
    private final Set<NetworkElement> noted = new HashSet<>();
    private final LabelSpace space;
    /** Edge numbers of this phase, and how many of them were placed. */
    private int phaseEdges;
    private int phaseEdgesShown;

    private LabelPlacer(Frame frame, TextMeasure measure) {
        this.f = frame;
        this.measure = measure;
        valueInside = new boolean[f.layout.layers + 1][];
        insideText = new String[f.layout.layers + 1][];
        insideSize = new double[f.layout.layers + 1][];
        space = new LabelSpace(f.layout.width, f.layout.height);
    }

    /**
     * The labels of one frame, which neurons carry their value inside the circle (and the text there,
     * shortened to fewer digits when the full one does not fit), and how many of the phase's edge numbers
     * were placed out of how many. {@code insideSize} is the size of each inside text (pixels).
     */
    record Placement(List<PlacedLabel> labels, boolean[][] valueInside, String[][] insideText, double[][] insideSize,
                     int edgesShown, int edgesOfPhase) {}

    static Placement place(Frame frame, TextMeasure measure) {
        LabelPlacer placer = new LabelPlacer(frame, measure);
        placer.place();
        return new Placement(List.copyOf(placer.labels), placer.valueInside, placer.insideText, placer.insideSize,
                placer.phaseEdgesShown, placer.phaseEdges);
    }

    private void place() {
        double r = f.layout.radius;
        for (int l = 0; l <= f.layout.layers; l++) {
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                space.take(Box.centred(f.layout.columnX[l], f.layout.neuronY[l][j], 2 * r + 2, 2 * r + 2));
            }
            if (f.layout.hasBiasNode(l)) {
                double side = 2 * f.layout.biasHalf + 2;
                space.take(Box.centred(f.layout.columnX[l], f.layout.biasY[l], side, side));
            }
        }
        space.take(new Box(0, 0, f.layout.width, f.layout.bandTop - f.layout.font * 0.3));
        space.take(new Box(0, f.layout.namesY - f.layout.font * 0.8, f.layout.width, f.layout.height));

        placeNeuronValues();
        for (NetworkElement forced : new NetworkElement[] {f.selected, f.hovered}) {
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
            for (int i = 0; i < f.layout.sizes[l - 1]; i++) edges.add(new NetworkElement.Weight(l, n.index(), i));
            if (f.text.biasAsNode()) edges.add(new NetworkElement.Bias(l, n.index()));
        }
        if (l < f.layout.layers) {
            for (int k = 0; k < f.layout.sizes[l + 1]; k++) edges.add(new NetworkElement.Weight(l + 1, k, n.index()));
        }
        return edges;
    }

    private void placeNeuronValues() {
        double r = f.layout.radius;
        for (int l = 0; l <= f.layout.layers; l++) {
            valueInside[l] = new boolean[f.layout.sizes[l]];
            insideText[l] = new String[f.layout.sizes[l]];
            insideSize[l] = new double[f.layout.sizes[l]];
            // Circles too small for any number: nothing is written in them (nor need it be, every frame).
            if (f.layout.font > 2 * r - 4) continue;
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                String value = f.text.neuron(l, j);
                if (value.isEmpty()) continue;
                String inside = fitting(l, j, value, 2 * r - 6);
                if (inside != null) writeInside(l, j, inside, f.layout.font);
            }
        }
        // Values that fit no circle go beside it, where there is room (never over the circle).
        for (int l = 0; l <= f.layout.layers; l++) {
            if (f.layout.sizes[l] > 16) continue;
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                String value = f.text.neuron(l, j);
                if (value.isEmpty() || valueInside[l][j] || placeValueBeside(l, j, value, false)) continue;
                writeInsideSmaller(l, j);
            }
        }
    }

    /** The smallest text written inside a circle (pixels); a value that would need less is left out. */
    static final double MIN_INSIDE_FONT = 7;

    private void writeInside(int l, int j, String text, double size) {
        valueInside[l][j] = true;
        insideText[l][j] = text;
        insideSize[l][j] = size;
    }

    /**
     * A value that fits neither its circle nor any free spot beside it (small circles among many edges: a deep
     * network in a small view) is written inside with two digits in a smaller font, rather than left out.
     */
    private void writeInsideSmaller(int l, int j) {
        String shortest = f.text.neuron(l, j, 2);
        double width = measure.width(shortest, f.valueFont);
        // A smaller text needs a smaller margin to the ring than the value font (2 px each side, not 3).
        double size = f.layout.font * (2 * f.layout.radius - 4) / width;
        if (size >= MIN_INSIDE_FONT) writeInside(l, j, shortest, Math.min(size, f.layout.font));
    }

    /** The value, or the same with fewer significant digits (never below 2), that fits the width; or null. */
    private String fitting(int l, int j, String value, double width) {
        if (measure.width(value, f.valueFont) <= width) return value;
        for (int digits = f.text.digits() - 1; digits >= 2; digits--) {
            String shorter = f.text.neuron(l, j, digits);
            if (measure.width(shorter, f.valueFont) <= width) return shorter;
        }
        return null;
    }

    private boolean placeValueBeside(int l, int j, String value, boolean forced) {
        double w = measure.width(value, f.valueFont) + f.layout.font * 0.6;
        double h = f.layout.font * 1.35;
        double x = f.layout.columnX[l];
        double y = f.layout.neuronY[l][j];
        double r = f.layout.radius + 2;
        List<Box> candidates = List.of(new Box(x + r, y - r - h * 0.2, w, h), new Box(x - r - w, y - r - h * 0.2, w, h),
                Box.centred(x, y - r - h / 2, w, h), Box.centred(x, y + r + h / 2, w, h));
        Box box = takeFree(candidates, null, forced);
        if (box == null) return false;
        labels.add(new PlacedLabel(new NetworkElement.Neuron(l, j), box, List.of(value), PlacedLabel.Kind.VALUE_PILL,
                false, f.style.neuronStroke()));
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
        for (int l = 1; l <= f.layout.layers; l++) {
            double x0 = f.layout.columnX[l - 1];
            double x1 = f.layout.columnX[l];
            if (x1 < b.x() || x0 > b.x() + b.w()) continue;
            int inputs = f.edgeInputs(l);
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                double y1 = f.layout.neuronY[l][j];
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
        return e instanceof NetworkElement.Bias b && b.neuron() == j && i == f.layout.sizes[l - 1];
    }

    private void placeForced(NetworkElement e) {
        if (e instanceof NetworkElement.Neuron n) {
            boolean hasPill = labels.stream().anyMatch(x -> x.kind() == PlacedLabel.Kind.VALUE_PILL && n.equals(x.element()));
            String value = f.text.neuron(n.layer(), n.index());
            if (!value.isEmpty() && !valueInside[n.layer()][n.index()] && !hasPill) {
                placeValueBeside(n.layer(), n.index(), value, true);
            }
            placeNote(n.layer(), n.index(), true);
            for (NetworkElement edge : edgesOf(n)) placeEdgeLabel(edge, true);
        } else if (e instanceof NetworkElement.Weight w) {
            placeEdgeLabel(w, true);
        } else if (e instanceof NetworkElement.Bias b) {
            if (f.text.biasAsNode()) placeEdgeLabel(b, true);
            else placeNote(b.layer(), b.neuron(), true);
        }
    }

    private void placeAnnotations() {
        for (int l = 0; l <= f.layout.layers; l++) {
            for (int j = 0; j < f.layout.sizes[l]; j++) placeNote(l, j, false);
        }
    }

    private boolean hasNote(int l, int j) { return noted.contains(new NetworkElement.Neuron(l, j)); }

    private void placeNote(int l, int j, boolean forced) {
        if (hasNote(l, j)) return;
        double lineHeight = f.layout.smallFont * 1.25;
        // Where not even a one-line note has room (see below), the lines need not be written at all:
        // a dense network would otherwise write hundreds of them every frame only to drop them.
        // (Beside its neuron a note needs only its own height, see below.)
        if (!forced && f.layout.spacing(l) < lineHeight + f.layout.smallFont * 0.3 + 2) return;
        List<String> lines = f.text.annotations(l, j);
        if (lines.isEmpty()) return;
        boolean locked = l > 0 && !f.text.biasAsNode() && f.text.showsBias() && f.biasLocked(l, j);
        double w = 0;
        for (String line : lines) w = Math.max(w, measure.width(line, f.smallFont));
        if (locked) w += f.layout.smallFont * 1.1;
        w += f.layout.smallFont * 0.6;
        double h = lineHeight * lines.size() + f.layout.smallFont * 0.3;
        double x = f.layout.columnX[l];
        double y = f.layout.neuronY[l][j];
        double r = f.layout.radius + 3;
        // In a dense column notes would fill the gaps in a random checkerboard: only the neuron pointed at gets one.
        if (!forced && f.layout.spacing(l) < h + 2) return;
        Box right = new Box(x + r, y - h / 2, w, h);
        Box rightHigh = new Box(x + r * 0.7, y - r * 0.7 - h, w, h);
        Box above = Box.centred(x, y - r - h / 2, w, h);
        Box below = Box.centred(x, y + r + h / 2, w, h);
        Box left = new Box(x - r - w, y - h / 2, w, h);
        // A hidden column too tight for a two-line note (δ and b) above or below its neurons still has room
        // beside them: those notes were dropped, so the layer being stepped back showed no δ at all.
        boolean roomAboveBelow = forced || f.layout.spacing(l) >= noteRoom(l, h);
        // Only the layer being stepped gets them there: the others' notes would crowd out its edges' numbers.
        if (!roomAboveBelow && l != f.active) return;
        List<Box> candidates = l == f.layout.layers ? List.of(right, rightHigh, above, below)
                : roomAboveBelow ? List.of(above, below, rightHigh, right, left) : besideOnly(l, right, left);
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
        labels.add(new PlacedLabel(element, box, lines, PlacedLabel.Kind.NOTE, locked, f.style.neuronStroke()));
        noted.add(element);
    }

    /**
     * The side boxes whose middle stays on their neuron's half of the gap to the next column: level with
     * their neuron, they are then nearer it than any other and read as its.
     */
    private List<Box> besideOnly(int l, Box right, Box left) {
        List<Box> boxes = new ArrayList<>(2);
        if (l < f.layout.layers && right.x() + right.w() / 2 <= (f.layout.columnX[l] + f.layout.columnX[l + 1]) / 2) boxes.add(right);
        if (l > 0 && left.x() + left.w() / 2 >= (f.layout.columnX[l - 1] + f.layout.columnX[l]) / 2) boxes.add(left);
        return boxes;
    }

    /** The spacing of column l's neurons a note of height h needs: the output column's notes go beside them. */
    private double noteRoom(int l, double h) {
        return l == f.layout.layers ? h + 2 : h + 2 * (f.layout.radius + 3);
    }

    private void placeLoss() {
        String loss = f.text.loss();
        if (loss.isEmpty()) return;
        int last = f.layout.layers;
        double w = measure.width(loss, f.valueFont) + f.layout.font * 0.8;
        double h = f.layout.font * 1.5;
        double x = f.layout.columnX[last];
        double bottom = f.layout.neuronY[last][f.layout.sizes[last] - 1] + f.layout.radius;
        double top = f.layout.neuronY[last][0] - f.layout.radius;
        List<Box> candidates = List.of(Box.centred(x, bottom + h * 1.1, w, h), Box.centred(x, top - h * 1.1, w, h),
                new Box(f.layout.width - w - 4, f.layout.bandBottom - h, w, h));
        Box box = space.takeFirstFree(candidates);
        if (box == null) {
            box = candidates.get(2);
            space.take(box);
        }
        labels.add(new PlacedLabel(null, box, List.of(loss), PlacedLabel.Kind.LOSS, false, f.style.accent()));
    }

    private void placeEdgeLabels() {
        PhaseKind kind = f.text.kind();
        for (int l = 1; l <= f.layout.layers; l++) {
            boolean labelled = kind == null || kind == PhaseKind.ERROR || kind == PhaseKind.UPDATE || l == f.active;
            if (!labelled) continue;
            int edges = f.layout.sizes[l] * (f.layout.sizes[l - 1] + (f.text.biasAsNode() ? 1 : 0));
            phaseEdges += edges;
            // Zoomed in, the edges in sight are what a layer's labels have room among.
            boolean tryAll = (f.layout.zoom.isFit() ? edges : edgesInSight(l)) <= MAX_LABELLED_EDGES_PER_LAYER;
            for (int j = 0; j < f.layout.sizes[l]; j++) {
                for (int i = 0; i < f.layout.sizes[l - 1]; i++) {
                    NetworkElement.Weight w = new NetworkElement.Weight(l, j, i);
                    if ((tryAll && placeEdgeLabel(w, false)) || hasEdgeLabel(w)) phaseEdgesShown++;
                }
                if (f.text.biasAsNode()) {
                    NetworkElement.Bias b = new NetworkElement.Bias(l, j);
                    if ((tryAll && placeEdgeLabel(b, false)) || hasEdgeLabel(b)) phaseEdgesShown++;
                }
            }
        }
    }

    /** Edges of layer l whose middle is in the view's band (zoomed in, the others cannot carry a label there). */
    private int edgesInSight(int l) {
        double x = (f.layout.columnX[l - 1] + f.layout.columnX[l]) / 2;
        if (x < 0 || x > f.layout.width) return 0;
        int count = 0;
        for (int j = 0; j < f.layout.sizes[l]; j++) {
            for (int i = 0; i < f.edgeInputs(l); i++) {
                if (f.layout.inBand((f.edgeStartY(l, i) + f.layout.neuronY[l][j]) / 2)) count++;
            }
        }
        return count;
    }

    private boolean hasEdgeLabel(NetworkElement edge) { return edgeLabelled.contains(edge); }

    /** Places the edge's label on its own segment; whether it was placed now (false if it already was). */
    private boolean placeEdgeLabel(NetworkElement edge, boolean forced) {
        if (hasEdgeLabel(edge)) return false;
        String value = f.edgeText(edge);
        double w = measure.width(value, f.smallFont) + f.layout.smallFont * 0.6;
        double h = f.layout.smallFont * 1.35;
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        List<Box> candidates = new ArrayList<>(EDGE_LABEL_POSITIONS.length);
        for (double t : EDGE_LABEL_POSITIONS) {
            candidates.add(Box.centred(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t, w, h));
        }
        Box box = takeFree(candidates, edge, false);
        Point2D leader = null;
        if (box == null) {
            // No clean spot on the segment: beside it, joined to it by a leader line, if there is room.
            Leader beside = besideWithLeader(a, b, w, h);
            if (beside != null) {
                box = beside.box();
                leader = beside.anchor();
            }
        }
        if (box == null && forced) box = takeFree(candidates, edge, true);
        if (box == null) return false;
        labels.add(new PlacedLabel(edge, box, List.of(value), PlacedLabel.Kind.EDGE, false,
                f.edgeColour(f.edgeValue(edge)), leader));
        edgeLabelled.add(edge);
        return true;
    }

    /** A label box beside its edge and the point of the edge its leader line goes to. */
    private record Leader(Box box, Point2D anchor) {}

    private static final double[] LEADER_POSITIONS = {0.5, 0.36, 0.64, 0.26, 0.74};

    /**
     * A free box a little to either side of the segment a–b that no edge passes through (its own
     * included), whose leader line to the segment crosses no label or neuron; or null. Taken if found.
     */
    private Leader besideWithLeader(Point2D a, Point2D b, double w, double h) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double length = Math.hypot(dx, dy);
        if (length == 0) return null;
        double nx = -dy / length;
        double ny = dx / length;
        // How far the box reaches towards the segment from its centre, along the normal.
        double reach = Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
        for (double gap : new double[] {h * 0.9, h * 1.8}) {
            for (double t : LEADER_POSITIONS) {
                Point2D anchor = new Point2D(a.getX() + dx * t, a.getY() + dy * t);
                for (int side = -1; side <= 1; side += 2) {
                    double cx = anchor.getX() + side * nx * (gap + reach);
                    double cy = anchor.getY() + side * ny * (gap + reach);
                    Box box = Box.centred(cx, cy, w, h);
                    if (!space.isFree(box) || crossedByOtherEdge(box, null)) continue;
                    Point2D end = box.nearestTo(anchor);
                    if (space.crossedBy(anchor.getX(), anchor.getY(), end.getX(), end.getY())) continue;
                    space.take(box);
                    space.takeLine(anchor.getX(), anchor.getY(), end.getX(), end.getY());
                    return new Leader(box, anchor);
                }
            }
        }
        return null;
    }
}
