package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;

/**
 * The words and numbers the network view writes, for one snapshot in one notation. Only values the
 * snapshot already knows are written: a neuron whose layer has not been computed in this sample has
 * no value at all, so nothing stale can be read off the picture.
 *
 * <p>Signs follow {@link Notation}: γ = −δ, w₀ = −b and, for gradients, ∂P/∂w = −∂E/∂w in the MIT notation.
 */
final class NetworkLabels {
    private final Snapshot s;
    private final Notation n;
    private final int digits;
    private final NumberTexts numbers;
    private final Phase phase;

    NetworkLabels(Snapshot snapshot, Notation notation, int digits) {
        this(snapshot, notation, digits, new NumberTexts());
    }

    /** Labels whose numbers are written through (and remembered in) {@code numbers}. */
    NetworkLabels(Snapshot snapshot, Notation notation, int digits, NumberTexts numbers) {
        this.s = snapshot;
        this.n = notation;
        this.digits = digits;
        this.numbers = numbers;
        numbers.checkDecimalMark();
        this.phase = snapshot.phase();
    }

    Notation notation() { return n; }

    String number(double value) { return numbers.text(value, digits); }

    boolean showsBias() { return s.biasMode() != BiasMode.NONE; }

    /** Whether the bias is drawn as a "−1" node with w₀ edges (MIT) rather than written on the neuron. */
    boolean biasAsNode() { return showsBias() && n.biasIsWeightOnMinusOne(); }

    /** The layer the current phase works on, or −1 when it works on all or none. */
    int activeLayer() {
        if (phase == null) return -1;
        return switch (phase.kind()) {
            case FORWARD, BACKWARD -> phase.layer();
            case ERROR -> s.layerCount();
            case UPDATE -> -1;
        };
    }

    PhaseKind kind() { return phase == null ? null : phase.kind(); }

    /** The neuron's output, or "" while its layer has not been computed in this sample. */
    String neuron(int l, int j) { return s.hasForward(l) ? number(s.out(l, j)) : ""; }

    /** The same with fewer significant digits, for a circle too small for the full number. */
    String neuron(int l, int j, int fewerDigits) {
        return s.hasForward(l) ? Texts.numbers(fewerDigits).format(s.out(l, j)) : "";
    }

    int digits() { return digits; }

    /** Extra lines beside a neuron: net input while its layer is computed, target, delta, bias. */
    List<String> annotations(int l, int j) {
        List<String> lines = new ArrayList<>(3);
        PhaseKind kind = kind();
        if (kind == PhaseKind.FORWARD && phase.layer() == l) {
            lines.add(n.netSymbol() + " = " + number(s.net(l, j)));
        }
        if (kind == PhaseKind.ERROR && l == s.layerCount()) {
            lines.add(n.targetSymbol() + " = " + number(s.target(j)));
            lines.add(n.outputSymbol() + " = " + number(s.out(l, j)));
        }
        if (kind == PhaseKind.BACKWARD && s.hasDelta(l)) {
            lines.add(n.deltaSymbol() + " = " + number(n.delta(s.delta(l, j))));
        }
        if (l > 0 && showsBias() && !biasAsNode()) lines.add(biasLine(l, j));
        return lines;
    }

    private String biasLine(int l, int j) {
        String symbol = n.biasSymbol();
        if (s.hasUpdate()) {
            return symbol + " = " + number(n.bias(s.biasBefore(l, j))) + " → " + number(n.bias(s.newBias(l, j)));
        }
        return symbol + " = " + number(n.bias(s.bias(l, j)));
    }

    /** The sample's error (P in the MIT notation) once known, else "". */
    String loss() {
        return s.hasError() ? n.objectiveSymbol() + " = " + number(n.objective(s.loss())) : "";
    }

    /** Whether edges of layer l carry the current phase's number (the others carry their weight). */
    private boolean gradientShown(int l) {
        return kind() == PhaseKind.BACKWARD && s.hasDelta(l);
    }

    /** What an edge says now: its gradient in a backward phase, old → new in the update, else its weight. */
    String weight(int l, int j, int i) {
        if (s.hasUpdate()) return number(s.weightBefore(l, j, i)) + " → " + number(s.newWeight(l, j, i));
        if (gradientShown(l)) return number(n.gradient(s.sampleGradient(l, j, i)));
        return number(s.weight(l, j, i));
    }

    /** The same for the w₀ edge of neuron j in layer l (MIT): ∂P/∂w₀ = δ because w₀ multiplies −1. */
    String biasEdge(int l, int j) {
        if (s.hasUpdate()) {
            return number(n.bias(s.biasBefore(l, j))) + " → " + number(n.bias(s.newBias(l, j)));
        }
        if (gradientShown(l)) return number(s.delta(l, j));
        return number(n.bias(s.bias(l, j)));
    }

    /**
     * "5 of 9 changes shown — all in the matrix view" when not every edge number of the phase found a
     * place on its edge; "" when all did.
     */
    String shownCount(int shown, int of) {
        if (shown >= of) return "";
        String what = switch (kind() == null ? PhaseKind.FORWARD : kind()) {
            case UPDATE -> Texts.get("network.changes");
            case BACKWARD -> Texts.get("network.gradients");
            default -> Texts.get("network.weights");
        };
        return Texts.get("network.shown", shown, of, what);
    }

    /** The weight in force, in the notation's sign (for colour and width). */
    double weightValue(int l, int j, int i) { return s.weight(l, j, i); }

    double biasEdgeValue(int l, int j) { return n.bias(s.bias(l, j)); }

    /**
     * What the numbers on the picture are, e.g. "neurons: output β, delta γ   ·   edges: ∂P/∂w" (the window
     * says which phase it is).
     */
    String caption() {
        StringBuilder neurons = new StringBuilder(Texts.get("network.caption.neurons", n.outSymbol()));
        PhaseKind kind = kind();
        if (kind == PhaseKind.FORWARD) neurons.append(Texts.get("network.caption.net", n.netSymbol()));
        if (kind == PhaseKind.ERROR) neurons.append(Texts.get("network.caption.target", n.targetSymbol()));
        if (kind == PhaseKind.BACKWARD) neurons.append(Texts.get("network.caption.delta", n.deltaSymbol()));
        if (showsBias() && !biasAsNode()) neurons.append(Texts.get("network.caption.bias", n.biasSymbol()));
        String edges;
        if (s.hasUpdate()) edges = Texts.get("network.caption.update");
        else if (kind == PhaseKind.BACKWARD) edges = Texts.get("network.caption.gradient", n.objectiveSymbol());
        else edges = Texts.get("network.caption.weight");
        if (biasAsNode()) edges += Texts.get("network.caption.biasNode");
        return neurons + "   ·   " + edges;
    }
}
