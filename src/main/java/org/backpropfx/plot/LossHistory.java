package org.backpropfx.plot;

import java.util.Arrays;

/**
 * Every loss value of a run, in order, appended one at a time (one per epoch, or one per sample), and
 * read back thinned to what a plot of a given pixel width can show.
 *
 * <p>Values live in fixed-size chunks, so growing never copies them, at 8 bytes a value: a million
 * epochs take 8 MB. Every block of {@value #BLOCK} values also keeps its minimum, maximum and smallest
 * positive value with their positions, so that thinning a long range reads the block summaries instead
 * of every value. Thinning keeps each bucket's minimum and maximum, so spikes never disappear from the
 * picture however long the run.
 *
 * <p>Value k (counted from 0) is drawn at x = k + 1: the number of the epoch (or sample) it belongs to.
 * One thread may append while another reads: every method is synchronised.
 */
public final class LossHistory {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int BLOCK_BITS = 6;
    static final int BLOCK = 1 << BLOCK_BITS;

    private double[][] chunks = new double[4][];
    private int size;
    private long version;

    private double[] blockMin = new double[16];
    private double[] blockMax = new double[16];
    private double[] blockMinPositive = new double[16];
    private int[] blockArgMin = new int[16];
    private int[] blockArgMax = new int[16];
    private int[] blockArgMinPositive = new int[16];

