package org.backpropfx.plot;

import java.util.ArrayList;
import java.util.List;

/** Where to put tick marks on a plot axis: round numbers a reader can interpolate between. */
public final class AxisTicks {
    private AxisTicks() {}

    /**
     * Ticks at multiples of 1, 2 or 5 × 10ᵏ inside [min, max], the step chosen so that there are at most
     * {@code maxTicks} of them (and at least two when the range allows).
     */
    public static double[] linear(double min, double max, int maxTicks) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) return new double[] {min};
        double step = niceStep((max - min) / Math.max(1, maxTicks - 1));
        int exponent = (int) Math.floor(Math.log10(step) + 1e-9);
        long mantissa = Math.round(step / Math.pow(10, exponent));
        long first = (long) Math.ceil(min / step - 1e-9);
        List<Double> ticks = new ArrayList<>();
        for (long k = first; ; k++) {
            // k·m·10^e with the power applied last as a division, so that 0.6 is 6/10 and not 3·0.2.
            double t = exponent < 0 ? k * mantissa / Math.pow(10, -exponent) : k * mantissa * Math.pow(10, exponent);
            if (t > max + step * 1e-9) break;
            ticks.add(t == 0.0 ? 0.0 : t);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smallest of 1, 2, 5 × 10ᵏ that is at least {@code rough}. */
    public static double niceStep(double rough) {
        double decade = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / decade;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * decade;
    }

    /**
     * Ticks for a logarithmic axis over [min, max] (both &gt; 0): the powers of ten inside, thinned to at
     * most {@code maxTicks}; within less than two decades also 2 and 5 times them.
     */
    public static double[] log(double min, double max, int maxTicks) {
        if (!(min > 0) || !(max > min)) return new double[] {min};
        int lo = (int) Math.floor(Math.log10(min));
        int hi = (int) Math.ceil(Math.log10(max));
        List<Double> ticks = new ArrayList<>();
        int decades = hi - lo;
        if (decades <= 2) {
            for (int e = lo; e <= hi; e++) {
                for (double m : new double[] {1, 2, 5}) {
                    double t = m * Math.pow(10, e);
                    if (t >= min * (1 - 1e-12) && t <= max * (1 + 1e-12)) ticks.add(t);
                }
            }
        } else {
            int every = Math.max(1, (int) Math.ceil((double) decades / Math.max(1, maxTicks - 1)));
            for (int e = lo; e <= hi; e++) {
                double t = Math.pow(10, e);
                if (Math.floorMod(e, every) == 0 && t >= min * (1 - 1e-12) && t <= max * (1 + 1e-12)) ticks.add(t);
            }
        }
        if (ticks.isEmpty()) ticks.add(min);
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
