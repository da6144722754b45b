package org.backpropfx.export;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.notation.MathText;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;

/**
 * The numbers the window's network view writes at one step, as typeset text for the vector exports: the
 * same choice of values (only those the snapshot knows), the same signs (γ = −δ, w₀ = −b, ∂P/∂w = −∂E/∂w in
 * the MIT notation) and the same rounding. A test keeps this in step with the view's own labels.
 */
public final class ShownValues {
    private final Snapshot s;
    private final Notation n;
    private final SignificantFormat format;
    private final Phase phase;

    public ShownValues(Snapshot snapshot, Notation notation, int digits) {
        this.s = snapshot;
        this.n = notation;
        this.format = new SignificantFormat(digits);
        this.phase = snapshot.phase();
    }

    public Snapshot snapshot() { return s; }

    public Notation notation() { return n; }

    public boolean showsBias() { return s.biasMode() != BiasMode.NONE; }

    /** Whether the bias is a "−1" node with w₀ edges (MIT) rather than a line beside the neuron. */
    public boolean biasAsNode() { return showsBias() && n.biasIsWeightOnMinusOne(); }

    public PhaseKind kind() { return phase == null ? null : phase.kind(); }

    /** The layer the phase works on, or −1 when it works on all or none. */
    public int activeLayer() {
        if (phase == null) return -1;
        return switch (phase.kind()) {
            case FORWARD, BACKWARD -> phase.layer();
            case ERROR -> s.layerCount();
            case UPDATE -> -1;
        };
    }

    public MathText number(double v) { return format.math(v); }

    /** The neuron's output, or empty while its layer has not been computed in this sample. */
    public MathText neuron(int l, int j) { return s.hasForward(l) ? number(s.out(l, j)) : MathText.EMPTY; }

    /** Lines beside a neuron: net input while its layer is computed, target and output, delta, bias. */
    public List<MathText> annotations(int l, int j) {
        List<MathText> lines = new ArrayList<>(3);
        PhaseKind kind = kind();
        if (kind == PhaseKind.FORWARD && phase.layer() == l) lines.add(equation(n.netSymbol(), number(s.net(l, j))));
        if (kind == PhaseKind.ERROR && l == s.layerCount()) {
            lines.add(equation(n.targetSymbol(), number(s.target(j))));
            lines.add(equation(n.outputSymbol(), number(s.out(l, j))));
        }
        if (kind == PhaseKind.BACKWARD && s.hasDelta(l)) lines.add(equation(n.deltaSymbol(), number(n.delta(s.delta(l, j)))));
        if (l > 0 && showsBias() && !biasAsNode()) {
            MathText value = s.hasUpdate() ? arrow(n.bias(s.biasBefore(l, j)), n.bias(s.newBias(l, j)))
                    : number(n.bias(s.bias(l, j)));
            lines.add(equation(n.biasSymbol(), value));
        }
        return lines;
    }

    /** The sample's error (P in the MIT notation) once known, else empty. */
    public MathText loss() {
        return s.hasError() ? equation(n.objectiveSymbol(), number(n.objective(s.loss()))) : MathText.EMPTY;
    }

    private boolean gradientShown(int l) { return kind() == PhaseKind.BACKWARD && s.hasDelta(l); }

    /** An edge's text: its gradient in a backward phase, old → new in the update, else its weight. */
    public MathText weight(int l, int j, int i) {
        if (s.hasUpdate()) return arrow(s.weightBefore(l, j, i), s.newWeight(l, j, i));
        if (gradientShown(l)) return number(n.gradient(s.sampleGradient(l, j, i)));
        return number(s.weight(l, j, i));
    }

    /** The same for the w₀ edge of neuron j of layer l (MIT): ∂P/∂w₀ = δ because w₀ multiplies −1. */
    public MathText biasEdge(int l, int j) {
        if (s.hasUpdate()) return arrow(n.bias(s.biasBefore(l, j)), n.bias(s.newBias(l, j)));
        if (gradientShown(l)) return number(s.delta(l, j));
        return number(n.bias(s.bias(l, j)));
    }

    /** The weight in force (its sign colours the edge, its size sets the width). */
    public double weightValue(int l, int j, int i) { return s.weight(l, j, i); }

    public double biasEdgeValue(int l, int j) { return n.bias(s.bias(l, j)); }

    /** What the numbers are, e.g. "neurons: output β, delta γ   ·   edges: ∂P/∂w". */
    public String caption() {
        StringBuilder neurons = new StringBuilder("neurons: output " + n.outSymbol());
        PhaseKind kind = kind();
        if (kind == PhaseKind.FORWARD) neurons.append(", net input ").append(n.netSymbol()).append(" of the active layer");
        if (kind == PhaseKind.ERROR) neurons.append(", target ").append(n.targetSymbol());
        if (kind == PhaseKind.BACKWARD) neurons.append(", delta ").append(n.deltaSymbol());
        if (showsBias() && !biasAsNode()) neurons.append(", bias ").append(n.biasSymbol());
        String edges;
        if (s.hasUpdate()) edges = "edges: old → new weight";
        else if (kind == PhaseKind.BACKWARD) edges = "edges: gradient ∂" + n.objectiveSymbol() + "/∂w";
        else edges = "edges: weight w";
        if (biasAsNode()) edges += " (w₀ from the −1 inputs)";
        return neurons + "   ·   " + edges;
    }

    /** "Epoch 1, sample 2 of 4 — Forward — layer 1 of 2". */
    public String heading() {
        return "Epoch " + (s.epoch() + 1) + ", sample " + (s.sample() + 1) + " of " + s.sampleCount() + " — "
                + s.describePhase();
    }

    private MathText arrow(double before, double after) {
        return MathText.builder().append(number(before)).text(" → ").append(number(after)).build();
    }

    private static MathText equation(String symbol, MathText value) {
        return MathText.builder().symbol(symbol).text(" = ").append(value).build();
    }
}
