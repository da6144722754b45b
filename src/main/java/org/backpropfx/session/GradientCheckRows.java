package org.backpropfx.session;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.Network;
import org.backpropfx.notation.Notation;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.quiz.Quiz;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.Snapshot;

/**
 * The gradient check of the network in force at a step, on that step's sample, written in a notation.
 *
 * <p>The engine differentiates its error E with respect to w and b. The MIT notation climbs P = −E and
 * writes the bias as a weight w₀ = −b on a constant −1 input, so its weight gradients are the engine's
 * negated and its w₀ gradients equal the engine's bias gradients (two sign changes). Relative errors do
 * not depend on the notation.
 */
public final class GradientCheckRows {
    /** One weight or bias: names and both gradients in the notation asked for. */
    public record Row(GradientCheck.Entry entry, String parameter, String into, String from, double backprop,
                      double numerical) {
        public double relativeError() { return entry.relativeError(); }
    }

    private final List<Row> rows;
    private final double maxRelativeError;

    private GradientCheckRows(List<Row> rows, double maxRelativeError) {
        this.rows = rows;
        this.maxRelativeError = maxRelativeError;
    }

    public static GradientCheckRows of(Snapshot snapshot, Notation notation) {
        Network network = SnapshotNetwork.inForce(snapshot);
        // With L1/L2 on, both sides are of the error plus the penalty: the gradient the update uses.
        List<GradientCheck.Entry> entries = GradientCheck.check(network, snapshot.settings().loss(), snapshot.input(),
                snapshot.target(), GradientCheck.DEFAULT_STEP, snapshot.settings().l1(), snapshot.settings().l2());
        int layers = snapshot.layerCount();
        List<Row> rows = new ArrayList<>(entries.size());
        for (GradientCheck.Entry e : entries) {
            String into = Words.neuronName(e.layer(), e.neuron(), layers);
            String from = e.isBias() ? (notation.biasIsWeightOnMinusOne() ? Texts.get("gradient.constant") : Texts.get("gradient.bias"))
                    : Words.neuronName(e.layer() - 1, e.input(), layers);
            String name = parameterName(e, notation);
            rows.add(new Row(e, name, into, from, notation.parameterGradient(e.backprop(), e.isBias()),
                    notation.parameterGradient(e.numerical(), e.isBias())));
        }
        return new GradientCheckRows(List.copyOf(rows), GradientCheck.maxRelativeError(entries));
    }

    public List<Row> rows() { return rows; }

    public double maxRelativeError() { return maxRelativeError; }

    /**
     * The parameter as the formulas write it, with its layer: "w₁₂ of layer 2" for the weight into neuron 1
     * of weight layer 2 from its input 2, the bias "w₁₀ of layer 2" (MIT: a weight on the constant −1) or
     * "b₁ of layer 2". Layer, neuron and input together name one parameter, so no two rows read alike.
     */
    static String parameterName(GradientCheck.Entry e, Notation notation) {
        String symbol;
        if (!e.isBias()) symbol = "w" + subscript(e.neuron() + 1, e.input() + 1);
        else if (notation.biasIsWeightOnMinusOne()) symbol = "w" + subscript(e.neuron() + 1, 0);
        else symbol = notation.biasSymbol() + subscript(e.neuron() + 1);
        return Texts.get("gradient.parameter", symbol, e.layer());
    }

    /** b₃, b₁₂: one index. */
    static String subscript(int index) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(index).toCharArray()) sb.append((char) ('₀' + (c - '0')));
        return sb.toString();
    }

    /** w₁₂ for the weight into neuron 1 from input 2; w₁,₁₂ once a number has two digits. */
    static String subscript(int to, int from) {
        String plain = to >= 10 || from >= 10 ? to + "," + from : "" + to + from;
        StringBuilder sb = new StringBuilder();
        for (char c : plain.toCharArray()) sb.append(c == ',' ? ',' : (char) ('₀' + (c - '0')));
        return sb.toString();
    }

    /** "∂E/∂" or "∂P/∂": the derivative the columns hold. */
    public static String derivative(Notation notation) {
        return "∂" + notation.objectiveSymbol() + "/∂";
    }
}
