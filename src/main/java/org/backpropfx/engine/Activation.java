package org.backpropfx.engine;

/**
 * The squashing function a neuron applies to its net input.
 *
 * <p>Derivatives are computed from the neuron's output where the textbooks do so (the sigmoid's
 * derivative is β(1−β), tanh's is 1−β²), so that the numbers a student computes by hand from the
 * displayed output agree with the engine's to the last bit.
 */
public enum Activation {
    SIGMOID("sigmoid") {
        @Override public double apply(double net) { return 1.0 / (1.0 + Math.exp(-net)); }
        @Override public double derivative(double net, double out) { return out * (1.0 - out); }
    },
    TANH("tanh") {
        @Override public double apply(double net) { return Math.tanh(net); }
        @Override public double derivative(double net, double out) { return 1.0 - out * out; }
    },
    RELU("relu") {
        @Override public double apply(double net) { return net > 0.0 ? net : 0.0; }
        @Override public double derivative(double net, double out) { return net > 0.0 ? 1.0 : 0.0; }
    },
    IDENTITY("identity") {
        @Override public double apply(double net) { return net; }
        @Override public double derivative(double net, double out) { return 1.0; }
    },
    /**
     * a_j = e^{z_j} / Σ_k e^{z_k} over the whole layer: allowed on the output layer only, with at least
     * two neurons (see {@link Softmax}). A layer's outputs come from {@link Softmax#outputs}; taken one
     * neuron at a time, {@link #apply} is a_j against z_j when the other neurons' e^{z_k} sum to 1 (the
     * logistic curve) and {@link #derivative} is the Jacobian's diagonal ∂a_j/∂z_j = a_j(1 − a_j).
     */
    SOFTMAX("softmax") {
        @Override public double apply(double net) { return SIGMOID.apply(net); }
        @Override public double derivative(double net, double out) { return out * (1.0 - out); }
        @Override public boolean isLayerWide() { return true; }
    };

    private final String id;

    Activation(String id) { this.id = id; }

    /** The neuron's output for a net input. */
    public abstract double apply(double net);

    /** d(output)/d(net), given both the net input and the output it produced. */
    public abstract double derivative(double net, double out);

    /** Whether each output depends on the whole layer's net inputs (softmax), not on its own alone. */
    public boolean isLayerWide() { return false; }

    /** The lower-case name used in lesson files and on the command line. */
    public String id() { return id; }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) return a;
        }
        throw new IllegalArgumentException("unknown activation '" + id + "' (expected sigmoid, tanh, relu, identity or softmax)");
    }
}
