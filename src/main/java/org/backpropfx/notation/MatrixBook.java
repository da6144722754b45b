package org.backpropfx.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Loss;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * The working of a phase in the vector notation of article 002: z^l = W^l a^(l−1) + b^l, a^l = σ(z^l),
 * δ^L = ∂E/∂a^L ⊙ σ′(z^L), δ^l = ((W^(l+1))ᵀ δ^(l+1)) ⊙ σ′(z^l), ∂E/∂W^l = δ^l (a^(l−1))ᵀ, and the
 * update as old W, ΔW and new W side by side, with every number of the phase in a cell.
 *
 * <p>As in {@link FormulaBook} every number is read from the snapshot and only has its sign flipped by
 * the notation; nothing is computed here. In the MIT notation the bias is the first column of W, w₀,
 * multiplying the −1 at the top of the input vector, and γ = −δ, P = −E.
 */
public final class MatrixBook {
    private final Notation notation;
    private final SignificantFormat format;

    public MatrixBook(Notation notation, SignificantFormat format) {
        this.notation = Objects.requireNonNull(notation, "notation");
        this.format = Objects.requireNonNull(format, "format");
    }

    public MatrixBook(Notation notation, int digits) { this(notation, new SignificantFormat(digits)); }

    /** The lines of the current phase (before the first: the sample's input and target). */
    public List<MatrixEquation> phase(Snapshot s) {
        List<MatrixEquation> lines = new ArrayList<>();
        Phase phase = s.phase();
        if (phase == null) {
            lines.add(line("input of the sample", column("x", s.size(0), i -> s.input(i), i -> neuron(0, i))));
            int last = s.layerCount();
            lines.add(line("target of the sample",
                    column(notation.targetSymbol(), s.size(last), k -> s.target(k), k -> neuron(last, k))));
            return lines;
        }
        switch (phase.kind()) {
            case FORWARD -> forward(s, phase.layer(), lines);
            case ERROR -> error(s, lines);
            case BACKWARD -> backward(s, phase.layer(), lines);
            case UPDATE -> {
                for (int l = 1; l <= s.layerCount(); l++) update(s, l, lines);
            }
        }
        return lines;
    }

    // --- forward ---------------------------------------------------------------------------------

    private void forward(Snapshot s, int l, List<MatrixEquation> lines) {
        String net = notation.netSymbol() + sup(l);
        String out = notation.outSymbol() + sup(l);
        List<MatrixEquation.Term> terms = new ArrayList<>();
        terms.add(column(net, s.size(l), j -> s.net(l, j), j -> neuron(l, j)));
        terms.add(op("="));
        terms.add(weights(s, l, "W" + sup(l), false));
        terms.add(op("·"));
        terms.add(inputVector(s, l));
        if (hasBias(s) && !notation.biasIsWeightOnMinusOne()) {
            terms.add(op("+"));
            terms.add(column("b" + sup(l), s.size(l), j -> s.biasBefore(l, j), j -> bias(l, j)));
        }
        lines.add(new MatrixEquation("net input of " + layerName(s, l), terms));
        String f = activationName(s.activation(l));
        lines.add(new MatrixEquation("output of " + layerName(s, l) + " (" + s.activation(l).id() + ")", List.of(
                column(out, s.size(l), j -> s.out(l, j), j -> neuron(l, j)),
                op("= " + f + "("),
                column(net, s.size(l), j -> s.net(l, j), j -> neuron(l, j)),
                op(")"))));
    }

    /**
     * W^l as the forward pass uses it (weights before the update); in the MIT notation with the w₀
     * column first unless {@code withoutBias}.
     */
    private MatrixEquation.Block weights(Snapshot s, int l, String name, boolean withoutBias) {
        return matrix(s, l, name, withoutBias, (j, i) -> s.weightBefore(l, j, i), j -> notation.bias(s.biasBefore(l, j)));
    }

