package org.backpropfx.engine;

import java.util.Locale;

/**
 * Training a sample produced a number that is not finite (a net input, an output, the error or a delta),
 * or an update would have moved a weight or bias beyond {@link Network#MAX_MAGNITUDE}. Nothing of that
 * sample is kept: the weights are those from before it.
 */
public final class TrainingDivergedException extends RuntimeException {
    /** Where the trouble arose, in the order a sample computes things. */
    public enum Cause {
        NET_INPUT("a net input"),
        OUTPUT("an output"),
        ERROR("the error"),
        DELTA("a delta"),
        WEIGHT("a weight or bias");

        private final String words;

        Cause(String words) { this.words = words; }

        /** The quantity in plain words: "the error". */
        public String words() { return words; }
    }

    private final long epoch;
    private final int sample;
    private final Cause cause;
    private final int layer;
    private final boolean notANumber;

    /** An update that would have taken a weight or bias out of range. */
    public TrainingDivergedException(long epoch, int sample) {
        this(epoch, sample, Cause.WEIGHT, 0, false);
    }

    /**
     * @param layer the weight layer (from 1) of the net input, output or delta; 0 for the error or a weight
     * @param notANumber whether the value was NaN rather than infinite
     */
    public TrainingDivergedException(long epoch, int sample, Cause cause, int layer, boolean notANumber) {
        super(reason(epoch, sample, cause, layer, notANumber) + " — try a smaller learning rate");
        this.epoch = epoch;
        this.sample = sample;
        this.cause = cause;
        this.layer = layer;
        this.notANumber = notANumber;
    }

    /** The epoch (from 0) in which it happened. */
    public long epoch() { return epoch; }

    /** The sample (from 0) that was being trained. */
    public int sample() { return sample; }

    public Cause reason() { return cause; }

    /** The layer of a net input, output or delta (from 1); 0 for the error and weights. */
    public int layer() { return layer; }

    /** Whether the value stopped being a number (NaN) rather than becoming infinite. */
    public boolean notANumber() { return notANumber; }

    private static String reason(long epoch, int sample, Cause cause, int layer, boolean notANumber) {
        String where = String.format(Locale.ROOT, " at sample %d of epoch %d", sample + 1, epoch + 1);
        if (cause == Cause.WEIGHT) {
            return "a weight or bias would have grown beyond ±" + Network.MAX_MAGNITUDE_TEXT
                    + " (the largest a lesson holds)" + where;
        }
        String what = cause.words() + (layer > 0 ? " in layer " + layer : "");
        return what + (notANumber ? " stopped being a number" : " became infinite") + where;
    }
}
