package org.backpropfx.engine;

/**
 * A saved copy of everything training changes. Arrays are indexed by weight layer, from 1; treat them
 * as read-only. A layer's velocities or batch sums are null where they were all zero.
 */
public record TrainerState(double[][] weights, double[][] biases, double[][] velocityW, double[][] velocityB,
                           double[][] sumW, double[][] sumB, int nextSample, int samplesInBatch, long epoch,
                           long samplesSeen, long updates, double epochLossSum, int epochSamples,
                           double lastEpochLoss, double lastSampleLoss, int epochCorrect,
                           double lastEpochAccuracy) {

    /** Approximate heap bytes held, for bounding the rewind history. */
    public long approximateBytes() {
        long doubles = 0;
        for (double[][] group : new double[][][] {weights, biases, velocityW, velocityB, sumW, sumB}) {
            for (double[] a : group) if (a != null) doubles += a.length;
        }
        return 8 * doubles + 6 * 16L * weights.length + 128;
    }
}