    /** a^(l−1), or in the MIT notation the same with the −1 on top that the w₀ column multiplies. */
    private MatrixEquation.Block inputVector(Snapshot s, int l) {
        int n = s.size(l - 1);
        List<MatrixEquation.Cell> cells = new ArrayList<>(n + 1);
        boolean minusOne = mitBiasColumn(s);
        if (minusOne) cells.add(new MatrixEquation.Cell(format.format(-1.0), -1.0, null));
        for (int i = 0; i < n; i++) cells.add(cell(s.out(l - 1, i), neuron(l - 1, i)));
        String name = l == 1 ? "x" : notation.outSymbol() + sup(l - 1);
        if (minusOne) name = "[−1; " + name + "]";
        return new MatrixEquation.Block(name, cells.size(), 1, cells);
    }

    // --- error -----------------------------------------------------------------------------------

    private void error(Snapshot s, List<MatrixEquation> lines) {
        int last = s.layerCount();
        int outputs = s.size(last);
        Loss loss = s.settings().loss();
        String objective = notation.objectiveSymbol();
        String sign = notation.objectiveSign();
        String factor = switch (loss) {
            case HALF_SSE -> "½";
            case SSE -> "";
            case MSE -> "(1/" + outputs + ")";
            default -> "";
        };
        MatrixEquation.Block e = new MatrixEquation.Block(objective, 1, 1,
                List.of(cell(notation.objective(s.loss()), null)));
        if (loss.isCrossEntropy()) {
            String plus = notation.maximisesPerformance() ? "= Σ" : "= −Σ";
            List<MatrixEquation.Term> terms = new ArrayList<>(List.of(e, op(plus + " ("), target(s), op("⊙ log("),
                    output(s), op(")")));
            if (loss == Loss.BINARY_CROSS_ENTROPY) {
                terms.addAll(List.of(op("+ (1 −"), target(s), op(") ⊙ log(1 −"), output(s), op("))")));
            } else {
                terms.add(op(")"));
            }
            lines.add(new MatrixEquation((notation.maximisesPerformance() ? "performance (" : "error (") + loss.id() + ")",
                    terms));
            return;
        }
        lines.add(new MatrixEquation((notation.maximisesPerformance() ? "performance (" : "error (") + loss.id() + ")",
                List.of(e, op("= " + sign + factor + "‖"), target(s), op("−"), output(s),
                        op("‖²"))));
    }

    private MatrixEquation.Block target(Snapshot s) {
        int last = s.layerCount();
        return column(notation.targetSymbol(), s.size(last), k -> s.target(k), k -> neuron(last, k));
    }

    /** The network's output: z in the MIT notation, a^L in the other. */
    private MatrixEquation.Block output(Snapshot s) {
        int last = s.layerCount();
        String name = notation.outputHasItsOwnSymbol() ? notation.outputSymbol() : notation.outSymbol() + sup(last);
        return column(name, s.size(last), k -> s.out(last, k), k -> neuron(last, k));
    }

    // --- backward --------------------------------------------------------------------------------

