package org.backpropfx.engine;

/** Whether neurons have a bias, and whether training may change it. */
public enum BiasMode {
    TRAINABLE("trainable"),
    /** Biases take part in the forward pass but training never changes them. */
    LOCKED("locked"),
    /** No bias at all: every bias is zero and is not shown. */
    NONE("none");

    private final String id;

    BiasMode(String id) { this.id = id; }

    public String id() { return id; }

    public static BiasMode fromId(String id) {
        for (BiasMode m : values()) {
            if (m.id.equals(id)) return m;
        }
        throw new IllegalArgumentException("unknown bias mode '" + id + "' (expected trainable, locked or none)");
    }
}
