package org.backpropfx.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backpropfx.notation.MathText;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * The network as the window draws it at one step, as vector shapes: one column per layer, the "−1" bias
 * nodes of the MIT notation, edges coloured by the sign of their weight and as wide as it is large (faded
 * outside the phase's layer), each neuron's output inside it and the phase's values beside it, the
 * numbers on the edges, the error, and a heading saying which step it is.
 */
public final class NetworkDrawing {
    public static final double FONT = 13;
    private static final double SMALL = 11.5;
    private static final double RADIUS = 23;
    private static final double BIAS_HALF = 14;
    private static final double COLUMN_GAP = 240;
    private static final double SPACING = 92;
    private static final double LEFT = 80;
    private static final double RIGHT = 190;
    private static final double TOP = 78;
    private static final double BOTTOM = 56;
    /** Where along an edge its number sits, on average: nearer the neuron it feeds, where edges into it fan apart. */
    private static final double LABEL_AT = 0.68;

    private final ShownValues v;
    private final int layers;
    private final int[] sizes;
    private final double width;
    private final double height;
    private final double[] columnX;
    private final double[][] neuronY;
    private final double[] biasY;
    private final boolean withHeading;

    private NetworkDrawing(ShownValues values, boolean withHeading) {
        this.v = values;
        this.withHeading = withHeading;
        Snapshot s = values.snapshot();
        layers = s.layerCount();
        sizes = new int[layers + 1];
        for (int l = 0; l <= layers; l++) sizes[l] = s.size(l);
        int slots = 0;
        for (int l = 0; l <= layers; l++) slots = Math.max(slots, sizes[l] + (biasNode(l) ? 1 : 0));
        double band = slots * SPACING;
        double top = withHeading ? TOP : 24;
        width = LEFT + COLUMN_GAP * layers + RIGHT;
        height = top + band + BOTTOM;
        columnX = new double[layers + 1];
        neuronY = new double[layers + 1][];
        biasY = new double[layers + 1];
        for (int l = 0; l <= layers; l++) {
            columnX[l] = LEFT + COLUMN_GAP * l;
            int here = sizes[l] + (biasNode(l) ? 1 : 0);
            double first = top + (band - here * SPACING) / 2 + SPACING / 2;
            neuronY[l] = new double[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) neuronY[l][j] = first + SPACING * j;
            biasY[l] = biasNode(l) ? first + SPACING * sizes[l] : Double.NaN;
        }
    }

    /** The drawing of a step, with the heading and caption above the network. */
    public static NetworkDrawing of(ShownValues values) { return new NetworkDrawing(values, true); }

    /** The network alone, for a worksheet page that says what it is in its own words. */
    public static NetworkDrawing withoutHeading(ShownValues values) { return new NetworkDrawing(values, false); }

    public double width() { return width; }

    public double height() { return height; }

    public ShownValues values() { return v; }

    private boolean biasNode(int column) { return v.biasAsNode() && column < layers; }

    /** Every text the drawing writes, in drawing order (the numbers and the words around them). */
    public List<MathText> texts() {
        List<MathText> texts = new ArrayList<>();
        paint(new VectorCanvas() {
            @Override public void rectangle(double x, double y, double w, double h, Rgb fill, Rgb stroke, double sw) { }
            @Override public void line(double x1, double y1, double x2, double y2, double w, Rgb c, boolean d) { }
            @Override public void circle(double cx, double cy, double r, Rgb f, Rgb s, double sw, boolean d) { }
            @Override public void text(double x, double y, MathText text, double size, Anchor a, Rgb c, boolean b) {
                texts.add(text);
            }
        });
        return texts;
    }

    public void paint(VectorCanvas c) {
        Snapshot s = v.snapshot();
        int active = v.activeLayer();
        if (active > 0) {
            double x0 = columnX[active - 1] + RADIUS + 6;
            double x1 = columnX[active] + RADIUS + 8;
            double top = (withHeading ? TOP : 24) - 8;
            c.rectangle(x0, top, x1 - x0, height - BOTTOM - top + 8, Rgb.ACTIVE_BAND, null, 0);
        }
        double max = maxAbsWeight();
        // Edges first, under the neurons.
        for (int l = 1; l <= layers; l++) {
            double keep = active < 0 || active == l ? 1.0 : 0.3;
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    double w = v.weightValue(l, j, i);
                    c.line(columnX[l - 1], neuronY[l - 1][i], columnX[l], neuronY[l][j], lineWidth(w, max),
                            (w < 0 ? Rgb.NEGATIVE : Rgb.POSITIVE).faded(keep), s.isWeightLocked(l, j, i));
                }
                if (biasNode(l - 1)) {
                    double w = v.biasEdgeValue(l, j);
                    c.line(columnX[l - 1], biasY[l - 1], columnX[l], neuronY[l][j], lineWidth(w, max),
                            (w < 0 ? Rgb.NEGATIVE : Rgb.POSITIVE).faded(keep), s.isBiasLocked(l, j));
                }
            }
        }
        for (int l = 0; l <= layers; l++) {
            boolean known = s.hasForward(l);
            for (int j = 0; j < sizes[l]; j++) {
                Rgb stroke = !known ? Rgb.EMPTY_STROKE : l == active ? Rgb.ACCENT : Rgb.NEURON_STROKE;
                c.circle(columnX[l], neuronY[l][j], RADIUS, known ? Rgb.NEURON_FILL : Rgb.WHITE, stroke,
                        l == active ? 2.5 : 1.5, !known);
            }
            if (biasNode(l)) {
                c.rectangle(columnX[l] - BIAS_HALF, biasY[l] - BIAS_HALF, 2 * BIAS_HALF, 2 * BIAS_HALF, Rgb.NEURON_FILL,
                        Rgb.NEURON_STROKE, 1.5);
                c.text(columnX[l], biasY[l], MathText.text("−1"), SMALL, VectorCanvas.Anchor.CENTER, Rgb.TEXT, false);
            }
        }
        if (withHeading) {
            c.text(16, 22, MathText.text(v.heading()), FONT + 2, VectorCanvas.Anchor.LEFT, Rgb.TEXT, false);
            c.text(16, 44, MathText.text(v.caption()), SMALL, VectorCanvas.Anchor.LEFT, Rgb.MUTED, false);
        }
        // Numbers on the edges.
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                int edges = sizes[l - 1] + (biasNode(l - 1) ? 1 : 0);
                for (int i = 0; i < sizes[l - 1]; i++) {
                    edgeLabel(c, columnX[l - 1], neuronY[l - 1][i], columnX[l], neuronY[l][j], v.weight(l, j, i),
                            labelAt(i, edges));
                }
                if (biasNode(l - 1)) {
                    edgeLabel(c, columnX[l - 1], biasY[l - 1], columnX[l], neuronY[l][j], v.biasEdge(l, j),
                            labelAt(edges - 1, edges));
                }
            }
        }
        // Values in and beside the neurons.
        for (int l = 0; l <= layers; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                MathText value = v.neuron(l, j);
                if (!value.isEmpty()) {
                    c.text(columnX[l], neuronY[l][j], value, SMALL, VectorCanvas.Anchor.CENTER, Rgb.TEXT, false);
                }
                List<MathText> lines = v.annotations(l, j);
                double y = neuronY[l][j] - RADIUS - 8 - (lines.size() - 1) * (SMALL + 4);
                for (MathText line : lines) {
                    c.text(columnX[l] + RADIUS * 0.6, y, line, SMALL, VectorCanvas.Anchor.LEFT, Rgb.TEXT, true);
                    y += SMALL + 4;
                }
            }
        }
        MathText loss = v.loss();
        double namesY = height - BOTTOM + 30;
        if (!loss.isEmpty()) {
            c.text(columnX[layers] + RADIUS + 12, neuronY[layers][sizes[layers] - 1] + RADIUS + 14, loss, FONT,
                    VectorCanvas.Anchor.LEFT, Rgb.TEXT, true);
        }
        for (int l = 0; l <= layers; l++) {
            String name = l == 0 ? "inputs" : l == layers ? "output layer" : "hidden layer " + l;
            c.text(columnX[l], namesY, MathText.text(name), SMALL, VectorCanvas.Anchor.CENTER, Rgb.MUTED, false);
        }
    }

    /**
     * Where along the k-th of the edges into one neuron its number sits: staggered from near the neuron
     * for the first to the middle for the last, so the numbers of edges that cross do not cover each other.
     */
    private static double labelAt(int k, int edges) {
        return edges <= 1 ? LABEL_AT : LABEL_AT + 0.08 - 0.24 * k / (edges - 1);
    }

    private static void edgeLabel(VectorCanvas c, double x0, double y0, double x1, double y1, MathText text, double at) {
        double x = x0 + (x1 - x0) * at;
        double y = y0 + (y1 - y0) * at;
        c.text(x, y, text, SMALL, VectorCanvas.Anchor.CENTER, Rgb.TEXT, true);
    }

    private double maxAbsWeight() {
        double max = 0;
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) max = Math.max(max, Math.abs(v.weightValue(l, j, i)));
                if (biasNode(l - 1)) max = Math.max(max, Math.abs(v.biasEdgeValue(l, j)));
            }
        }
        return max;
    }

    private static double lineWidth(double w, double max) {
        double relative = max > 0 ? Math.min(1, Math.abs(w) / max) : 0;
        return 0.8 + 4.2 * relative;
    }

    /** The phase heading of a snapshot, for file names and titles. */
    public static String describe(Snapshot s) {
        Phase p = s.phase();
        return p == null ? "ready" : p.kind().name().toLowerCase(Locale.ROOT) + (p.layer() > 0 ? "-" + p.layer() : "");
    }
}
