package org.backpropfx.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of working: the symbolic form, the same with the numbers put in, and the result, e.g.
 * γ = β(1−β)(d−z) = 0.7514 × (1 − 0.7514) × (0.01 − 0.7514) = −0.1385.
 *
 * @param topic what the line computes, in words ("delta of output neuron 1")
 * @param symbolic the formula in symbols, including its left-hand side
 * @param substituted the right-hand side with the numbers put in; empty when that would only repeat the result
 * @param result the value, formatted
 * @param value the value at full precision, in the notation's sign convention (γ, w₀, P in the MIT notation)
 */
public record Formula(String topic, MathText symbolic, MathText substituted, MathText result, double value) {
    public Formula {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(symbolic, "symbolic");
        substituted = substituted == null ? MathText.EMPTY : substituted;
        Objects.requireNonNull(result, "result");
    }

    /** The three parts joined by " = " (the substituted form left out when empty). */
    public MathText toMathText() {
        List<MathText> parts = new ArrayList<>(3);
        parts.add(symbolic);
        if (!substituted.isEmpty()) parts.add(substituted);
        parts.add(result);
        return MathText.join(" = ", parts);
    }

    public String toPlainText() { return toMathText().toPlainText(); }

    public String toLatex() { return toMathText().toLatex(); }

    public String toMarkdown() { return toMathText().toMarkdown(); }
}
