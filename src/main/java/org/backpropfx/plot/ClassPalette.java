package org.backpropfx.plot;

import org.backpropfx.engine.Classification;

/**
 * The colour of each class, from the Okabe–Ito palette, whose colours stay apart for the common kinds of
 * colour blindness: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black. A ninth
 * class and beyond take the same colours again; the class numbers written beside them tell those apart.
 *
 * <p>Confidence is shown by fading a class colour towards the background: {@link #shade} keeps the full
 * colour for an output of 1 and leaves only a tint at the least confidence a class can have (1/K).
 */
public final class ClassPalette {
    private static final int[] OKABE_ITO = {
        0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0x56B4E9, 0xCC79A7, 0xF0E442, 0x000000,
    };
    /** The share of the class colour at the least confidence: still recognisably that class. */
    static final double LEAST = 0.18;

    private ClassPalette() {}

    /** How many distinct colours there are before they repeat. */
    public static int distinct() { return OKABE_ITO.length; }

    /** Class k's colour as 0xRRGGBB. */
    public static int rgb(int k) {
        if (k < 0) throw new IllegalArgumentException("class numbers start at 0, not " + k);
        return OKABE_ITO[k % OKABE_ITO.length];
    }

    /** The colour of the class a sample's one-hot (or single 0/1) target names, as 0xRRGGBB. */
    public static int rgbOfTarget(double[] target) {
        return rgb(Classification.classOf(target));
    }

    /**
     * Class k's colour faded towards {@code backgroundRgb} by how sure the network is, as opaque 0xAARRGGBB:
     * confidence 1 gives the class colour, the least possible confidence {@code 1/classes} (two classes: 0.5)
     * gives {@value #LEAST} of it.
     *
     * @param confidence the output that picked the class (for one output the distance from 0.5, mirrored:
     *     max(y, 1 − y))
     */
    public static int shade(int k, double confidence, int classes, int backgroundRgb) {
        double least = 1.0 / Math.max(2, classes);
        double sure = Double.isNaN(confidence) ? 0.0 : Math.max(0.0, Math.min(1.0, (confidence - least) / (1.0 - least)));
        double share = LEAST + (1.0 - LEAST) * sure;
        int c = rgb(k);
        int r = mix(c >> 16 & 0xFF, backgroundRgb >> 16 & 0xFF, share);
        int g = mix(c >> 8 & 0xFF, backgroundRgb >> 8 & 0xFF, share);
        int b = mix(c & 0xFF, backgroundRgb & 0xFF, share);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** How sure an output is of the class it picks: the largest output, or for one output max(y, 1 − y). */
    public static double confidence(double[] output) {
        if (output.length == 1) return Math.max(output[0], 1.0 - output[0]);
        double best = output[0];
        for (double v : output) best = Math.max(best, v);
        return best;
    }

    private static int mix(int colour, int background, double share) {
        return (int) Math.round(background + (colour - background) * share);
    }
}
