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
     * Ticks for an axis of whole numbers (epochs, samples) inside [min, max]: multiples of 1, 2 or 5 × 10ᵏ as
     * {@link #linear} chooses them, but never closer than 1, so that no tick falls between two epochs.
     */
    public static double[] integers(double min, double max, int maxTicks) {
        if (!(max >= min) || !Double.isFinite(min) || !Double.isFinite(max)) return new double[] {Math.ceil(min)};
        double step = Math.max(1, niceStep(Math.max(1e-9, (max - min) / Math.max(1, maxTicks - 1))));
        long first = (long) Math.ceil(min / step - 1e-9);
        List<Double> ticks = new ArrayList<>();
        for (long k = first; k * step <= max + 1e-9; k++) ticks.add(k * step);
        if (ticks.isEmpty()) ticks.add(Math.ceil(min));
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Ticks for a logarithmic axis over [min, max] (both &gt; 0): every power of ten inside, and 2 and 5 times
     * them as well when all of those fit in {@code maxTicks}. A range with fewer than two of these (inside one
     * decade) gets {@link #linear} ticks instead, so that there is always something to read.
     * Which decades carry a label when not all fit is {@link #logLabelEvery}'s choice.
     */
    public static double[] log(double min, double max, int maxTicks) {
        if (!(min > 0) || !(max > min) || !Double.isFinite(max)) return new double[] {min};
        int lo = (int) Math.floor(Math.log10(min));
        int hi = (int) Math.ceil(Math.log10(max));
        List<Double> decades = new ArrayList<>();
        List<Double> oneTwoFive = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double t = power(m, e);
                if (t < min * (1 - 1e-12) || t > max * (1 + 1e-12)) continue;
                oneTwoFive.add(t);
                if (m == 1) decades.add(t);
            }
        }
        List<Double> ticks = oneTwoFive.size() <= Math.max(2, maxTicks) ? oneTwoFive : decades;
        if (ticks.size() == 1) {
            // One power of ten inside: 5 times the ones around it too, for a second and third line to read.
            ticks = new ArrayList<>();
            for (double t : oneTwoFive) if (decades.contains(t) || Math.abs(t / power(1, (int) Math.floor(Math.log10(t) + 1e-9)) - 5) < 1e-9) ticks.add(t);
        }
        if (ticks.size() < 2) return linear(min, max, Math.max(2, Math.min(maxTicks, 5)));
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** m × 10ᵉ, with the power applied as a division for negative e, so that 0.001 is 1/1000 exactly as written. */
    private static double power(int m, int e) {
        return e < 0 ? m / Math.pow(10, -e) : m * Math.pow(10, e);
    }

    /**
     * On a logarithmic axis of {@code decades} decades with room for {@code maxLabels} labels: label every
     * k-th decade (1, 2, 3, …), the smallest k that fits. The tick marks stay at every decade.
     */
    public static int logLabelEvery(int decades, int maxLabels) {
        int room = Math.max(1, maxLabels - 1);
        return Math.max(1, (int) Math.ceil((double) Math.max(0, decades) / room));
    }

    /** Whether a tick is a power of ten (for a logarithmic axis' labels). */
    public static boolean isPowerOfTen(double t) {
        if (!(t > 0)) return false;
        double e = Math.log10(t);
        return Math.abs(e - Math.rint(e)) < 1e-9;
    }
}
