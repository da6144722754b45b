package org.backpropfx.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.backpropfx.engine.Activation;
import org.backpropfx.notation.Notation;
import org.backpropfx.plot.OperatingPoint;
import org.backpropfx.plot.OperatingPoints;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * The activation function β(α) above its derivative (β(1−β) for a sigmoid, 1−β² for tanh, the step
 * of ReLU, 1 for identity), with every neuron's operating point marked on both: where its net input
 * puts it on the curve, and how steep the curve is there. The plot follows the layer of the selected
 * neuron, weight or bias, and with nothing selected in a layer, the layer being stepped ("All layers"
 * ticked: every layer with the same activation). The selected neuron is ringed; saturated neurons
 * (derivative below 0.01, so almost no gradient passes them) are drawn in vermillion and listed under
 * the plot.
 *
 * <p>Softmax has no single curve: output j's a_j = e^z_j / Σ_k e^z_k depends on every net input. For a
 * softmax layer each output gets its own curve, a_j against z_j with the other outputs' z_k fixed at
 * this step's values, which is σ(z_j − ln Σ_{k≠j} e^z_k), and below it ∂a_j/∂z_j = a_j(1 − a_j). The
 * shift ln Σ_{k≠j} e^z_k is read off the engine's own z_j and a_j (it is z_j − ln(a_j/(1 − a_j))), so
 * each curve passes exactly through its output's point.
 */
public final class ActivationPlot extends PlotCanvas {
    private static final double DEFAULT_REACH = 6.0;
    private static final double MAX_REACH = 60.0;
    private static final int CURVE_POINTS = 241;
    /** Up to this many points carry their neuron's number. */
    private static final int MAX_NUMBERED = 12;

    private final ObservableValue<Snapshot> snapshot;
    private final ObservableValue<NetworkElement> selection;
    private final ObservableValue<Notation> notation;
    private final BooleanProperty allLayers = new SimpleBooleanProperty(this, "allLayers", false);
    private volatile List<OperatingPoint> plotted = List.of();
    private volatile Activation shown;
    private volatile int shownLayer;
    private volatile List<Curve> curves = List.of();

    /**
     * A curve as drawn: net inputs, outputs and slopes at CURVE_POINTS points; for a softmax layer, one
     * per output ({@code neuron} its index), else one for the layer ({@code neuron} −1).
     */
    public record Curve(int neuron, double[] net, double[] out, double[] slope) {}