    private void backward(Snapshot s, int l, List<MatrixEquation> lines) {
        String d = notation.deltaSymbol();
        MatrixEquation.Block delta = deltas(s, l, d + sup(l));
        List<MatrixEquation.Term> terms = new ArrayList<>();
        terms.add(delta);
        int last = s.layerCount();
        boolean targetFirst = notation.deltaIsTargetMinusOutput();
        String open = "(";
        if (l == last) open = switch (s.settings().loss()) {
            case SSE -> "2(";
            case MSE -> "(2/" + s.size(last) + ")(";
            default -> "(";
        };
        Loss loss = s.settings().loss();
        boolean plainDifference = l == last && loss.cancelsWith(s.activation(l));
        boolean written = l == last && !plainDifference
                && (loss.isCrossEntropy() || s.activation(l) == Activation.SOFTMAX);
        if (plainDifference || written) {
            // The loss's derivative and the output's cancel to a plain difference, or (a softmax or
            // cross-entropy without its partner) the chain is written in the formula panel.
            terms.add(op(plainDifference ? "= (" : "= ∂" + notation.objectiveSymbol() + "/∂" + notation.netSymbol()
                    + sup(l) + " from ("));
            terms.add(targetFirst ? target(s) : output(s));
            terms.add(op(plainDifference ? "−" : ","));
            terms.add(targetFirst ? output(s) : target(s));
            terms.add(op(")"));
            lines.add(new MatrixEquation("deltas " + d + " of " + layerName(s, l), terms));
            gradientsOf(s, l, delta, lines);
            return;
        }
        if (targetFirst) {
            terms.add(op("="));
            derivative(s, l, terms);
            terms.add(op(derivativeWritten(s, l) ? "⊙ " + open : open));
        } else {
            terms.add(op("= " + open));
        }
        if (l == last) {
            if (targetFirst) {
                terms.add(target(s));
                terms.add(op("−"));
                terms.add(output(s));
            } else {
                terms.add(output(s));
                terms.add(op("−"));
                terms.add(target(s));
            }
        } else {
            int next = l + 1;
            terms.add(transposedWeights(s, next));
            terms.add(op("·"));
            terms.add(deltas(s, next, d + sup(next)));
        }
        terms.add(op(")"));
        if (!targetFirst && derivativeWritten(s, l)) {
            terms.add(op("⊙"));
            derivative(s, l, terms);
        }
        lines.add(new MatrixEquation("deltas " + d + " of " + layerName(s, l), terms));
        gradientsOf(s, l, delta, lines);
    }

    /** ∂E/∂W^l = δ^l (a^(l−1))ᵀ, ∂E/∂b^l = δ^l, and the batch's sums so far. */
    private void gradientsOf(Snapshot s, int l, MatrixEquation.Block delta, List<MatrixEquation> lines) {
        String partial = "∂" + notation.objectiveSymbol() + "/∂";
        MatrixEquation.Block gradient = matrix(s, l, partial + "W" + sup(l), false,
                (j, i) -> notation.objective(s.sampleGradient(l, j, i)), j -> biasGradient(s.sampleBiasGradient(l, j)));
        lines.add(new MatrixEquation("gradients of the weights into " + layerName(s, l),
                List.of(gradient, op("="), delta, op("·"), transposed(inputVector(s, l)))));
        if (hasBias(s) && !notation.biasIsWeightOnMinusOne()) {
            MatrixEquation.Block biasGradients = column(partial + "b" + sup(l), s.size(l),
                    j -> biasGradient(s.sampleBiasGradient(l, j)), j -> bias(l, j));
            lines.add(new MatrixEquation("gradients of the biases of " + layerName(s, l),
                    List.of(biasGradients, op("="), delta)));
        }
        if (s.settings().batchMode() != BatchMode.ONLINE) {
            int m = s.batchPosition() + 1;
            List<MatrixEquation.Term> sums = new ArrayList<>();
            sums.add(matrix(s, l, "Σ " + partial + "W" + sup(l), false,
                    (j, i) -> notation.objective(s.batchSum(l, j, i)), j -> biasGradient(s.batchBiasSum(l, j))));
            if (hasBias(s) && !notation.biasIsWeightOnMinusOne()) {
                sums.add(op(" "));
                sums.add(column("Σ " + partial + "b" + sup(l), s.size(l), j -> biasGradient(s.batchBiasSum(l, j)),
                        j -> bias(l, j)));
            }
            lines.add(new MatrixEquation("sum over the batch so far (" + m + (m == 1 ? " sample" : " samples") + ")",
                    sums));
        }
    }

    private MatrixEquation.Block deltas(Snapshot s, int l, String name) {
        return column(name, s.size(l), j -> notation.delta(s.delta(l, j)), j -> neuron(l, j));
    }

