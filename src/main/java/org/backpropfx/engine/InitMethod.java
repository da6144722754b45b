package org.backpropfx.engine;

/** How fresh weights are drawn. */
public enum InitMethod {
    /** Uniform on [−r, r], biases too. */
    UNIFORM("uniform"),
    /** Glorot/Xavier uniform: ±√(6 / (fan-in + fan-out)); biases start at 0. Suits sigmoid and tanh. */
    XAVIER("xavier"),
    /** He normal: standard deviation √(2 / fan-in); biases start at 0. Suits ReLU. */
    HE("he");

    private final String id;

    InitMethod(String id) { this.id = id; }

    public String id() { return id; }

    public static InitMethod fromId(String id) {
        for (InitMethod m : values()) {
            if (m.id.equals(id)) return m;
        }
        throw new IllegalArgumentException("unknown initialisation '" + id + "' (expected uniform, xavier or he)");
    }
}
