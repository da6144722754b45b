package org.backpropfx.notation;

/**
 * The two ways the textbooks write the same mathematics. Only symbols differ: every number shown is
 * the engine's, converted by {@link #delta(double)} and {@link #bias(double)}, which only flip signs
 * (exact in floating point).
 */
public enum Notation {
    /**
     * MIT 6.034 style: net input α, sigmoid output β, derivative β(1−β), delta γ = −∂E/∂α, rate r,
     * the bias as a weight w0 on a constant −1 input, performance P = −E maximised.
     */
    MIT("mit", "α", "β", "γ", "r", "w₀", "d", "z", "P"),
    /**
     * Gradient-descent style (Nielsen, Rohan &amp; Lenny): net input z, activation a, delta δ = ∂E/∂z,
     * rate η, bias b added to the net input, error E minimised.
     */
    GRADIENT("gradient", "z", "a", "δ", "η", "b", "y", "a", "E");

    private final String id;
    private final String net;
    private final String out;
    private final String delta;
    private final String rate;
    private final String bias;
    private final String target;
    private final String output;
    private final String objective;

    Notation(String id, String net, String out, String delta, String rate, String bias, String target,
             String output, String objective) {
        this.id = id;
        this.net = net;
        this.out = out;
        this.delta = delta;
        this.rate = rate;
        this.bias = bias;
        this.target = target;
        this.output = output;
        this.objective = objective;
    }

    public String id() { return id; }

    /** Symbol of a neuron's net input: α or z. */
    public String netSymbol() { return net; }

    /** Symbol of a neuron's output: β or a. */
    public String outSymbol() { return out; }

    /** Symbol of a neuron's delta: γ or δ. */
    public String deltaSymbol() { return delta; }

    /** Symbol of the learning rate: r or η. */
    public String rateSymbol() { return rate; }

    /** Symbol of the bias: w₀ (on a −1 input) or b. */
    public String biasSymbol() { return bias; }

    /** Symbol of the desired output: d or y. */
    public String targetSymbol() { return target; }

    /** Symbol of the network's output: z or a. */
    public String outputSymbol() { return output; }

    /** Symbol of what training optimises: P (maximised) or E (minimised). */
    public String objectiveSymbol() { return objective; }

    /** The engine's δ = ∂E/∂s as shown: γ = −δ in the MIT notation. */
    public double delta(double engineDelta) { return this == MIT ? -engineDelta : engineDelta; }

    /** The engine's bias b as shown: w0 = −b in the MIT notation (w0 multiplies a −1 input). */
    public double bias(double engineBias) { return this == MIT ? -engineBias : engineBias; }

    /** The engine's error E as shown: P = −E in the MIT notation. */
    public double objective(double engineLoss) { return this == MIT ? -engineLoss : engineLoss; }

    /** Inverse of {@link #bias(double)}: a bias typed in this notation, as the engine stores it. */
    public double engineBias(double shownBias) { return this == MIT ? -shownBias : shownBias; }

    /** The engine's gradient ∂E/∂w as shown: ∂P/∂w = −∂E/∂w in the MIT notation. */
    public double gradient(double engineGradient) { return this == MIT ? -engineGradient : engineGradient; }

    /**
     * The gradient of the parameter a weight or a bias is shown as: a weight's as {@link #gradient(double)};
     * a bias's stays ∂E/∂b in both, since ∂P/∂w₀ = −∂E/∂(−b) = ∂E/∂b.
     */
    public double parameterGradient(double engineGradient, boolean bias) {
        return bias ? engineGradient : gradient(engineGradient);
    }

    // --- how the formulas read -----------------------------------------------------------------------
    // The two notations differ in the shape of some formulas, not only in their symbols; the views and the
    // formula books ask these questions rather than which notation it is.

    /**
     * Whether the bias is written as a weight w₀ on a constant −1 input (subtracted from the net input, drawn
     * as a node of its own) rather than a b added to the net input.
     */
    public boolean biasIsWeightOnMinusOne() { return this == MIT; }

    /** Whether training maximises a performance P = −E (written with a leading minus) rather than minimising E. */
    public boolean maximisesPerformance() { return this == MIT; }

    /** "−" before the error where it becomes the performance P = −E, "" where the error E is shown. */
    public String objectiveSign() { return maximisesPerformance() ? "−" : ""; }

    /**
     * Whether the delta is −∂E/∂(net input), so that its formulas start from target − output and put the slope
     * first (γ = β(1−β)(d − z)), rather than ∂E/∂z from output − target with the slope last (δ = (a − y)σ′(z)).
     */
    public boolean deltaIsTargetMinusOutput() { return this == MIT; }

    /** The difference a delta starts from, in this notation's order: d − z, or a − y. */
    public String errorDifference() { return errorDifference(target, output); }

    /** {@code target − output} where the delta starts from it, {@code output − target} otherwise. */
    public String errorDifference(String targetText, String outputText) {
        return deltaIsTargetMinusOutput() ? targetText + " − " + outputText : outputText + " − " + targetText;
    }

    /** The sigmoid's slope written from the output: β(1−β) or a(1−a). */
    public String sigmoidSlope() { return out + "(1−" + out + ")"; }

    /** The sigmoid's slope as the notation's texts write it: β(1−β), or σ′(z) = a(1−a) where the sigmoid is named. */
    public String sigmoidSlopeAsWritten() {
        return namesTheSigmoid() ? "σ′(" + net + ") = " + sigmoidSlope() : sigmoidSlope();
    }

    /** tanh's slope written from the output: 1−β² or 1−a². */
    public String tanhSlope() { return "1−" + out + "²"; }

    /**
     * Whether an update is written as a step Δw = r·∂P/∂w added to the weight (uphill on P), rather than as
     * w ← w − η·∂E/∂w (a Δw only where momentum adds the previous step).
     */
    public boolean writesUpdateAsStep() { return this == MIT; }

    /** Whether the network's output has a symbol of its own (z beside the hidden β), rather than the last layer's a. */
    public boolean outputHasItsOwnSymbol() { return !output.equals(out); }

    /** Whether the sigmoid's formula names it, σ(z) = 1/(1 + e⁻ᶻ), rather than writing 1/(1 + e⁻ᵅ) alone. */
    public boolean namesTheSigmoid() { return this == GRADIENT; }

    /** Whether the notation carries a course's name (MIT 6.034) rather than a description (gradient descent). */
    public boolean isNamedAfterACourse() { return this == MIT; }

    public static Notation fromId(String id) {
        for (Notation n : values()) {
            if (n.id.equals(id)) return n;
        }
        throw new IllegalArgumentException("unknown notation '" + id + "' (expected mit or gradient)");
    }
}
