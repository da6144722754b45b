package org.backpropfx.ui.network;

import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import java.util.Set;

/**
 * The facts one frame of the network view is built from: layout, texts, what is pointed at, colours
 * and fonts, and the geometry of every edge. {@link LabelPlacer}, {@link NetworkPainter} and
 * {@link NetworkPicture}'s hit testing all read it as {@code f.layout}, {@code f.text}, … (nobody keeps
 * copies of its fields), so following a number from here to the screen is one hop: placed in
 * {@link LabelPlacer}, painted in {@link NetworkPainter}, edges rasterised by {@link EdgeRaster}.
 */
final class Frame {
    final NetworkLayout layout;
    final NetworkLabels text;
    final Snapshot s;
    final NetworkElement selected;
    final NetworkElement hovered;
    /** The elements a lecture script's stop points at, ringed like the selection. */
    final Set<NetworkElement> highlighted;
    final NetworkStyle style;
    final Font valueFont;
    final Font smallFont;
    final Font boldFont;
    /** The layer the phase works on (highlighted), or −1. */
    final int active;
    final double maxAbsWeight;
    final double maxLineWidth;
    /**
     * Every edge's value, read from the snapshot once per frame: the painter, the strips' keys and hit
     * testing each read every edge, and a snapshot's weight is a look-up through its phases.
     */
    private final double[][] edgeValues;
    /** Whether each edge is locked, laid out as {@link #edgeValues}: the strips' keys and the lock marks each ask for every edge. */
    private final boolean[][] edgeLocks;

    Frame(NetworkLayout layout, NetworkLabels text, Snapshot snapshot, NetworkElement selected,
          NetworkElement hovered, NetworkStyle style) {
        this(layout, text, snapshot, selected, hovered, Set.of(), style);
    }

    Frame(NetworkLayout layout, NetworkLabels text, Snapshot snapshot, NetworkElement selected,
          NetworkElement hovered, Set<NetworkElement> highlighted, NetworkStyle style) {
        this.highlighted = highlighted;
        this.layout = layout;
        this.text = text;
        this.s = snapshot;
        this.selected = selected;
        this.hovered = hovered;
        this.style = style;
        valueFont = Font.font(style.fontFamily(), FontWeight.NORMAL, layout.font);
        smallFont = Font.font(style.fontFamily(), FontWeight.NORMAL, layout.smallFont);
        boldFont = Font.font(style.fontFamily(), FontWeight.BOLD, layout.font);
        active = text.activeLayer();
        edgeValues = readEdgeValues();
        edgeLocks = readEdgeLocks();
        maxAbsWeight = maxAbsWeight();
        maxLineWidth = Math.max(2, Math.min(8, layout.radius * 0.3));
    }

    boolean exists(NetworkElement e) {
        int layers = layout.layers;
        if (e.layer() > layers) return false;
        if (e instanceof NetworkElement.Neuron n) return n.index() < layout.sizes[n.layer()];
        if (e instanceof NetworkElement.Weight w) return w.to() < layout.sizes[w.layer()] && w.from() < layout.sizes[w.layer() - 1];
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return text.showsBias() && b.neuron() < layout.sizes[b.layer()];
    }

    Point2D edgeStart(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return layout.neuron(w.layer() - 1, w.from());
        return new Point2D(layout.columnX[edge.layer() - 1], layout.biasY[edge.layer() - 1]);
    }

    Point2D edgeEnd(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return layout.neuron(w.layer(), w.to());
        NetworkElement.Bias b = (NetworkElement.Bias) edge;
        return layout.neuron(b.layer(), b.neuron());
    }

    String edgeText(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return text.weight(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) edge;
        return text.biasEdge(b.layer(), b.neuron());
    }

    double edgeValue(NetworkElement edge) {
        if (edge instanceof NetworkElement.Weight w) return edgeValue(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) edge;
        return text.biasEdgeValue(b.layer(), b.neuron());
    }

    Color edgeColour(double value) { return value < 0 ? style.negative() : style.positive(); }

    /** Width grows with √|w| relative to the largest weight, so small weights stay visible. */
    double lineWidth(double value) {
        double relative = maxAbsWeight > 0 ? Math.min(1, Math.abs(value) / maxAbsWeight) : 0;
        return 0.8 + (maxLineWidth - 0.8) * Math.sqrt(relative);
    }

    private double maxAbsWeight() {
        double max = 0;
        for (int l = 1; l <= layout.layers; l++) {
            // The bias edges count only where they are drawn (as w₀ edges from the "−1" node).
            int counted = layout.sizes[l - 1] + (text.biasAsNode() ? 1 : 0);
            int inputs = layout.sizes[l - 1] + 1;
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < counted; i++) max = Math.max(max, Math.abs(edgeValues[l][j * inputs + i]));
            }
        }
        return max;
    }

    /** Per layer l ≥ 1, row j: the weights from each neuron of layer l − 1, then the bias edge's value. */
    private double[][] readEdgeValues() {
        double[][] values = new double[layout.layers + 1][];
        for (int l = 1; l <= layout.layers; l++) {
            int before = layout.sizes[l - 1];
            double[] layer = new double[layout.sizes[l] * (before + 1)];
            for (int j = 0, k = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < before; i++) layer[k++] = text.weightValue(l, j, i);
                layer[k++] = text.showsBias() ? text.biasEdgeValue(l, j) : 0;
            }
            values[l] = layer;
        }
        return values;
    }

    /** Per layer l ≥ 1, row j: whether the weight from each neuron of layer l − 1 is locked, then the bias. */
    private boolean[][] readEdgeLocks() {
        boolean[][] locks = new boolean[layout.layers + 1][];
        for (int l = 1; l <= layout.layers; l++) {
            int before = layout.sizes[l - 1];
            boolean[] layer = new boolean[layout.sizes[l] * (before + 1)];
            for (int j = 0, k = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < before; i++) layer[k++] = s.isWeightLocked(l, j, i);
                layer[k++] = text.showsBias() && biasLocked(l, j);
            }
            locks[l] = layer;
        }
        return locks;
    }

    // --- edges by index (drawing thousands of them allocates nothing) ------------------------------

    /** Inputs per neuron of layer l that have an edge: the previous layer, plus the "−1" node in MIT notation. */
    int edgeInputs(int l) { return layout.sizes[l - 1] + (text.biasAsNode() ? 1 : 0); }

    /** The value of the edge into neuron j of layer l from input i; i = size of layer l − 1 is the bias edge. */
    double edgeValue(int l, int j, int i) { return edgeValues[l][j * (layout.sizes[l - 1] + 1) + i]; }

    boolean edgeLocked(int l, int j, int i) { return edgeLocks[l][j * (layout.sizes[l - 1] + 1) + i]; }

    /** y where the edge from input i into layer l starts (a neuron of layer l − 1, or its "−1" node). */
    double edgeStartY(int l, int i) {
        return i < layout.sizes[l - 1] ? layout.neuronY[l - 1][i] : layout.biasY[l - 1];
    }

    boolean isLocked(NetworkElement e) {
        if (e instanceof NetworkElement.Weight w) return s.isWeightLocked(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return biasLocked(b.layer(), b.neuron());
    }

    boolean biasLocked(int l, int j) {
        return s.biasMode() == BiasMode.LOCKED || s.isBiasLocked(l, j);
    }

    static String layerName(int l, int layers) {
        if (l == 0) return Texts.get("network.layer.input");
        if (l == layers) return Texts.get("network.layer.output");
        return Texts.get("network.layer.hidden", l);
    }
}
