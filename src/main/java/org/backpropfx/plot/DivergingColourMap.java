package org.backpropfx.plot;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.DataSet;

/**
 * Maps a value in [low, high] to an opaque ARGB colour running from orange (low) through a light grey
 * (the middle) to blue (high). The ends are the Okabe–Ito orange and blue, which stay distinct for the
 * common colour blindnesses and in greyscale. Values outside the range take the end colours.
 */
public final class DivergingColourMap {
    public static final int LOW_RGB = 0xE69F00;
    public static final int MID_RGB = 0xF2F2F2;
    public static final int HIGH_RGB = 0x0072B2;
    /** Distinct colours; a finer map would not be visible and the table stays in the CPU cache. */
    public static final int LEVELS = 256;

    private final double low;
    private final double high;
    private final double scale;
    private final int[] table = new int[LEVELS];

    public DivergingColourMap(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException("a colour map needs finite low < high, not [" + low + ", " + high + "]");
        }
        this.low = low;
        this.high = high;
        this.scale = (LEVELS - 1) / (high - low);
        for (int k = 0; k < LEVELS; k++) {
            double t = k / (double) (LEVELS - 1);
            table[k] = t < 0.5 ? blend(LOW_RGB, MID_RGB, t * 2.0) : blend(MID_RGB, HIGH_RGB, (t - 0.5) * 2.0);
        }
    }

    /**
     * The map for a network output: [0, 1] after a sigmoid, [−1, 1] after tanh, otherwise the span of
     * the data set's targets for that output (widened to 1 if they are all equal).
     */
    public static DivergingColourMap forOutput(Activation activation, DataSet data, int output) {
        switch (activation) {
            case SIGMOID: return new DivergingColourMap(0.0, 1.0);
            case TANH: return new DivergingColourMap(-1.0, 1.0);
            default:
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < data.size(); s++) {
                    lo = Math.min(lo, data.target(s)[output]);
                    hi = Math.max(hi, data.target(s)[output]);
                }
                if (!(hi > lo)) {
                    lo -= 0.5;
                    hi += 0.5;
                }
                return new DivergingColourMap(lo, hi);
        }
    }

    public double low() { return low; }

    public double high() { return high; }

    /** The colour of {@code value}, as 0xAARRGGBB with full alpha. NaN maps to the middle colour. */
    public int argb(double value) {
        return table[level(value)];
    }

    /** Which of the {@value #LEVELS} colours {@code value} gets. */
    public int level(double value) {
        if (Double.isNaN(value)) return LEVELS / 2;
        double k = (value - low) * scale + 0.5;
        if (k <= 0.0) return 0;
        if (k >= LEVELS - 1) return LEVELS - 1;
        return (int) k;
    }

    /** Maps {@code values[0..n)} into {@code argb[0..n)}; nothing is allocated. */
    public void argb(double[] values, int[] argb, int n) {
        for (int k = 0; k < n; k++) argb[k] = table[level(values[k])];
    }

    private static int blend(int from, int to, double t) {
        int r = mix(from >> 16 & 0xFF, to >> 16 & 0xFF, t);
        int g = mix(from >> 8 & 0xFF, to >> 8 & 0xFF, t);
        int b = mix(from & 0xFF, to & 0xFF, t);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int mix(int a, int b, double t) { return (int) Math.round(a + (b - a) * t); }
}