    /** (W^l)ᵀ without the bias: the −1 input has no delta to pass back. */
    private MatrixEquation.Block transposedWeights(Snapshot s, int l) {
        int rows = s.size(l - 1);
        int cols = s.size(l);
        List<MatrixEquation.Cell> cells = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                cells.add(cell(s.weightBefore(l, k, i), new NetworkElement.Weight(l, k, i)));
            }
        }
        return new MatrixEquation.Block("(W" + sup(l) + ")ᵀ", rows, cols, cells);
    }

    private static MatrixEquation.Block transposed(MatrixEquation.Block column) {
        return new MatrixEquation.Block("(" + column.name() + ")ᵀ", 1, column.rows(), column.cells());
    }

    /** Whether σ′ appears in the delta's formula (not for the identity). */
    private static boolean derivativeWritten(Snapshot s, int l) { return s.activation(l) != Activation.IDENTITY; }

    /** σ′ of layer l from its output where the textbooks write it so: a ⊙ (1 − a), 1 − a², step(z). */
    private void derivative(Snapshot s, int l, List<MatrixEquation.Term> terms) {
        String out = notation.outSymbol() + sup(l);
        switch (s.activation(l)) {
            case SIGMOID -> {
                terms.add(column(out, s.size(l), j -> s.out(l, j), j -> neuron(l, j)));
                terms.add(op("⊙ (1 −"));
                terms.add(column(out, s.size(l), j -> s.out(l, j), j -> neuron(l, j)));
                terms.add(op(")"));
            }
            case TANH -> {
                terms.add(op("(1 − ("));
                terms.add(column(out, s.size(l), j -> s.out(l, j), j -> neuron(l, j)));
                terms.add(op(")²)"));
            }
            case RELU -> {
                terms.add(op("step("));
                terms.add(column(notation.netSymbol() + sup(l), s.size(l), j -> s.net(l, j), j -> neuron(l, j)));
                terms.add(op(")"));
            }
            case IDENTITY -> { }
        }
    }

    // --- update ----------------------------------------------------------------------------------

    private void update(Snapshot s, int l, List<MatrixEquation> lines) {
        String w = "W" + sup(l);
        MatrixEquation.Block old = weights(s, l, w, false);
        MatrixEquation.Block step = matrix(s, l, "Δ" + w, false, (j, i) -> s.step(l, j, i),
                j -> notation.bias(s.biasStep(l, j)));
        MatrixEquation.Block fresh = matrix(s, l, "new " + w, false, (j, i) -> s.newWeight(l, j, i),
                j -> notation.bias(s.newBias(l, j)));
        MatrixEquation.Block gradient = matrix(s, l, "∂" + notation.objectiveSymbol() + "/∂" + w, false,
                (j, i) -> notation.objective(s.updateGradient(l, j, i)), j -> biasGradient(s.updateBiasGradient(l, j)));
        lines.add(new MatrixEquation("new weights into " + layerName(s, l), List.of(fresh, op("="), old, op("+"), step)));
        lines.add(new MatrixEquation("change of the weights into " + layerName(s, l),
                List.of(step, op(changeOperator(s)), gradient)));
        if (hasBias(s) && !notation.biasIsWeightOnMinusOne()) {
            String b = "b" + sup(l);
            MatrixEquation.Block oldB = column(b, s.size(l), j -> s.biasBefore(l, j), j -> bias(l, j));
            MatrixEquation.Block stepB = column("Δ" + b, s.size(l), j -> s.biasStep(l, j), j -> bias(l, j));
            MatrixEquation.Block newB = column("new " + b, s.size(l), j -> s.newBias(l, j), j -> bias(l, j));
            MatrixEquation.Block gradB = column("∂E/∂" + b, s.size(l), j -> biasGradient(s.updateBiasGradient(l, j)),
                    j -> bias(l, j));
            lines.add(new MatrixEquation("new biases of " + layerName(s, l), List.of(newB, op("="), oldB, op("+"), stepB)));
            lines.add(new MatrixEquation("change of the biases of " + layerName(s, l),
                    List.of(stepB, op(changeOperator(s)), gradB)));
        }
    }

    /** "= −0.5 ×" (gradient descent), "= 0.5 ×" (MIT, r·∂P/∂W); with momentum "= μ·ΔW′ − 0.5 ×". */
    private String changeOperator(Snapshot s) {
        String rate = format.format(s.settings().learningRate());
        double mu = s.settings().momentum();
        String momentum = mu == 0.0 ? "" : format.format(mu) + " × ΔW′ ";
        if (notation.writesUpdateAsStep()) return "= " + momentum + (mu == 0.0 ? "" : "+ ") + rate + " ×";
        return "= " + momentum + (mu == 0.0 ? "−" : "− ") + rate + " ×";
    }

    // --- building blocks -------------------------------------------------------------------------

    private interface Value { double of(int index); }

    private interface MatrixValue { double of(int row, int col); }

    private interface Element { NetworkElement of(int index); }

    private MatrixEquation.Block column(String name, int rows, Value value, Element element) {
        List<MatrixEquation.Cell> cells = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) cells.add(cell(value.of(r), element.of(r)));
        return new MatrixEquation.Block(name, rows, 1, cells);
    }

    /**
     * A matrix of layer l's weights, one row a neuron; in the MIT notation, unless {@code withoutBias}, the
     * bias column (w₀, already in the notation's sign) comes first.
     */
    private MatrixEquation.Block matrix(Snapshot s, int l, String name, boolean withoutBias, MatrixValue weight,
                                        Value biasColumn) {
        int rows = s.size(l);
        int inputs = s.size(l - 1);
        boolean w0 = !withoutBias && mitBiasColumn(s);
        int cols = inputs + (w0 ? 1 : 0);
        List<MatrixEquation.Cell> cells = new ArrayList<>(rows * cols);
        for (int j = 0; j < rows; j++) {
            if (w0) cells.add(cell(biasColumn.of(j), bias(l, j)));
            for (int i = 0; i < inputs; i++) cells.add(cell(weight.of(j, i), new NetworkElement.Weight(l, j, i)));
        }
        return new MatrixEquation.Block(name, rows, cols, cells);
    }

    private MatrixEquation.Cell cell(double value, NetworkElement element) {
        return new MatrixEquation.Cell(format.format(value), value, element);
    }

    private static MatrixEquation line(String topic, MatrixEquation.Block block) {
        return new MatrixEquation(topic, List.of(block));
    }

    private static MatrixEquation.Operator op(String text) { return new MatrixEquation.Operator(text); }

    private boolean mitBiasColumn(Snapshot s) { return hasBias(s) && notation.biasIsWeightOnMinusOne(); }

    private static boolean hasBias(Snapshot s) { return s.biasMode() != BiasMode.NONE; }

    /** The engine's ∂E/∂b as shown: ∂P/∂w₀ flips the sign twice (P = −E, w₀ = −b), the same number. */
    private double biasGradient(double engineGradient) { return notation.objective(notation.bias(engineGradient)); }

    private static NetworkElement neuron(int l, int j) { return new NetworkElement.Neuron(l, j); }

    private static NetworkElement bias(int l, int j) { return new NetworkElement.Bias(l, j); }


    private static String activationName(Activation a) {
        return switch (a) {
            case SIGMOID -> "σ";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case IDENTITY -> "";
            default -> a.id();
        };
    }

    private static String layerName(Snapshot s, int l) { return Phase.layerName(l, s.layerCount()); }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A layer number as a superscript: 2 → "²". */
    static String sup(int n) {
        String digits = Integer.toString(n);
        StringBuilder sb = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) sb.append(SUPERSCRIPTS.charAt(c - '0'));
        return sb.toString();
    }
}
