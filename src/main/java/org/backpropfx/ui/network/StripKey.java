package org.backpropfx.ui.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything one strip of the backdrop (one weight layer's edges, and the circles of the two columns it
 * joins) is drawn from: equal keys give equal pixels.
 *
 * @param layout        the geometry (compared by identity: a new size or shape is a new layout)
 * @param band          the active layer's band where it reaches into this strip, else null
 * @param fullColour    whether the edges are drawn in full colour (their layer is active, or none is)
 * @param leftColumn    the state of the neurons on the strip's left: 0 not computed, 1 computed, 2 active
 * @param values        the edges' values, which set their widths and colours
 */
record StripKey(NetworkLayout layout, NetworkStyle style, double maxAbsWeight, double[] band, boolean fullColour,
                int leftColumn, int rightColumn, double[] values, boolean[] locked) {
    @Override
    public boolean equals(Object o) {
        return o instanceof StripKey k && k.layout == layout && k.style.equals(style)
                && Double.compare(k.maxAbsWeight, maxAbsWeight) == 0 && Arrays.equals(k.band, band)
                && k.fullColour == fullColour && k.leftColumn == leftColumn && k.rightColumn == rightColumn
                && Arrays.equals(k.values, values) && Arrays.equals(k.locked, locked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(layout), style, maxAbsWeight, fullColour, leftColumn, rightColumn)
                * 31 + Arrays.hashCode(values);
    }

    /** What the strip's edges alone are drawn from: neither colours nor highlight, which only recolour them. */
    Edges edges() { return new Edges(layout, maxAbsWeight, values, locked); }

    /** Equal for equal edge geometry: where each edge runs, how wide, whether dashed, and its sign. */
    record Edges(NetworkLayout layout, double maxAbsWeight, double[] values, boolean[] locked) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Edges k && k.layout == layout && Double.compare(k.maxAbsWeight, maxAbsWeight) == 0
                    && Arrays.equals(k.values, values) && Arrays.equals(k.locked, locked);
        }

        @Override
        public int hashCode() { return System.identityHashCode(layout) * 31 + Arrays.hashCode(values); }
    }
}
