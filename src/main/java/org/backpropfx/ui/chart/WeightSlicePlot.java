package org.backpropfx.ui.chart;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.TextAlignment;
import org.backpropfx.engine.DataSet;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.WeightSlice;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * The error along the selected weight or bias with everything else held fixed: the curve, the current
 * value as a point, the tangent there (its slope is the gradient backpropagation computes), and the
 * point where one gradient step lands. Switchable between the current sample and the whole set.
 *
 * <p>A whole-set curve of a big lesson costs far more than a frame, so it is computed in the background
 * ({@link SliceWorker}); meanwhile the last finished curve of the same weight stays on screen, marked
 * as being updated.
 *
 * <p>Everything is shown in the chosen notation: in the MIT notation the curve is the performance
 * P = −E (a hill the step climbs), and a bias is shown as w₀ = −b, so that its axis runs the other way.
 */
public final class WeightSlicePlot extends PlotCanvas {
    private final ObservableValue<Snapshot> snapshot;
    private final ObservableValue<NetworkElement> selection;
    private final Supplier<DataSet> data;
    private final ObservableValue<Notation> notation;
    private final ObservableValue<? extends Number> digits;
    private final BooleanProperty wholeSet = new SimpleBooleanProperty(this, "wholeSet", false);

    private final SliceWorker worker = new SliceWorker(this::invalidatePlot);
    private volatile WeightSlice slice;

