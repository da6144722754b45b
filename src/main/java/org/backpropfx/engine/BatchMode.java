package org.backpropfx.engine;

/** How many samples contribute to one weight update. */
public enum BatchMode {
    /** Update after every sample (stochastic / on-line learning). */
    ONLINE("online"),
    /** Update after every {@code batchSize} samples, and at the end of the epoch. */
    MINI_BATCH("mini-batch"),
    /** Update once per epoch with the gradient of the whole training set. */
    FULL_BATCH("full-batch");

    private final String id;

    BatchMode(String id) { this.id = id; }

    public String id() { return id; }

    public static BatchMode fromId(String id) {
        for (BatchMode m : values()) {
            if (m.id.equals(id)) return m;
        }
        throw new IllegalArgumentException("unknown batch mode '" + id + "' (expected online, mini-batch or full-batch)");
    }
}