    /** Adds the next value. Losses are finite and never negative; anything else is refused. */
    public synchronized void append(double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("loss value " + (size + 1) + " must be a finite number ≥ 0, not " + value);
        }
        if (size == Integer.MAX_VALUE - 1) {
            throw new IllegalStateException("the loss history is full (" + size + " values)");
        }
        int c = size >>> CHUNK_BITS;
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, chunks.length * 2);
        if (chunks[c] == null) chunks[c] = new double[CHUNK];
        chunks[c][size & (CHUNK - 1)] = value;
        summarise(size, value);
        size++;
        version++;
    }

    private void summarise(int index, double value) {
        int b = index >>> BLOCK_BITS;
        if (b == blockMin.length) growSummaries();
        boolean positive = value > 0.0;
        if ((index & (BLOCK - 1)) == 0) {
            blockMin[b] = value;
            blockMax[b] = value;
            blockArgMin[b] = index;
            blockArgMax[b] = index;
            blockMinPositive[b] = positive ? value : Double.POSITIVE_INFINITY;
            blockArgMinPositive[b] = positive ? index : -1;
            return;
        }
        // Strict comparisons keep the earliest position of a repeated extreme, as a scan in order would.
        if (value < blockMin[b]) { blockMin[b] = value; blockArgMin[b] = index; }
        if (value > blockMax[b]) { blockMax[b] = value; blockArgMax[b] = index; }
        if (positive && value < blockMinPositive[b]) { blockMinPositive[b] = value; blockArgMinPositive[b] = index; }
    }

    private void growSummaries() {
        int n = blockMin.length * 2;
        blockMin = Arrays.copyOf(blockMin, n);
        blockMax = Arrays.copyOf(blockMax, n);
        blockMinPositive = Arrays.copyOf(blockMinPositive, n);
        blockArgMin = Arrays.copyOf(blockArgMin, n);
        blockArgMax = Arrays.copyOf(blockArgMax, n);
        blockArgMinPositive = Arrays.copyOf(blockArgMinPositive, n);
    }

    public synchronized int size() { return size; }

    public synchronized boolean isEmpty() { return size == 0; }

    /** Value k, counted from 0. */
    public synchronized double get(int k) {
        if (k < 0 || k >= size) throw new IndexOutOfBoundsException("loss value " + k + " of " + size);
        return value(k);
    }

    /** The latest value; NaN when empty. */
    public synchronized double last() { return size == 0 ? Double.NaN : value(size - 1); }

    /** Changes whenever a value is appended or the history cleared: a cheap "is my picture stale?" check. */
    public synchronized long version() { return version; }

    /** Forgets every value (a new lesson, or a reset). */
    public synchronized void clear() {
        chunks = new double[4][];
        size = 0;
        version++;
    }

    private double value(int k) { return chunks[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    /** The whole run thinned for a plot {@code pixelWidth} pixels wide. */
    public synchronized Points downsample(int pixelWidth, boolean positiveOnly) {
        return downsample(0, size, pixelWidth, positiveOnly);
    }

    /** The last {@code count} values (or all, if fewer) thinned for a plot {@code pixelWidth} pixels wide. */
    public synchronized Points downsampleLast(int count, int pixelWidth, boolean positiveOnly) {
        if (count < 1) throw new IllegalArgumentException("the last " + count + " values: the count must be at least 1");
        return downsample(Math.max(0, size - count), size, pixelWidth, positiveOnly);
    }

    /**
     * Values {@code from} (inclusive) to {@code to} (exclusive), thinned to at most 2 × {@code pixelWidth}
     * points. With up to 2 × pixelWidth values every one is kept. Otherwise the last value is always kept
     * (the plot ends at the latest loss) and the values before it are split into pixelWidth − 1 buckets;
     * bucket b holds positions from + ⌊b·m/B⌋ up to (excluding) from + ⌊(b+1)·m/B⌋, with m = to − from − 1
     * and B = pixelWidth − 1, and contributes its minimum and its maximum, in the order they occur
     * (one point when they are the same value). Ties go to the earliest position.
     *
     * @param positiveOnly for a logarithmic axis: values ≤ 0 are skipped as if absent
     */
    public synchronized Points downsample(int from, int to, int pixelWidth, boolean positiveOnly) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("loss values " + from + " to " + to + " of " + size);
        }
        if (pixelWidth < 2) throw new IllegalArgumentException("a plot must be at least 2 pixels wide, not " + pixelWidth);
        int n = to - from;
        PointsBuilder out = new PointsBuilder(Math.min(n, 2 * pixelWidth));
        if (n <= 2 * pixelWidth) {
            for (int k = from; k < to; k++) out.addIf(k, value(k), positiveOnly);
            return out.build();
        }
        int m = n - 1;
        int buckets = pixelWidth - 1;
        Extremes e = new Extremes();
        for (int b = 0; b < buckets; b++) {
            int start = from + (int) ((long) b * m / buckets);
            int end = from + (int) ((long) (b + 1) * m / buckets);
            if (start == end) continue;
            e.find(start, end, positiveOnly);
            if (e.argMin < 0) continue;
            if (e.argMin == e.argMax) {
                out.add(e.argMin, e.min);
            } else if (e.argMin < e.argMax) {
                out.add(e.argMin, e.min);
                out.add(e.argMax, e.max);
            } else {
                out.add(e.argMax, e.max);
                out.add(e.argMin, e.min);
            }
        }
        out.addIf(to - 1, value(to - 1), positiveOnly);
        return out.build();
    }

    /** The extremes of one bucket: the raw values at its ragged ends, the block summaries in between. */
    private final class Extremes {
        double min;
        double max;
        int argMin;
        int argMax;

        void find(int start, int end, boolean positiveOnly) {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            argMin = -1;
            argMax = -1;
            int k = start;
            int firstFull = (start + BLOCK - 1) & -BLOCK;
            int lastFull = end & -BLOCK;
            if (firstFull >= lastFull) {
                for (; k < end; k++) consider(k, value(k), k, value(k), positiveOnly);
                return;
            }
            for (; k < firstFull; k++) consider(k, value(k), k, value(k), positiveOnly);
            for (int b = firstFull >>> BLOCK_BITS; b < lastFull >>> BLOCK_BITS; b++) {
                if (positiveOnly) {
                    if (blockArgMinPositive[b] >= 0) {
                        consider(blockArgMinPositive[b], blockMinPositive[b], blockArgMax[b], blockMax[b], true);
                    }
                } else {
                    consider(blockArgMin[b], blockMin[b], blockArgMax[b], blockMax[b], false);
                }
            }
            for (k = lastFull; k < end; k++) consider(k, value(k), k, value(k), positiveOnly);
        }

        private void consider(int kMin, double vMin, int kMax, double vMax, boolean positiveOnly) {
            if (positiveOnly && !(vMin > 0.0)) return;
            if (vMin < min) { min = vMin; argMin = kMin; }
            if (vMax > max) { max = vMax; argMax = kMax; }
        }
    }

    /** Thinned points ready to draw: x is the 1-based position (the epoch number), y the loss. */
    public static final class Points {
        private final double[] x;
        private final double[] y;
        private final int count;
        private final double minY;
        private final double maxY;

        Points(double[] x, double[] y, int count, double minY, double maxY) {
            this.x = x;
            this.y = y;
            this.count = count;
            this.minY = minY;
            this.maxY = maxY;
        }

        public int size() { return count; }

        public double x(int i) { return x[java.util.Objects.checkIndex(i, count)]; }

        public double y(int i) { return y[java.util.Objects.checkIndex(i, count)]; }

        /** Smallest y of the points (NaN when there are none). */
        public double minY() { return minY; }

        /** Largest y of the points (NaN when there are none). */
        public double maxY() { return maxY; }

        public boolean isEmpty() { return count == 0; }
    }

    private static final class PointsBuilder {
        private final double[] x;
        private final double[] y;
        private int count;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        PointsBuilder(int capacity) {
            x = new double[capacity];
            y = new double[capacity];
        }

        void addIf(int k, double value, boolean positiveOnly) {
            if (!positiveOnly || value > 0.0) add(k, value);
        }

        void add(int k, double value) {
            x[count] = k + 1.0;
            y[count] = value;
            count++;
            if (value < minY) minY = value;
            if (value > maxY) maxY = value;
        }

        Points build() {
            return count == 0 ? new Points(x, y, 0, Double.NaN, Double.NaN) : new Points(x, y, count, minY, maxY);
        }
    }
}
