package org.backpropfx.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Regularisation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * The working behind every number of a {@link Snapshot}, as formulas in one notation: symbolic form,
 * the same with the numbers put in, and the result.
 *
 * <p>Every number shown is read from the snapshot (the engine's own value) and only converted by the
 * notation's sign flips (γ = −δ, w₀ = −b, P = −E); no result is computed here, so a formula's result is
 * always exactly what training used. Neurons, inputs and weights are numbered from 1 as in the
 * textbooks (the engine counts from 0); in the MIT notation the bias of neuron j is w_j0, the weight on
 * the constant −1 input 0.
 */
public final class FormulaBook {
    /** Sums with more terms than this are shown with an ellipsis. */
    private static final int MAX_TERMS = 8;

    private final Notation notation;
    private final SignificantFormat format;

    public FormulaBook(Notation notation, int significantDigits) {
        this(notation, new SignificantFormat(significantDigits));
    }

    public FormulaBook(Notation notation, SignificantFormat format) {
        this.notation = Objects.requireNonNull(notation, "notation");
        this.format = Objects.requireNonNull(format, "format");
    }

    public Notation notation() { return notation; }

    public SignificantFormat format() { return format; }

    // --- public queries --------------------------------------------------------------------------

    /**
     * What the current phase computes for the element: the net input and output in its forward step,
     * the error in the error step, its delta and gradient in its backward step, its change in the update.
     * Empty when the phase does not touch it (and before the first phase). An input neuron always shows
     * its value.
     */
    public List<Formula> current(Snapshot s, NetworkElement element) {
        List<Formula> list = new ArrayList<>();
        if (element instanceof NetworkElement.Neuron n && n.layer() == 0) {
            list.add(input(s, n.index()));
            return list;
        }
        Phase phase = s.phase();
        if (phase == null) return list;
        int l = element.layer();
        int j = neuronOf(element);
        switch (phase.kind()) {
            case FORWARD -> {
                if (phase.layer() == l) {
                    list.add(net(s, l, j));
                    if (element instanceof NetworkElement.Neuron) list.add(out(s, l, j));
                }
            }
            case ERROR -> {
                list.add(loss(s));
                if (s.settings().isRegularised()) list.add(penalty(s));
            }
            case BACKWARD -> {
                if (phase.layer() == l) backwardOf(s, element, list);
            }
            case UPDATE -> updateOf(s, element, list);
        }
        return list;
    }

    /** Everything known about the element so far, in the order it was computed. */
    public List<Formula> known(Snapshot s, NetworkElement element) {
        List<Formula> list = new ArrayList<>();
        int l = element.layer();
        if (element instanceof NetworkElement.Neuron n && l == 0) {
            list.add(input(s, n.index()));
            return list;
        }
        int j = neuronOf(element);
        if (s.hasForward(l)) {
            list.add(net(s, l, j));
            if (element instanceof NetworkElement.Neuron) list.add(out(s, l, j));
        }
        if (s.hasError() && l == s.layerCount() && element instanceof NetworkElement.Neuron) {
            list.add(loss(s));
            if (s.settings().isRegularised()) list.add(penalty(s));
        }
        if (s.hasDelta(l)) backwardOf(s, element, list);
        if (s.hasUpdate()) updateOf(s, element, list);
        return list;
    }

    /** Every formula of the current phase, for every neuron and weight it touches (what the trace prints). */
    public List<Formula> phase(Snapshot s) {
        List<Formula> list = new ArrayList<>();
        Phase phase = s.phase();
        if (phase == null) {
            for (int i = 0; i < s.size(0); i++) list.add(input(s, i));
            for (int k = 0; k < s.size(s.layerCount()); k++) list.add(target(s, k));
            return list;
        }
        int l = phase.layer();
        switch (phase.kind()) {
            case FORWARD -> {
                for (int j = 0; j < s.size(l); j++) {
                    list.add(net(s, l, j));
                    list.add(out(s, l, j));
                }
            }
            case ERROR -> {
                int last = s.layerCount();
                for (int k = 0; k < s.size(last); k++) {
                    list.add(target(s, k));
                    list.add(output(s, k));
                }
                list.add(loss(s));
                if (s.settings().isRegularised()) list.add(penalty(s));
            }
            case BACKWARD -> {
                for (int j = 0; j < s.size(l); j++) list.add(delta(s, l, j));
                for (int j = 0; j < s.size(l); j++) {
                    for (int i = 0; i < s.size(l - 1); i++) gradients(s, l, j, i, list);
                    if (hasBias(s)) biasGradients(s, l, j, list);
                }
            }
            case UPDATE -> {
                for (int layer = 1; layer <= s.layerCount(); layer++) {
                    for (int j = 0; j < s.size(layer); j++) {
                        for (int i = 0; i < s.size(layer - 1); i++) weightUpdate(s, layer, j, i, list);
                        if (hasBias(s)) biasUpdate(s, layer, j, list);
                    }
                }
            }
        }
        return list;
    }

    private void backwardOf(Snapshot s, NetworkElement element, List<Formula> list) {
        int l = element.layer();
        int j = neuronOf(element);
        list.add(delta(s, l, j));
        if (element instanceof NetworkElement.Weight w) gradients(s, l, j, w.from(), list);
        if (element instanceof NetworkElement.Bias && hasBias(s)) biasGradients(s, l, j, list);
    }

    private void updateOf(Snapshot s, NetworkElement element, List<Formula> list) {
        int l = element.layer();
        if (element instanceof NetworkElement.Weight w) weightUpdate(s, l, w.to(), w.from(), list);
        else if (hasBias(s) && l > 0) biasUpdate(s, l, neuronOf(element), list);
    }

    private static int neuronOf(NetworkElement element) {
        if (element instanceof NetworkElement.Neuron n) return n.index();
        if (element instanceof NetworkElement.Weight w) return w.to();
        return ((NetworkElement.Bias) element).neuron();
    }

    private static boolean hasBias(Snapshot s) { return s.biasMode() != BiasMode.NONE; }

    // --- values and names ------------------------------------------------------------------------

    private Formula input(Snapshot s, int i) {
        return plainValue("input " + (i + 1), sym("x", i), s.input(i));
    }

    private Formula target(Snapshot s, int k) {
        return plainValue("target of output " + (k + 1), sym(notation.targetSymbol(), k), s.target(k));
    }

    private Formula output(Snapshot s, int k) {
        int last = s.layerCount();
        return plainValue("output " + (k + 1), sym(notation.outputSymbol(), k), s.out(last, k));
    }

    private Formula plainValue(String topic, MathText symbol, double value) {
        return new Formula(topic, symbol, MathText.EMPTY, format.math(value), value);
    }

    // --- forward ---------------------------------------------------------------------------------

    /** α_j = Σ w_ji x_i − w_j0 (MIT) or z_j = Σ w_ji x_i + b_j. */
    private Formula net(Snapshot s, int l, int j) {
        int inputs = s.size(l - 1);
        MathText.Builder symbolic = MathText.builder().append(sym(notation.netSymbol(), j)).text(" = Σ")
                .sub("i").append(sym("w", j, "i")).append(sym("x", "i"));
        MathText.Builder substituted = MathText.builder().append(sum(inputs,
                i -> product(s.weightBefore(l, j, i), s.out(l - 1, i))));
        if (hasBias(s)) {
            double shown = notation.bias(s.biasBefore(l, j));
            if (notation.biasIsWeightOnMinusOne()) {
                symbolic.text(" − ").append(biasSym(j));
                substituted.text(" − ").append(factor(shown));
            } else {
                symbolic.text(" + ").append(biasSym(j));
                substituted.text(" + ").append(factor(shown));
            }
        }
        return formula("net input of " + neuronName(s, l, j), symbolic.build(), substituted.build(), s.net(l, j));
    }

    private Formula out(Snapshot s, int l, int j) {
        MathText lhs = sym(notation.outSymbol(), j);
        MathText net = sym(notation.netSymbol(), j);
        double netValue = s.net(l, j);
        MathText.Builder symbolic = MathText.builder().append(lhs).text(" = ");
        MathText substituted;
        switch (s.activation(l)) {
            case SIGMOID -> {
                if (notation.namesTheSigmoid()) symbolic.text("σ(").append(net).text(") = ");
                symbolic.text("1/(1 + e").sup("−" + net.toPlainText()).text(")");
                substituted = sigmoidOf(netValue);
            }
            case TANH -> {
                symbolic.text("tanh(").append(net).text(")");
                substituted = MathText.builder().text("tanh(").append(num(netValue)).text(")").build();
            }
            case RELU -> {
                symbolic.text("max(0, ").append(net).text(")");
                substituted = MathText.builder().text("max(0, ").append(num(netValue)).text(")").build();
            }
            case SOFTMAX -> {
                symbolic.append(exp(net)).text("/Σ").sub("k").append(exp(sym(notation.netSymbol(), "k")));
                substituted = softmaxOf(s, l, j);
            }
            default -> {
                symbolic.append(net);
                substituted = MathText.EMPTY;
            }
        }
        return formula("output of " + neuronName(s, l, j) + " (" + s.activation(l).id() + ")", symbolic.build(),
                substituted, s.out(l, j));
    }

    /** e^z_j/(e^z_1 + e^z_2 + …) with the layer's net inputs in the exponents. */
    private MathText softmaxOf(Snapshot s, int l, int j) {
        MathText denominator = sum(s.size(l), k -> exp(num(s.net(l, k))));
        return MathText.builder().append(exp(num(s.net(l, j)))).text("/(").append(denominator).text(")").build();
    }

    /** e^x, or exp(x) when x is itself written with a power of ten (a superscript cannot hold one). */
    static MathText exp(MathText x) {
        if (x.runs().size() == 1) return MathText.builder().text("e").sup(x.toPlainText()).build();
        return MathText.builder().text("exp(").append(x).text(")").build();
    }

    /** 1/(1 + e^(−α)) with the number in the exponent; exp(…) when the number itself has an exponent. */
    private MathText sigmoidOf(double net) {
        MathText value = num(net);
        boolean simple = value.runs().size() == 1;
        if (!simple) return MathText.builder().text("1/(1 + exp(−").append(factor(net)).text("))").build();
        String exponent = net < 0 ? "−(" + value.toPlainText() + ")" : "−" + value.toPlainText();
        return MathText.builder().text("1/(1 + e").sup(exponent).text(")").build();
    }

    // --- error -----------------------------------------------------------------------------------

    /** E = ½Σ(y−a)², Σ(y−a)² or (1/n)Σ(y−a)², or a cross-entropy; the MIT notation's P is its negative. */
    private Formula loss(Snapshot s) {
        Loss loss = s.settings().loss();
        if (loss.isCrossEntropy()) return CrossEntropyFormulas.loss(this, s);
        int last = s.layerCount();
        int outputs = s.size(last);
        String sign = notation.objectiveSign();
        MathText.Builder symbolic = MathText.builder().symbol(notation.objectiveSymbol()).text(" = " + sign);
        MathText.Builder substituted = MathText.builder().text(sign);
        switch (loss) {
            case HALF_SSE -> {
                symbolic.text("½");
                substituted.text("½");
            }
            case MSE -> {
                symbolic.text("(1/").symbol("n").text(")");
                substituted.text("(1/" + outputs + ")");
            }
            default -> { }
        }
        symbolic.text("Σ").sub("k").text("(").append(sym(notation.targetSymbol(), "k")).text(" − ")
                .append(sym(notation.outputSymbol(), "k")).text(")").sup("2");
        MathText squares = sum(outputs, k -> MathText.builder().text("(").append(num(s.target(k))).text(" − ")
                .append(factor(s.out(last, k))).text(")").sup("2").build());
        if (outputs == 1 && loss == Loss.SSE && sign.isEmpty()) substituted.append(squares);
        else substituted.text("(").append(squares).text(")");
        String topic = notation.maximisesPerformance() ? "performance (" + loss.id() + ", maximised)"
                : "error (" + loss.id() + ")";
        return formula(topic, symbolic.build(), substituted.build(), notation.objective(s.loss()));
    }

    /**
     * The regularisation penalty beside the data loss: λ₂/2·Σw² + λ₁·Σ|w| over the weights (not the biases).
     * In the MIT notation it is subtracted from the performance, so it is shown negated there.
     */
    private Formula penalty(Snapshot s) {
        double l1 = s.settings().l1();
        double l2 = s.settings().l2();
        boolean performance = notation.maximisesPerformance();
        MathText.Builder symbolic = MathText.builder().text(performance ? "−penalty = −(" : "penalty = ");
        MathText.Builder substituted = MathText.builder().text(performance ? "−(" : "");
        boolean both = l1 != 0.0 && l2 != 0.0;
        if (l2 != 0.0) {
            symbolic.text("(").symbol("λ").sub("2").text("/2)·Σ").symbol("w").sup("2");
            substituted.text("(" + format.format(l2) + "/2) × ").append(factor(s.sumOfSquaredWeights()));
        }
        if (both) {
            symbolic.text(" + ");
            substituted.text(" + ");
        }
        if (l1 != 0.0) {
            symbolic.symbol("λ").sub("1").text("·Σ|").symbol("w").text("|");
            substituted.append(num(l1)).text(" × ").append(factor(s.sumOfAbsoluteWeights()));
        }
        if (performance) {
            symbolic.text(")");
            substituted.text(")");
        }
        return formula("regularisation penalty of the weights (beside the data " + (performance
                ? "performance)" : "error)"), symbolic.build(), substituted.build(), notation.objective(s.penalty()));
    }

    // --- backward --------------------------------------------------------------------------------

    private Formula delta(Snapshot s, int l, int j) {
        return l == s.layerCount() ? outputDelta(s, l, j) : hiddenDelta(s, l, j);
    }

    /** γ = f′·(d − z) in the MIT notation, δ = (a − y)·f′ in the other; the loss sets the factor before it. */
    private Formula outputDelta(Snapshot s, int l, int j) {
        int outputs = s.size(l);
        Loss loss = s.settings().loss();
        if (loss.cancelsWith(s.activation(l))) return CrossEntropyFormulas.cancelledDelta(this, s, l, j);
        if (s.activation(l) == Activation.SOFTMAX) return CrossEntropyFormulas.softmaxJacobianDelta(this, s, l, j);
        if (loss.isCrossEntropy()) return CrossEntropyFormulas.unmatchedDelta(this, s, l, j);
        MathText lossFactorSym;
        MathText lossFactorNum;
        MathText target = sym(notation.targetSymbol(), j);
        MathText output = sym(notation.outputSymbol(), j);
        double d = s.target(j);
        double z = s.out(l, j);
        if (notation.deltaIsTargetMinusOutput()) {
            lossFactorSym = MathText.builder().text("(").append(target).text(" − ").append(output).text(")").build();
            lossFactorNum = MathText.builder().text("(").append(num(d)).text(" − ").append(factor(z)).text(")").build();
        } else {
            lossFactorSym = MathText.builder().text("(").append(output).text(" − ").append(target).text(")").build();
            lossFactorNum = MathText.builder().text("(").append(num(z)).text(" − ").append(factor(d)).text(")").build();
        }
        String scale = switch (loss) {
            case HALF_SSE -> "";
            case SSE -> "2";
            case MSE -> "(2/" + outputs + ")";
            default -> throw new IllegalStateException(loss.id());
        };
        String scaleSym = loss == Loss.MSE ? "(2/n)" : scale;
        lossFactorSym = MathText.builder().text(scaleSym).append(lossFactorSym).build();
        lossFactorNum = MathText.builder().text(scale.isEmpty() ? "" : scale + " × ").append(lossFactorNum).build();

        Derivative f = derivative(s, l, j);
        MathText symbolic;
        MathText substituted;
        if (notation.deltaIsTargetMinusOutput()) {
            symbolic = f.symbolic.isEmpty() ? lossFactorSym : f.symbolic.append(lossFactorSym);
            substituted = f.substituted.isEmpty() ? lossFactorNum
                    : MathText.builder().append(f.substituted).text(" × ").append(lossFactorNum).build();
        } else {
            symbolic = f.symbolic.isEmpty() ? lossFactorSym
                    : MathText.builder().append(lossFactorSym).text("·").append(f.symbolic).build();
            substituted = f.substituted.isEmpty() ? lossFactorNum
                    : MathText.builder().append(lossFactorNum).text(" × ").append(f.substituted).build();
        }
        return formula(deltaTopic(s, l, j),
                MathText.builder().append(sym(notation.deltaSymbol(), j)).text(" = ").append(symbolic).build(),
                substituted, notation.delta(s.delta(l, j)));
    }

    /** γ_j = f′_j Σ_k w_kj γ_k over the neurons k of the layer after. */
    private Formula hiddenDelta(Snapshot s, int l, int j) {
        Derivative f = derivative(s, l, j);
        int next = l + 1;
        MathText.Builder symbolic = MathText.builder().append(sym(notation.deltaSymbol(), j)).text(" = ")
                .append(f.symbolic).text(f.symbolic.isEmpty() ? "Σ" : " Σ").sub("k")
                .append(sym("w", "k", j)).append(sym(notation.deltaSymbol(), "k"));
        int after = s.size(next);
        MathText terms = sum(after, k -> product(s.weightBefore(next, k, j), notation.delta(s.delta(next, k))));
        MathText.Builder substituted = MathText.builder();
        if (!f.substituted.isEmpty()) substituted.append(f.substituted).text(" × ");
        if (after > 1 && !f.substituted.isEmpty()) substituted.text("(").append(terms).text(")");
        else substituted.append(terms);
        return formula(deltaTopic(s, l, j), symbolic.build(), substituted.build(), notation.delta(s.delta(l, j)));
    }

    String deltaTopic(Snapshot s, int l, int j) {
        return notation.deltaSymbol() + " of " + neuronName(s, l, j);
    }

    private record Derivative(MathText symbolic, MathText substituted) {}

    /** The activation's derivative, written from the neuron's output where the textbooks do. */
    private Derivative derivative(Snapshot s, int l, int j) {
        MathText out = sym(notation.outSymbol(), j);
        double o = s.out(l, j);
        Activation activation = s.activation(l);
        return switch (activation) {
            case SIGMOID -> new Derivative(
                    MathText.builder().append(out).text("(1 − ").append(out).text(")").build(),
                    MathText.builder().append(num(o)).text(" × (1 − ").append(factor(o)).text(")").build());
            case TANH -> new Derivative(
                    MathText.builder().text("(1 − ").append(out).sup("2").text(")").build(),
                    MathText.builder().text("(1 − ").append(factor(o)).sup("2").text(")").build());
            case RELU -> new Derivative(
                    MathText.builder().text("step(").append(sym(notation.netSymbol(), j)).text(")").build(),
                    MathText.builder().text("step(").append(num(s.net(l, j))).text(")").build());
            case IDENTITY -> new Derivative(MathText.EMPTY, MathText.EMPTY);
            // The Jacobian's diagonal ∂a_j/∂z_j (hidden softmax only; the output layer sums the whole Jacobian).
            case SOFTMAX -> new Derivative(
                    MathText.builder().append(out).text("(1 − ").append(out).text(")").build(),
                    MathText.builder().append(num(o)).text(" × (1 − ").append(factor(o)).text(")").build());
        };
    }

    /** ∂E/∂w_ji = δ_j x_i (∂P/∂w_ji = γ_j x_i), and the batch's running sum when the update waits for a batch. */
    private void gradients(Snapshot s, int l, int j, int i, List<Formula> list) {
        MathText w = sym("w", j, i);
        MathText lhs = partial(w);
        MathText symbolic = MathText.builder().append(lhs).text(" = ").append(sym(notation.deltaSymbol(), j))
                .append(sym("x", i)).build();
        MathText substituted = product(notation.delta(s.delta(l, j)), s.out(l - 1, i));
        list.add(formula("gradient of " + weightName(s, l, j, i), symbolic, substituted,
                notation.objective(s.sampleGradient(l, j, i))));
        if (s.settings().batchMode() != BatchMode.ONLINE) {
            list.add(batchSumSoFar(s, lhs, "weight " + weightName(s, l, j, i),
                    notation.objective(s.batchSum(l, j, i))));
        }
    }

    /** ∂E/∂b_j = δ_j; in the MIT notation ∂P/∂w_j0 = (−1)·γ_j, the same number. */
    private void biasGradients(Snapshot s, int l, int j, List<Formula> list) {
        MathText lhs = partial(biasSym(j));
        MathText delta = sym(notation.deltaSymbol(), j);
        MathText symbolic;
        MathText substituted;
        if (notation.biasIsWeightOnMinusOne()) {
            symbolic = MathText.builder().append(lhs).text(" = (−1)·").append(delta).build();
            substituted = MathText.builder().text("(−1) × ").append(factor(notation.delta(s.delta(l, j)))).build();
        } else {
            symbolic = MathText.builder().append(lhs).text(" = ").append(delta).build();
            substituted = MathText.EMPTY;
        }
        list.add(formula("gradient of the bias of " + neuronName(s, l, j), symbolic, substituted,
                biasGradient(s.sampleBiasGradient(l, j))));
        if (s.settings().batchMode() != BatchMode.ONLINE) {
            list.add(batchSumSoFar(s, lhs, "the bias of " + neuronName(s, l, j), biasGradient(s.batchBiasSum(l, j))));
        }
    }

    private Formula batchSumSoFar(Snapshot s, MathText lhs, String what, double value) {
        int m = s.batchPosition() + 1;
        MathText symbolic = MathText.builder().text("Σ").sub("batch").append(lhs).build();
        return new Formula("sum over the batch so far (" + m + (m == 1 ? " sample" : " samples") + ") for " + what,
                symbolic, MathText.EMPTY, format.math(value), value);
    }

    /** The engine's ∂E/∂b as shown: ∂P/∂w₀ flips the sign twice (P = −E, w₀ = −b), so it is the same number. */
    private double biasGradient(double engineGradient) {
        return notation.objective(notation.bias(engineGradient));
    }

    // --- update ----------------------------------------------------------------------------------

    private void weightUpdate(Snapshot s, int l, int j, int i, List<Formula> list) {
        String name = weightName(s, l, j, i);
        MathText w = sym("w", j, i);
        double before = s.weightBefore(l, j, i);
        if (s.isWeightLocked(l, j, i)) {
            list.add(locked("weight " + name + " is locked", w, s.step(l, j, i)));
            return;
        }
        double gradient = s.updateGradient(l, j, i);
        boolean batched = s.batchPosition() > 0;
        if (batched) {
            list.add(batchGradient(s, partial(w), "weight " + name, notation.objective(s.batchSum(l, j, i)),
                    notation.objective(gradient)));
        }
        boolean regularised = s.settings().isRegularised();
        if (regularised) {
            list.add(regularisedGradient(s, l, j, i, w, name));
            gradient = s.regularisedGradient(l, j, i);
        }
        MathText onlineTerm = batched || regularised ? null : MathText.builder().append(sym("x", i)).text("·")
                .append(sym(notation.deltaSymbol(), j)).build();
        MathText onlineNumbers = batched || regularised ? null : MathText.builder().append(factor(s.out(l - 1, i))).text(" × ")
                .append(factor(notation.delta(s.delta(l, j)))).build();
        change(s, w, name, notation.objective(gradient), onlineTerm, onlineNumbers, s.previousStep(l, j, i),
                s.step(l, j, i), list);
        newValue(s, w, "new " + name, before, gradient, s.step(l, j, i), s.newWeight(l, j, i), list);
    }

    private void biasUpdate(Snapshot s, int l, int j, List<Formula> list) {
        String name = "bias of " + neuronName(s, l, j);
        MathText b = biasSym(j);
        double step = notation.bias(s.biasStep(l, j));
        if (s.biasMode() == BiasMode.LOCKED || s.isBiasLocked(l, j)) {
            list.add(locked(name + " is locked", b, step));
            return;
        }
        double gradient = biasGradient(s.updateBiasGradient(l, j));
        boolean batched = s.batchPosition() > 0;
        if (batched) {
            list.add(batchGradient(s, partial(b), name, biasGradient(s.batchBiasSum(l, j)), gradient));
        }
        MathText onlineTerm = batched ? null : MathText.builder().text("(−1)·")
                .append(sym(notation.deltaSymbol(), j)).build();
        MathText onlineNumbers = batched ? null : MathText.builder().text("(−1) × ")
                .append(factor(notation.delta(s.delta(l, j)))).build();
        change(s, b, name, gradient, onlineTerm, onlineNumbers, notation.bias(s.previousBiasStep(l, j)), step, list);
        newValue(s, b, "new " + name, notation.bias(s.biasBefore(l, j)), s.updateBiasGradient(l, j), step,
                notation.bias(s.newBias(l, j)), list);
    }

    /**
     * The gradient with the regularisation's term: ∂E/∂w + λ₂·w + λ₁·sign(w), with sign(0) = 0; in the MIT
     * notation ∂P/∂w − λ₂·w − λ₁·sign(w). This is what the update then uses.
     */
    private Formula regularisedGradient(Snapshot s, int l, int j, int i, MathText w, String name) {
        double l1 = s.settings().l1();
        double l2 = s.settings().l2();
        double before = s.weightBefore(l, j, i);
        String plus = notation.maximisesPerformance() ? " − " : " + ";
        MathText.Builder symbolic = MathText.builder().append(partial(w));
        MathText.Builder substituted = MathText.builder().append(num(notation.objective(s.updateGradient(l, j, i))));
        if (l2 != 0.0) {
            symbolic.text(plus).symbol("λ").sub("2").text("·").append(w);
            substituted.text(plus).append(num(l2)).text(" × ").append(factor(before));
        }
        if (l1 != 0.0) {
            symbolic.text(plus).symbol("λ").sub("1").text("·sign(").append(w).text(")");
            substituted.text(plus).append(num(l1)).text(" × ")
                    .append(factor(Regularisation.sign(before)));
        }
        return formula("gradient of " + name + " with the regularisation's term", symbolic.build(),
                substituted.build(), notation.objective(s.regularisedGradient(l, j, i)));
    }

    /** ∂E/∂w = Σ_batch ∂E/∂w, or (1/m)Σ for the mean error. */
    private Formula batchGradient(Snapshot s, MathText lhs, String what, double sum, double gradient) {
        int m = s.batchPosition() + 1;
        boolean mean = s.settings().loss() == Loss.MSE;
        MathText.Builder symbolic = MathText.builder().append(lhs).text(mean ? " = (1/m) Σ" : " = Σ").sub("batch")
                .append(lhs);
        MathText substituted = mean ? MathText.builder().text("(1/" + m + ") × ").append(factor(sum)).build()
                : MathText.EMPTY;
        return formula("gradient of " + what + " over the batch of " + m + " samples", symbolic.build(),
                substituted, gradient);
    }

    /**
     * Δw: MIT r·x·γ (online) or r·∂P/∂w (batch), gradient notation −η·∂E/∂w; with momentum μ·Δw′ in
     * front, the previous change written as its number so that the line can be checked from what is shown.
     *
     * @param shownGradient ∂P/∂w in the MIT notation, ∂E/∂w in the other
     * @param previousStep Δw′, the change the previous update made (in the notation's sign, w₀ = −b)
     */
    private void change(Snapshot s, MathText w, String name, double shownGradient, MathText onlineTerm,
                        MathText onlineNumbers, double previousStep, double step, List<Formula> list) {
        double rate = s.settings().learningRate();
        double mu = s.settings().momentum();
        MathText delta = MathText.builder().text("Δ").append(w).build();
        MathText previous = MathText.builder().text("Δ").append(w).text("′").build();
        MathText.Builder symbolic = MathText.builder().append(delta).text(" = ");
        MathText.Builder substituted = MathText.builder();
        if (mu != 0.0) {
            symbolic.symbol("μ").text("·").append(previous);
            substituted.append(num(mu)).text(" × ").append(factor(previousStep));
        }
        MathText rateSym = MathText.symbol(notation.rateSymbol());
        if (notation.writesUpdateAsStep()) {
            if (mu != 0.0) {
                symbolic.text(" + ");
                substituted.text(" + ");
            }
            symbolic.append(rateSym).text("·");
            substituted.append(num(rate)).text(" × ");
            if (onlineTerm != null) {
                symbolic.append(onlineTerm);
                substituted.append(onlineNumbers);
            } else {
                symbolic.append(partial(w));
                substituted.append(factor(shownGradient));
            }
        } else {
            symbolic.text(mu != 0.0 ? " − " : "−").append(rateSym).text("·").append(partial(w));
            substituted.text(mu != 0.0 ? " − " : "−").append(num(rate)).text(" × ").append(factor(shownGradient));
        }
        list.add(formula("change of " + name, symbolic.build(), substituted.build(), step));
    }

    /** w ← w + Δw; plain gradient descent writes it as w ← w − η·∂E/∂w. */
    private void newValue(Snapshot s, MathText w, String topic, double before, double engineGradient, double step,
                          double after, List<Formula> list) {
        MathText.Builder symbolic = MathText.builder().append(w).text(" ← ").append(w);
        MathText.Builder substituted = MathText.builder().append(num(before));
        if (!notation.writesUpdateAsStep() && s.settings().momentum() == 0.0) {
            symbolic.text(" − ").symbol(notation.rateSymbol()).text("·").append(partial(w));
            substituted.text(" − ").append(num(s.settings().learningRate())).text(" × ").append(factor(engineGradient));
        } else {
            symbolic.text(" + Δ").append(w);
            substituted.text(" + ").append(factor(step));
        }
        list.add(formula(topic, symbolic.build(), substituted.build(), after));
    }

    private Formula locked(String topic, MathText w, double step) {
        return new Formula(topic, MathText.builder().text("Δ").append(w).build(), MathText.EMPTY,
                format.math(step), step);
    }

    // --- typesetting helpers ---------------------------------------------------------------------

    Formula formula(String topic, MathText symbolic, MathText substituted, double value) {
        return new Formula(topic, symbolic, substituted, format.math(value), value);
    }

    /** ∂E/∂w or ∂P/∂w. */
    MathText partial(MathText of) {
        return MathText.builder().text("∂").symbol(notation.objectiveSymbol()).text("/∂").append(of).build();
    }

    private MathText biasSym(int j) {
        return notation.biasIsWeightOnMinusOne() ? sym("w", index(j + 1, 0)) : sym(notation.biasSymbol(), j);

    }

    /** A symbol with 0-based engine indices, shown from 1. */
    static MathText sym(String symbol, int... zeroBased) {
        int[] shown = new int[zeroBased.length];
        for (int k = 0; k < shown.length; k++) shown[k] = zeroBased[k] + 1;
        return sym(symbol, index(shown));
    }

    /** w_kj with a generic first index. */
    private static MathText sym(String symbol, String first, int second) {
        return sym(symbol, first + (second + 1));
    }

    /** w_ji with a generic second index. */
    private static MathText sym(String symbol, int first, String second) {
        return sym(symbol, (first + 1) + second);
    }

    static MathText sym(String symbol, String index) {
        return MathText.builder().symbol(symbol).sub(index).build();
    }

    /** "12" for w₁₂, "10,3" once an index has two digits. */
    private static String index(int... shown) {
        boolean wide = false;
        for (int v : shown) wide |= v >= 10;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < shown.length; k++) {
            if (k > 0 && wide) sb.append(',');
            sb.append(shown[k]);
        }
        return sb.toString();
    }

    MathText num(double v) { return format.math(v); }

    /** A number as a factor: in parentheses when negative or written with a power of ten. */
    MathText factor(double v) {
        MathText n = num(v);
        boolean bracket = n.toPlainText().startsWith("−") || n.runs().size() > 1;
        return bracket ? MathText.builder().text("(").append(n).text(")").build() : n;
    }

    private MathText product(double a, double b) {
        return MathText.builder().append(factor(a)).text(" × ").append(factor(b)).build();
    }

    /** t₁ + t₂ + …; long sums keep their first terms and their last. */
    static MathText sum(int count, IntFunction<MathText> term) {
        List<MathText> terms = new ArrayList<>();
        if (count <= MAX_TERMS) {
            for (int k = 0; k < count; k++) terms.add(term.apply(k));
        } else {
            for (int k = 0; k < 3; k++) terms.add(term.apply(k));
            terms.add(MathText.text("…"));
            terms.add(term.apply(count - 1));
        }
        return MathText.join(" + ", terms);
    }

    private static String neuronName(Snapshot s, int l, int j) {
        String layer = l == s.layerCount() ? "output neuron " : "neuron ";
        return layer + (j + 1) + (l == s.layerCount() ? "" : " of " + Phase.layerName(l, s.layerCount()));
    }

    private static String weightName(Snapshot s, int l, int j, int i) {
        return "w" + index(j + 1, i + 1) + (s.layerCount() > 1 ? " of layer " + l : "");
    }
}
