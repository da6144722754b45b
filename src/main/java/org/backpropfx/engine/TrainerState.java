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

    /**
     * A copy of this state whose arrays are taken from {@code spare} where their lengths match, new ones
     * elsewhere; {@code spare} (may be null) must not be used again by anyone. Lets a long-lived holder of
     * copies (the rewind history) reuse the arrays of copies it drops, instead of leaving old garbage.
     */
    public TrainerState copyReusing(TrainerState spare) {
        return new TrainerState(copy(weights, spare == null ? null : spare.weights),
                copy(biases, spare == null ? null : spare.biases),
                copy(velocityW, spare == null ? null : spare.velocityW),
                copy(velocityB, spare == null ? null : spare.velocityB),
                copy(sumW, spare == null ? null : spare.sumW), copy(sumB, spare == null ? null : spare.sumB),
                nextSample, samplesInBatch, epoch, samplesSeen, updates, epochLossSum, epochSamples,
                lastEpochLoss, lastSampleLoss, epochCorrect, lastEpochAccuracy);
    }

    private static double[][] copy(double[][] from, double[][] spare) {
        if (from == null) return null;
        double[][] to = spare != null && spare.length == from.length ? spare : new double[from.length][];
        for (int l = 0; l < from.length; l++) {
            double[] a = from[l];
            if (a == null) {
                to[l] = null;
            } else {
                double[] b = to[l] != null && to[l].length == a.length ? to[l] : new double[a.length];
                System.arraycopy(a, 0, b, 0, a.length);
                to[l] = b;
            }
        }
        return to;
    }
}