    /**
     * @param snapshot the step being shown; the operating points are its net inputs and outputs (may hold null)
     * @param selection the selected network element; its layer chooses the curve and the points (may hold null)
     * @param notation the symbols on the axes (α/β or z/a); may be null for the gradient notation
     */
    public ActivationPlot(ObservableValue<Snapshot> snapshot, ObservableValue<NetworkElement> selection,
                          ObservableValue<Notation> notation) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.selection = selection;
        this.notation = notation;
        getStyleClass().add("activation-plot");
        CheckBox all = new CheckBox(Texts.get("plot.allLayers"));
        all.selectedProperty().bindBidirectional(allLayers);
        addControls(all);
        watch(snapshot, selection, notation, allLayers);
    }

    /** Show the neurons of every layer that shares the curve, not only the selected element's layer. */
    public BooleanProperty allLayersProperty() { return allLayers; }

    /** The operating points of the last drawing, in data coordinates (α, β) with their derivatives. */
    public List<OperatingPoint> plottedPoints() { return plotted; }

    /** The activation whose curve was last drawn; null if none was. */
    public Activation shownActivation() { return shown; }

    /** The weight layer whose curve was last drawn (1 = first hidden layer). */
    public int shownLayer() { return shownLayer; }

    /** The curves of the last drawing. */
    public List<Curve> shownCurves() { return curves; }

    /**
     * The layer the step works on: the forward or backward phase's layer, the output layer for the error
     * and the update, the first layer before the sample's first step.
     */
    static int activeLayer(Snapshot s) {
        Phase phase = s.phase();
        if (phase == null) return 1;
        return phase.layer() > 0 ? phase.layer() : s.layerCount();
    }

    /** The weight layer an element belongs to, or 0 for an input neuron or no selection. */
    static int layerOf(NetworkElement element) {
        if (element == null) return 0;
        return element.layer();
    }

    @Override void draw(GraphicsContext g, double width, double height) {
        g.setFill(ink().background());
        g.fillRect(0, 0, width, height);
        plotted = List.of();
        shown = null;
        curves = List.of();
        Snapshot s = snapshot.getValue();
        if (s == null) {
            PlotArea.message(g, ink(), width, height, Texts.get("plot.noLesson"));
            return;
        }
        NetworkElement selected = selection == null ? null : selection.getValue();
        int layer = layerOf(selected);
        if (layer > s.layerCount()) layer = 0;
        // Nothing selected in a layer: the plot follows the step.
        if (layer == 0) layer = activeLayer(s);
        Activation f = s.activation(layer);
        shown = f;
        shownLayer = layer;
        plotted = !allLayers.get() ? OperatingPoints.ofLayer(s, layer) : OperatingPoints.withActivation(s, f);

        Notation n = notation == null ? Notation.GRADIENT : notation.getValue();
        double reach = DEFAULT_REACH;
        for (OperatingPoint p : plotted) reach = Math.max(reach, Math.min(MAX_REACH, Math.abs(p.net()) * 1.1));
        if (f == Activation.SOFTMAX) {
            for (OperatingPoint p : plotted) {
                double shift = softmaxShift(p);
                if (Double.isFinite(shift)) reach = Math.max(reach, Math.min(MAX_REACH, Math.abs(shift) + 4));
            }
        }
        List<Curve> drawn = f == Activation.SOFTMAX ? softmaxCurves(reach) : List.of(curve(f, -1, 0, reach));
        curves = drawn;
        double[] b = drawn.isEmpty() ? new double[] {0, 1} : concat(drawn, true);
        double[] d = drawn.isEmpty() ? new double[] {0, 0.25} : concat(drawn, false);

        double left = 52, right = 12, gap = 40, top = 20;
        double footer = 22;
        double[] outRange = range(f, b, plotted, true);
        double[] slopeRange = range(f, d, plotted, false);
        PlotArea upper;
        PlotArea lower;
        // A wide, low plot (a strip under the network) puts the two panels side by side so both stay tall enough to read.
        if (width > 1.8 * height) {
            double panelWidth = Math.max(20, (width - 2 * left - 2 * right) / 2);
            double panelHeight = Math.max(20, height - top - 34 - footer);
            upper = new PlotArea(left, top, panelWidth, panelHeight, -reach, reach, outRange[0], outRange[1], false);
            lower = new PlotArea(2 * left + right + panelWidth, top, panelWidth, panelHeight, -reach, reach,
                    slopeRange[0], slopeRange[1], false);
            // The title stops short of the panel beside it (softmax's is long).
            upper.drawAxes(g, ink(), n.netSymbol(), TextWidth.fitted(n.outSymbol() + " = " + functionName(f, n),
                    PlotStyle.LABEL, panelWidth + left + right - 8));
        } else {
            double panel = Math.max(20, (height - top - gap - 34 - footer) / 2);
            upper = new PlotArea(left, top, width - left - right, panel, -reach, reach, outRange[0], outRange[1], false);
            lower = new PlotArea(left, top + panel + gap, width - left - right, panel, -reach, reach,
                    slopeRange[0], slopeRange[1], false);
            upper.drawAxes(g, ink(), null, n.outSymbol() + " = " + functionName(f, n));
        }
        lower.drawAxes(g, ink(), n.netSymbol(), derivativeName(f, n));

        int selectedNeuron = selected instanceof NetworkElement.Neuron neuron && neuron.layer() == layer
                ? neuron.index() : -1;
        for (Curve c : drawn) {
            // Of a softmax layer's curves the selected output's stands out.
            double lineWidth = c.neuron() < 0 || c.neuron() == selectedNeuron ? 2 : 1.2;
            drawCurve(g, upper, c.net(), c.out(), PlotStyle.BLUE, lineWidth);
            drawCurve(g, lower, c.net(), c.slope(), PlotStyle.GREEN, lineWidth);
        }
        if (f == Activation.SOFTMAX && drawn.isEmpty()) {
            PlotArea.message(g, ink(), width, height, Texts.get("activation.softmax"));
        }
        drawPoints(g, upper, lower, selectedNeuron, layer);
        drawFooter(g, s, width, height - footer / 2, n);
    }

    private static Curve curve(Activation f, int neuron, double shift, double reach) {
        double[] a = new double[CURVE_POINTS];
        double[] b = new double[CURVE_POINTS];
        double[] d = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            a[k] = -reach + 2 * reach * k / (CURVE_POINTS - 1);
            b[k] = f.apply(a[k] - shift);
            d[k] = f.derivative(a[k] - shift, b[k]);
        }
        return new Curve(neuron, a, b, d);
    }

    /** One curve per output of the softmax layer whose outputs are known, through its own point. */
    private List<Curve> softmaxCurves(double reach) {
        List<Curve> list = new ArrayList<>();
        for (OperatingPoint p : plotted) {
            double shift = softmaxShift(p);
            // With the others fixed, a_j(z) = 1 / (1 + C e^−z) is the logistic curve moved by ln C.
            if (Double.isFinite(shift)) list.add(curve(Activation.SIGMOID, p.neuron(), shift, reach));
        }
        return list;
    }

    /** ln Σ_{k≠j} e^z_k from the engine's z_j and a_j: z_j − ln(a_j / (1 − a_j)); not finite for a_j of 0 or 1. */
    static double softmaxShift(OperatingPoint p) {
        return p.net() - Math.log(p.out() / (1 - p.out()));
    }

    private static double[] concat(List<Curve> curves, boolean out) {
        double[] all = new double[curves.size() * CURVE_POINTS];
        for (int c = 0; c < curves.size(); c++) {
            System.arraycopy(out ? curves.get(c).out() : curves.get(c).slope(), 0, all, c * CURVE_POINTS, CURVE_POINTS);
        }
        return all;
    }

    private static double[] range(Activation f, double[] curve, List<OperatingPoint> points, boolean output) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : curve) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        for (OperatingPoint p : points) {
            double v = output ? p.out() : p.derivative();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!output) lo = Math.min(lo, 0);
        double pad = Math.max(hi - lo, 0.5) * 0.08;
        return new double[] {lo - pad, hi + pad};
    }

    private static void drawCurve(GraphicsContext g, PlotArea area, double[] x, double[] y, Color colour,
                                  double lineWidth) {
        area.clip(g);
        g.setStroke(colour);
        g.setLineWidth(lineWidth);
        g.beginPath();
        g.moveTo(area.px(x[0]), area.py(y[0]));
        for (int k = 1; k < x.length; k++) g.lineTo(area.px(x[k]), area.py(y[k]));
        g.stroke();
        g.restore();
    }

    private void drawPoints(GraphicsContext g, PlotArea upper, PlotArea lower, int selectedNeuron, int selectedLayer) {
        // Numbers name neurons only within one layer; with several layers they would be ambiguous.
        boolean numbered = plotted.size() <= MAX_NUMBERED
                && plotted.stream().mapToInt(OperatingPoint::layer).distinct().count() == 1;
        for (int pass = 0; pass < 2; pass++) {
            for (OperatingPoint p : plotted) {
                boolean isSelected = p.layer() == selectedLayer && p.neuron() == selectedNeuron;
                // The selected neuron is drawn last so that no other point hides it.
                if (isSelected != (pass == 1)) continue;
                // A net input beyond the plotted reach is pinned to the edge rather than drawn over the axes.
                marker(g, upper.insideX(upper.px(p.net())), upper.py(p.out()), p, isSelected);
                marker(g, lower.insideX(lower.px(p.net())), lower.py(p.derivative()), p, isSelected);
            }
        }
        if (!numbered) return;
        // Numbers go where they do not collide; the selected neuron's number has the first claim.
        List<double[]> labels = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (OperatingPoint p : plotted) {
                boolean isSelected = p.layer() == selectedLayer && p.neuron() == selectedNeuron;
                if (isSelected != (pass == 0)) continue;
                double x = upper.px(p.net()), y = upper.py(p.out());
                if (isFree(labels, x, y)) number(g, x, y, p);
            }
        }
    }

    /** Whether a number at (x, y) would stay clear of those already written; if so it is reserved. */
    private static boolean isFree(List<double[]> taken, double x, double y) {
        for (double[] t : taken) {
            if (Math.abs(t[0] - x) < 12 && Math.abs(t[1] - y) < 14) return false;
        }
        taken.add(new double[] {x, y});
        return true;
    }

    /** The neuron's number beside its point, so the points can be told apart on a projector. */
    private void number(GraphicsContext g, double x, double y, OperatingPoint p) {
        g.setFont(PlotStyle.LABEL);
        g.setFill(ink().muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Integer.toString(p.neuron() + 1), x, y - 8);
    }

    private void marker(GraphicsContext g, double x, double y, OperatingPoint p, boolean selected) {
        double r = selected ? 6 : 4.5;
        g.setFill(p.saturated() ? PlotStyle.VERMILLION : ink().point());
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(ink().background());
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        if (selected) {
            g.setStroke(PlotStyle.GREEN);
            g.setLineWidth(2.5);
            g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
        }
    }

    private void drawFooter(GraphicsContext g, Snapshot s, double width, double y, Notation n) {
        g.setFont(PlotStyle.LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (plotted.isEmpty()) {
            g.setFill(ink().muted());
            g.fillText(Texts.get("plot.placeNeurons"), 8, y, width - 16);
            return;
        }
        List<String> saturated = new ArrayList<>();
        for (OperatingPoint p : plotted) {
            if (p.saturated()) saturated.add(neuronName(p, s.layerCount()));
        }
        if (saturated.isEmpty()) {
            g.setFill(ink().muted());
            g.fillText(Texts.get("plot.noSaturated", n.outSymbol(), Texts.decimal(Double.toString(OperatingPoint.SATURATION_THRESHOLD))), 8, y,
                    width - 16);
            return;
        }
        int shownNames = Math.min(4, saturated.size());
        String list = String.join(", ", saturated.subList(0, shownNames));
        if (saturated.size() > shownNames) list = Texts.get("plot.andMore", list, saturated.size() - shownNames);
        g.setFill(PlotStyle.VERMILLION);
        g.fillText(Texts.get("plot.saturated", n.outSymbol(), Texts.decimal(Double.toString(OperatingPoint.SATURATION_THRESHOLD)),
                list), 8, y, width - 16);
    }

    static String neuronName(OperatingPoint p, int layers) {
        return p.layer() == layers ? Texts.get("plot.outputNeuron", p.neuron() + 1)
                : Texts.get("plot.neuronOf", p.neuron() + 1, Words.ofLayer(p.layer(), layers));
    }

    static String functionName(Activation f, Notation n) {
        String a = n.netSymbol();
        return switch (f) {
            case SIGMOID -> "1/(1+e^−" + a + ")";
            case TANH -> "tanh " + a;
            case RELU -> "max(0, " + a + ")";
            case IDENTITY -> a;
            case SOFTMAX -> Texts.get("plot.softmax", a);
        };
    }

    /** The derivative written from the output, the way the engine and the textbooks compute it. */
    static String derivativeName(Activation f, Notation n) {
        String b = n.outSymbol();
        String a = n.netSymbol();
        return switch (f) {
            case SIGMOID -> "d" + b + "/d" + a + " = " + b + "(1−" + b + ")";
            case TANH -> "d" + b + "/d" + a + " = 1−" + b + "²";
            case RELU -> Texts.get("plot.reluSlope", b, a);
            case IDENTITY -> "d" + b + "/d" + a + " = 1";
            case SOFTMAX -> "∂" + b + "ⱼ/∂" + a + "ⱼ = " + b + "ⱼ(1−" + b + "ⱼ)";
        };
    }
}
