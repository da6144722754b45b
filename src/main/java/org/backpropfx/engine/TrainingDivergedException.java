package org.backpropfx.engine;

/**
 * An update would have made a weight infinite or NaN. The update was not applied: the network holds
 * the weights it had before it.
 */
public final class TrainingDivergedException extends RuntimeException {
    private final long epoch;
    private final int sample;

    public TrainingDivergedException(long epoch, int sample) {
        super("training diverged in epoch " + (epoch + 1) + " at sample " + (sample + 1)
                + ": a weight would have become infinite or NaN, so the update was not applied."
                + " Try a smaller learning rate.");
        this.epoch = epoch;
        this.sample = sample;
    }

    public long epoch() { return epoch; }

    public int sample() { return sample; }
}
