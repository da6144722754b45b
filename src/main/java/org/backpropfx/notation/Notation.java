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

    public static Notation fromId(String id) {
        for (Notation n : values()) {
            if (n.id.equals(id)) return n;
        }
        throw new IllegalArgumentException("unknown notation '" + id + "' (expected mit or gradient)");
    }
}
