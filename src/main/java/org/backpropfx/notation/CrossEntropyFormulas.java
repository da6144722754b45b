package org.backpropfx.notation;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Softmax;
import org.backpropfx.stepper.Snapshot;

/**
 * The formulas of classification outputs, beside {@link FormulaBook}: the two cross-entropies, the delta
 * a − y where a cross-entropy cancels its output's derivative, and softmax's Jacobian sum with any
 * other loss. As in the book, every result is the engine's own number.
 *
 * <p>When an output the error's logarithm needs is shown as 0 or 1 (−ln 0 would be infinite, −ln 1
 * zero, while the engine's error is finite and not zero), the error is written from the net inputs
 * instead, the way the engine computes it: ln Σe^z − z_k for softmax, ln(1 + e^∓z) for sigmoid.
 */
final class CrossEntropyFormulas {
    private CrossEntropyFormulas() {}

    static Formula loss(FormulaBook book, Snapshot s) {
        Loss loss = s.settings().loss();
        Notation n = book.notation();
        boolean performance = n.maximisesPerformance();
        int last = s.layerCount();
        boolean fromNet = s.activation(last) == loss.matchingOutput() && anyShownAsZeroOrOne(book, s);
        MathText y = FormulaBook.sym(n.targetSymbol(), "k");
        MathText a = FormulaBook.sym(n.outputSymbol(), "k");
        MathText.Builder symbolic = MathText.builder().symbol(n.objectiveSymbol()).text(performance ? " = Σ" : " = −Σ").sub("k");
        if (loss == Loss.CROSS_ENTROPY) {
            symbolic.append(y).text(" ln ").append(a);
        } else {
            symbolic.text("[").append(y).text(" ln ").append(a).text(" + (1 − ").append(y).text(") ln(1 − ")
                    .append(a).text(")]");
        }
        MathText substituted = fromNet ? fromNetInputs(book, s, loss) : fromOutputs(book, s, loss);
        String topic = performance ? "performance (" + loss.id() + ", maximised)" : "error (" + loss.id() + ")";
        return book.formula(topic, symbolic.build(), substituted, n.objective(s.loss()));
    }

    /** −(y₁ ln a₁ + …) with the terms whose coefficient is 0 left out; the MIT notation drops the leading minus. */
    private static MathText fromOutputs(FormulaBook book, Snapshot s, Loss loss) {
        int last = s.layerCount();
        List<MathText> terms = new ArrayList<>();
        for (int k = 0; k < s.size(last); k++) {
            double y = s.target(k);
            double a = s.out(last, k);
            if (y != 0.0) terms.add(logTerm(book, y, MathText.builder().text("ln ").append(book.num(a)).build()));
            if (loss == Loss.BINARY_CROSS_ENTROPY && y != 1.0) {
                terms.add(logTerm(book, 1.0 - y, MathText.builder().text("ln(1 − ").append(book.num(a)).text(")").build()));
            }
        }
        return signed(book, terms, true);
    }

    /**
     * Σ y_k(L − z_k) with L = ln Σe^z for softmax; Σ [y_k ln(1 + e^−z_k) + (1 − y_k) ln(1 + e^z_k)] for sigmoid.
     * These are the engine's own forms (see {@link Loss#sample(Activation, double[], double[], double[])}).
     */
    private static MathText fromNetInputs(FormulaBook book, Snapshot s, Loss loss) {
        int last = s.layerCount();
        int outputs = s.size(last);
        List<MathText> terms = new ArrayList<>();
        if (loss == Loss.CROSS_ENTROPY) {
            double[] net = new double[outputs];
            for (int k = 0; k < outputs; k++) net[k] = s.net(last, k);
            MathText lse = book.num(Softmax.logSumExp(net));
            for (int k = 0; k < outputs; k++) {
                double y = s.target(k);
                if (y == 0.0) continue;
                terms.add(logTerm(book, y, MathText.builder().text("(").append(lse).text(" − ").append(book.factor(net[k]))
                        .text(")").build()));
            }
        } else {
            for (int k = 0; k < outputs; k++) {
                double y = s.target(k);
                double z = s.net(last, k);
                if (y != 0.0) terms.add(logTerm(book, y, softplus(book, -z)));
                if (y != 1.0) terms.add(logTerm(book, 1.0 - y, softplus(book, z)));
            }
        }
        return signed(book, terms, false);
    }

    /** ln(1 + e^x). */
    private static MathText softplus(FormulaBook book, double x) {
        return MathText.builder().text("ln(1 + ").append(FormulaBook.exp(book.num(x))).text(")").build();
    }

    /** "ln 0.7" for a coefficient of 1, else "0.3 × ln 0.7". */
    private static MathText logTerm(FormulaBook book, double coefficient, MathText log) {
        if (coefficient == 1.0) return log;
        return MathText.builder().append(book.factor(coefficient)).text(" × ").append(log).build();
    }

    /**
     * The terms summed, with the sign of the objective: E = −(Σ y ln a) and P = Σ y ln a for the output form;
     * E = Σ y(L − z) and P = −(…) for the net-input form, which is already the positive error.
     */
    private static MathText signed(FormulaBook book, List<MathText> terms, boolean negatedError) {
        boolean minus = negatedError != book.notation().maximisesPerformance();
        if (terms.isEmpty()) return MathText.text("0");
        MathText sum = MathText.join(" + ", terms);
        if (!minus) return sum;
        if (terms.size() == 1) return MathText.builder().text("−").append(sum).build();
        return MathText.builder().text("−(").append(sum).text(")").build();
    }