    /**
     * @param snapshot the step being shown: the network's weights in force and the current sample (may hold null)
     * @param selection the selected element; the plot needs a weight or a bias (may hold null)
     * @param data the lesson's training samples, for the whole-set curve; may be null or supply null
     * @param notation symbols and signs; may be null for the gradient notation
     * @param digits significant digits of the numbers written; may be null for 4
     */
    public WeightSlicePlot(ObservableValue<Snapshot> snapshot, ObservableValue<NetworkElement> selection,
                           Supplier<DataSet> data, ObservableValue<Notation> notation,
                           ObservableValue<? extends Number> digits) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.data = data == null ? () -> null : data;
        this.notation = notation;
        this.digits = digits;
        getStyleClass().add("weight-slice-plot");
        ToggleButton sample = new ToggleButton(Texts.get("plot.thisSample"));
        ToggleButton set = new ToggleButton(Texts.get("plot.wholeSet"));
        sample.setId("sliceThisSample");
        set.setId("sliceWholeSet");
        org.controlsfx.control.SegmentedButton scope = Segments.of(sample, set);
        sample.setSelected(true);
        set.selectedProperty().bindBidirectional(wholeSet);
        wholeSet.addListener((o, a, b) -> sample.setSelected(!b));
        addControls(scope);
        watch(snapshot, selection, notation, digits, wholeSet);
    }

    /** Slice the error of the whole training set (the full-batch error) instead of the current sample's. */
    public BooleanProperty wholeSetProperty() { return wholeSet; }

    /**
     * The slice of the last drawing; null when none could be drawn. While a dear whole-set curve is computed
     * in the background, this is the newest finished one of the same weight, at an earlier step.
     */
    public WeightSlice slice() { return slice; }

    /** Computes and hands over the slices: for tests, which ask where they were computed. */
    SliceWorker worker() { return worker; }

    @Override void draw(GraphicsContext g, double width, double height) {
        g.setFill(ink().background());
        g.fillRect(0, 0, width, height);
        Snapshot s = snapshot.getValue();
        NetworkElement element = selection.getValue();
        DataSet set = wholeSet.get() ? data.get() : null;
        if (s == null) {
            showNothing(g, width, height, Texts.get("plot.noLesson"));
            return;
        }
        if (!(element instanceof NetworkElement.Weight) && !(element instanceof NetworkElement.Bias)) {
            showNothing(g, width, height, Texts.get("plot.selectWeight"));
            return;
        }
        if (wholeSet.get() && set == null) {
            showNothing(g, width, height, Texts.get("plot.noSamples"));
            return;
        }
        SliceWorker.Result result = worker.show(new SliceWorker.Request(s, element, set));
        if (result == null) {
            slice = null;
            PlotArea.message(g, ink(), width, height, set == null ? Texts.get(element instanceof NetworkElement.Bias ? "plot.computingBias" : "plot.computingWeight")
                    : Texts.get("plot.computingSet", set.size()));
            return;
        }
        if (result.problem() != null) {
            slice = null;
            PlotArea.message(g, ink(), width, height, result.problem());
            return;
        }
        slice = result.slice();
        drawSlice(g, width, height, slice, new View(notation == null ? Notation.GRADIENT : notation.getValue(), element));
        // The curve is that of an earlier step of the same weight while the newest one is computed.
        if (result.request().snapshot() != s) drawUpdating(g, width);
    }

    private void showNothing(GraphicsContext g, double width, double height, String message) {
        worker.cancel();
        slice = null;
        PlotArea.message(g, ink(), width, height, message);
    }

    private void drawUpdating(GraphicsContext g, double width) {
        g.setFont(PlotStyle.LABEL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(ink().muted());
        g.fillText(Texts.get("plot.updating"), width - 8, 42);
    }

    /** How a slice is shown in a notation: the signs of the axes and the names on them. */
    private record View(Notation notation, NetworkElement element) {
        /** −1 when the bias is shown as w₀ = −b. */
        double xSign() { return element instanceof NetworkElement.Bias && notation.biasIsWeightOnMinusOne() ? -1 : 1; }

        /** −1 when the performance P = −E is shown. */
        double ySign() { return notation.objective(1.0); }

        String parameterSymbol() {
            if (element instanceof NetworkElement.Bias) return notation.biasSymbol();
            return "w";
        }
    }

    private void drawSlice(GraphicsContext g, double width, double height, WeightSlice w, View v) {
        int d = digits == null ? SignificantFormat.DEFAULT_DIGITS : digits.getValue().intValue();
        SignificantFormat format = Texts.numbers(Math.max(SignificantFormat.MIN_DIGITS,
                Math.min(SignificantFormat.MAX_DIGITS, d)));
        double xs = v.xSign(), ys = v.ySign();
        int n = w.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            x[k] = xs * w.value(k);
            y[k] = ys * w.error(k);
            yLo = Math.min(yLo, y[k]);
            yHi = Math.max(yHi, y[k]);
        }
        double pad = Math.max(yHi - yLo, 1e-9) * 0.1;
        double xLo = Math.min(x[0], x[n - 1]), xHi = Math.max(x[0], x[n - 1]);
        double left = 64, right = 12, top = 54, bottom = 36;
        // A slice along which P hardly changes needs many digits to tell its ticks apart ("−0.488933021").
        PlotArea area = new PlotArea(left, top, width - left - right, height - top - bottom, xLo, xHi, yLo - pad,
                yHi + pad, false).withRoomForYLabels();
        String objective = v.notation().objectiveSymbol();
        String p = v.parameterSymbol();
        area.drawAxes(g, ink(), p, objective);

        area.clip(g);
        g.setStroke(PlotStyle.BLUE);
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(area.px(x[0]), area.py(y[0]));
        for (int k = 1; k < n; k++) g.lineTo(area.px(x[k]), area.py(y[k]));
        g.stroke();

        // The tangent is the same line in any notation: both flips are applied to its two ends.
        g.setStroke(PlotStyle.GREEN);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        double wa = w.value(0), wb = w.value(n - 1);
        area.strokeInside(g, area.px(xs * wa), area.py(ys * w.tangent(wa)), area.px(xs * wb), area.py(ys * w.tangent(wb)));
        g.setLineDashes(null);

        double cx = area.px(xs * w.current()), cy = area.py(ys * w.currentError());
        double nx = area.insideX(area.px(xs * w.next())), ny = area.insideY(area.py(ys * w.nextError()));
        if (w.moves() && Math.abs(nx - cx) > 8) {
            g.setStroke(PlotStyle.VERMILLION);
            g.setLineWidth(1.5);
            g.strokeLine(cx, cy, nx, ny);
            double dir = Math.signum(nx - cx);
            g.strokeLine(nx, ny, nx - dir * 7, ny - 4);
            g.strokeLine(nx, ny, nx - dir * 7, ny + 4);
        }
        g.setLineWidth(2);
        g.setStroke(PlotStyle.VERMILLION);
        g.setFill(ink().background());
        g.fillOval(nx - 5, ny - 5, 10, 10);
        g.strokeOval(nx - 5, ny - 5, 10, 10);
        g.setFill(ink().text());
        g.fillOval(cx - 5, cy - 5, 10, 10);
        g.restore();

        String slopeText = "∂" + objective + "/∂" + p + " = " + format.format(xs * ys * w.slope());
        String step = w.moves()
                ? Texts.get("plot.next", p, format.format(xs * w.next()), v.notation().rateSymbol(),
                        format.format(w.learningRate()))
                : Texts.get("plot.locked", p);
        g.setFont(PlotStyle.LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(ink().text());
        g.fillText(p + " = " + format.format(xs * w.current()) + "   " + objective + " = "
                + format.format(ys * w.currentError()), 8, 10, width - 16);
        g.setFill(PlotStyle.GREEN.darker());
        g.fillText(slopeText + "   ", 8, 26, width / 2);
        g.setFill(PlotStyle.VERMILLION);
        g.fillText(step, Math.min(width / 2, 16 + TextWidth.of(slopeText, PlotStyle.LABEL)), 26, width / 2 - 8);
    }
}
