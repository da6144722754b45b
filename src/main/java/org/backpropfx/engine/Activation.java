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
    };

    private final String id;

    Activation(String id) { this.id = id; }

    /** The neuron's output for a net input. */
    public abstract double apply(double net);

    /** d(output)/d(net), given both the net input and the output it produced. */
    public abstract double derivative(double net, double out);

    /** The lower-case name used in lesson files and on the command line. */
    public String id() { return id; }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) return a;
        }
        throw new IllegalArgumentException("unknown activation '" + id + "' (expected sigmoid, tanh, relu or identity)");
    }
}