    /** Whether an output whose logarithm the error needs is written as 0 or 1. */
    private static boolean anyShownAsZeroOrOne(FormulaBook book, Snapshot s) {
        int last = s.layerCount();
        boolean binary = s.settings().loss() == Loss.BINARY_CROSS_ENTROPY;
        for (int k = 0; k < s.size(last); k++) {
            String shown = book.format().format(s.out(last, k));
            boolean needsLnA = s.target(k) != 0.0;
            boolean needsLnOneMinusA = binary && s.target(k) != 1.0;
            if ((needsLnA || needsLnOneMinusA) && (shown.equals("0") || shown.equals("1"))) return true;
        }
        return false;
    }

    /**
     * δ = a − y (γ = d − z): a cross-entropy with its matching output. The symbolic form shows the chain rule
     * with the factor that cancels: σ′ for binary cross-entropy, the softmax Jacobian for cross-entropy.
     */
    static Formula cancelledDelta(FormulaBook book, Snapshot s, int l, int j) {
        Notation n = book.notation();
        boolean targetFirst = n.deltaIsTargetMinusOutput();
        MathText a = FormulaBook.sym(n.outputSymbol(), j);
        MathText y = FormulaBook.sym(n.targetSymbol(), j);
        MathText ak = FormulaBook.sym(n.outputSymbol(), "k");
        MathText yk = FormulaBook.sym(n.targetSymbol(), "k");
        MathText.Builder symbolic = MathText.builder().append(FormulaBook.sym(n.deltaSymbol(), j)).text(" = ");
        String cancelled;
        if (s.activation(l) == Activation.SOFTMAX) {
            // ∂E/∂a_k = −y_k/a_k; a_k cancels in every term, and Σ y_k = 1 leaves a_j − y_j.
            symbolic.text(targetFirst ? "Σ" : "−Σ").sub("k").text("(").append(yk).text("/").append(ak).text(")·").append(ak)
                    .text("([k = " + (j + 1) + "] − ").append(a).text(") = ");
            if (targetFirst) symbolic.append(y).text(" − ").append(a).text("Σ").sub("k").append(yk).text(" = ");
            else symbolic.append(a).text("Σ").sub("k").append(yk).text(" − ").append(y).text(" = ");
            cancelled = "softmax's Jacobian cancelled by cross-entropy";
        } else {
            MathText sigmaPrime = MathText.builder().append(a).text("(1 − ").append(a).text(")").build();
            MathText difference = targetFirst ? MathText.builder().append(y).text(" − ").append(a).build()
                    : MathText.builder().append(a).text(" − ").append(y).build();
            symbolic.text("(").append(difference).text(")/").append(sigmaPrime).text(" · ").append(sigmaPrime)
                    .text(" = ");
            cancelled = "σ′ cancelled by binary cross-entropy";
        }
        if (targetFirst) symbolic.append(y).text(" − ").append(a);
        else symbolic.append(a).text(" − ").append(y);
        double out = s.out(l, j);
        double target = s.target(j);
        MathText substituted = targetFirst ? MathText.builder().append(book.num(target)).text(" − ").append(book.factor(out)).build()
                : MathText.builder().append(book.num(out)).text(" − ").append(book.factor(target)).build();
        return book.formula(book.deltaTopic(s, l, j) + " (" + cancelled + ")", symbolic.build(), substituted,
                n.delta(s.delta(l, j)));
    }

    /** δ_j = Σ_k ∂E/∂a_k · a_k([k = j] − a_j): softmax with a loss that does not cancel its Jacobian. */
    static Formula softmaxJacobianDelta(FormulaBook book, Snapshot s, int l, int j) {
        Notation n = book.notation();
        Loss loss = s.settings().loss();
        int outputs = s.size(l);
        double[] out = new double[outputs];
        for (int k = 0; k < outputs; k++) out[k] = s.out(l, k);
        MathText ak = FormulaBook.sym(n.outSymbol(), "k");
        MathText a = FormulaBook.sym(n.outSymbol(), j);
        MathText symbolic = MathText.builder().append(FormulaBook.sym(n.deltaSymbol(), j)).text(" = Σ").sub("k")
                .append(book.partial(FormulaBook.sym(n.outputSymbol(), "k"))).text(" · ").append(ak)
                .text("([k = " + (j + 1) + "] − ").append(a).text(")").build();
        MathText substituted = FormulaBook.sum(outputs, k -> {
            // The engine's ∂E/∂a_k, shown as ∂P/∂z_k = −∂E/∂z_k in the MIT notation.
            double gradient = n.objective(loss.outputGradient(out[k], s.target(k), outputs));
            return MathText.builder().append(book.factor(gradient)).text(" × ").append(book.num(out[k]))
                    .text(" × (" + (k == j ? "1" : "0") + " − ").append(book.num(out[j])).text(")").build();
        });
        return book.formula(book.deltaTopic(s, l, j) + " (softmax: the sum over its Jacobian)", symbolic, substituted,
                n.delta(s.delta(l, j)));
    }

    /** A cross-entropy on an output it is not made for (lesson files refuse this; code may build it). */
    static Formula unmatchedDelta(FormulaBook book, Snapshot s, int l, int j) {
        Notation n = book.notation();
        MathText symbolic = MathText.builder().append(FormulaBook.sym(n.deltaSymbol(), j)).text(" = ")
                .append(book.partial(FormulaBook.sym(n.outputSymbol(), j))).text(" · f′(")
                .append(FormulaBook.sym(n.netSymbol(), j)).text(")").build();
        return book.formula(book.deltaTopic(s, l, j), symbolic, MathText.EMPTY, n.delta(s.delta(l, j)));
    }
}
