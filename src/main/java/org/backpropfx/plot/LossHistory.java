package org.backpropfx.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * Every loss value of a run, in order, appended one at a time (one per epoch, or one per sample), and
 * read back thinned to what a plot of a given pixel width can show.
 *
 * <p>Memory stays bounded however long the run: live training appends about a million values a second,
 * and keeping them all would exhaust the heap within minutes. So only the newest values are kept exactly,
 * and older ones are summarised:
 * <ul>
 *   <li>The newest values (at least the last 4 128 769) are kept exactly, 8 bytes each, in fixed-size chunks
 *       that are reused rather than reallocated, so zooming in on the end of the curve (the last 100 000
 *       epochs, say) still shows every value.</li>
 *   <li>Older values are folded into at most 65 536 slots, each standing for a run of consecutive positions
 *       (the stride) and keeping the run's minimum, maximum and smallest positive value with their
 *       positions. When the slots are full, neighbouring pairs merge and the stride doubles; spread over the
 *       appends that filled the slots, that costs next to nothing per append.</li>
 * </ul>
 * A history therefore never holds more than about 39 MB. Since extremes keep their positions, thinning
 * never loses a spike or the positive minimum a logarithmic axis needs, even from the summarised past,
 * and every point it returns is a value that was appended, drawn at its own position.
 *
 * <p>Every block of {@value #BLOCK} exact values also keeps its minimum, maximum and smallest positive value
 * with their positions, so that thinning a long range reads the block summaries instead of every value.
 *
 * <p>Value k (counted from 0) is drawn at x = k + 1: the number of the epoch (or sample) it belongs to.
 * Counts are longs, exact as x positions up to 2<sup>53</sup> values (285 years at a million a second).
 * One thread may append while another reads: every method is synchronised.
 */
public final class LossHistory {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int BLOCK_BITS = 6;
    static final int BLOCK = 1 << BLOCK_BITS;
    private static final int BLOCKS_PER_CHUNK = CHUNK / BLOCK;
    /** Chunks of exact values kept by default: 4 194 304 values, 36 MB with their block summaries. */
    static final int WINDOW_CHUNKS = 64;
    /** Slots for the summarised past by default: 3 MB, still 30 slots a pixel on a 2000-pixel plot. */
    static final int PAST_SLOTS = 1 << 16;

    private final int windowChunks;
    private final int pastSlots;
    private long count;
    private long version;

    /**
     * Chunk c (positions from c · 65 536 on) lives at window[c & mask] while it is exact: a power-of-two ring,
     * so that finding a value costs a mask, not a division.
     */
    private Chunk[] window;
    private final int mask;
    private Chunk newest;
    /** The first position kept exactly: the summarised past ends here. A multiple of the chunk size. */
    private long exactFrom;
    private Past past;

    public LossHistory() { this(WINDOW_CHUNKS, PAST_SLOTS); }

    /**
     * @param windowChunks chunks of 65 536 exact values to keep (at least 1)
     * @param pastSlots slots for the summarised past (at least 2, so that merging pairs frees some)
     */
    LossHistory(int windowChunks, int pastSlots) {
        if (windowChunks < 1 || pastSlots < 2) {
            throw new IllegalArgumentException("a loss history needs at least 1 chunk and 2 slots, not "
                    + windowChunks + " and " + pastSlots);
        }
        this.windowChunks = windowChunks;
        this.pastSlots = pastSlots;
        mask = Integer.highestOneBit(2 * windowChunks - 1) - 1;
        window = new Chunk[mask + 1];
        past = new Past(pastSlots);
    }

    /** Adds the next value. Losses are finite and never negative; anything else is refused. */
    public synchronized void append(double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("loss value " + (count + 1) + " must be a finite number ≥ 0, not " + value);
        }
        int i = (int) count & (CHUNK - 1);
        if (i == 0) newest = startChunk();
        newest.put(i, value);
        count++;
        version++;
    }

    /** Storage for the chunk starting at position {@code count}. */
    private Chunk startChunk() {
        Chunk chunk;
        if (count - exactFrom < (long) windowChunks * CHUNK) {
            chunk = new Chunk();
        } else {
            // The window is full: summarise its oldest chunk, then reuse that chunk's storage.
            int oldest = (int) (exactFrom >>> CHUNK_BITS) & mask;
            chunk = window[oldest];
            window[oldest] = null;
            past.fold(chunk, exactFrom);
            exactFrom += CHUNK;
        }
        return window[(int) (count >>> CHUNK_BITS) & mask] = chunk;
    }

    /**
     * The number of values appended, or {@link Integer#MAX_VALUE} once more than that were (after about
     * 36 minutes of training at a million epochs a second); {@link #count()} never saturates.
     */
    public synchronized int size() { return (int) Math.min(count, Integer.MAX_VALUE); }

    /** The number of values appended. */
    public synchronized long count() { return count; }

    public synchronized boolean isEmpty() { return count == 0; }

    /**
     * Value k, counted from 0. Exact for the values kept exactly, and in the summarised past at the positions
     * of a slot's recorded extremes (the positions thinning draws); any other position of the summarised past
     * gives the minimum of its slot.
     */
    public synchronized double get(long k) {
        if (k < 0 || k >= count) throw new IndexOutOfBoundsException("loss value " + k + " of " + count);
        return value(k);
    }

    /** The latest value, always exact; NaN when empty. */
    public synchronized double last() { return count == 0 ? Double.NaN : value(count - 1); }

    /** Changes whenever a value is appended or the history cleared: a cheap "is my picture stale?" check. */
    public synchronized long version() { return version; }

    /** Forgets every value (a new lesson, or a reset). */
    public synchronized void clear() {
        count = 0;
        exactFrom = 0;
        newest = null;
        window = new Chunk[mask + 1];
        past = new Past(pastSlots);
        version++;
    }

    /** Positions each slot of the summarised past stands for; {@value #BLOCK} before anything was summarised. */
    synchronized long stride() { return past.stride; }

    /** Slots of the summarised past in use. */
    synchronized int pastSlotCount() { return past.slots; }

    /** Values kept exactly: the newest ones. */
    synchronized long exactCount() { return count - exactFrom; }

    /** Bytes of the arrays holding values and summaries (object headers left out). */
    synchronized long storageBytes() {
        long bytes = past.storageBytes();
        for (Chunk chunk : window) if (chunk != null) bytes += Chunk.BYTES;
        return bytes;
    }

    private double value(long k) { return k >= exactFrom ? exact(k) : past.valueAt(k); }

    private double exact(long k) { return chunkAt(k).values[(int) k & (CHUNK - 1)]; }

    private Chunk chunkAt(long k) { return window[(int) (k >>> CHUNK_BITS) & mask]; }

    /** The whole run thinned for a plot {@code pixelWidth} pixels wide. */
    public synchronized Points downsample(int pixelWidth, boolean positiveOnly) {
        return downsample(0, count, pixelWidth, positiveOnly);
    }

    /** The last {@code count} values (or all, if fewer) thinned for a plot {@code pixelWidth} pixels wide. */
    public synchronized Points downsampleLast(int count, int pixelWidth, boolean positiveOnly) {
        if (count < 1) throw new IllegalArgumentException("the last " + count + " values: the count must be at least 1");
        return downsample(Math.max(0, this.count - count), this.count, pixelWidth, positiveOnly);
    }

    /**
     * Values {@code from} (inclusive) to {@code to} (exclusive), thinned to at most 2 × {@code pixelWidth}
     * points. With up to 2 × pixelWidth values every one is kept. Otherwise the last value is always kept
     * (the plot ends at the latest loss) and the values before it are split into pixelWidth − 1 buckets;
     * bucket b holds positions from + ⌊b·m/B⌋ up to (excluding) from + ⌊(b+1)·m/B⌋, with m = to − from − 1
     * and B = pixelWidth − 1, and contributes its minimum and its maximum, in the order they occur
     * (one point when they are the same value). Ties go to the earliest position.
     *
     * <p>In the summarised past only the extremes each slot recorded are known: there a bucket's minimum and
     * maximum are those of the recorded extremes whose positions fall inside the bucket, and "every value"
     * means every recorded extreme. A whole-run extreme is always among them.
     *
     * @param positiveOnly for a logarithmic axis: values ≤ 0 are skipped as if absent
     */
    public synchronized Points downsample(long from, long to, int pixelWidth, boolean positiveOnly) {
        if (from < 0 || to > count || from > to) {
            throw new IndexOutOfBoundsException("loss values " + from + " to " + to + " of " + count);
        }
        if (pixelWidth < 2) throw new IllegalArgumentException("a plot must be at least 2 pixels wide, not " + pixelWidth);
        long n = to - from;
        PointsBuilder out = new PointsBuilder((int) Math.min(n, 2L * pixelWidth));
        Extremes e = new Extremes();
        if (n <= 2L * pixelWidth) {
            // One exact value at a time; a summarised slot (or the part of it in range) at once.
            for (long k = from; k < to; ) {
                long next = k < exactFrom ? Math.min(Math.min(to, exactFrom), (k / past.stride + 1) * past.stride) : k + 1;
                e.find(k, next, positiveOnly).addTo(out);
                k = next;
            }
            return out.build();
        }
        long m = n - 1;
        int buckets = pixelWidth - 1;
        // ⌊b·m/B⌋ as b·⌊m/B⌋ + ⌊b·(m mod B)/B⌋, which cannot overflow however long the run.
        long whole = m / buckets;
        long rest = m % buckets;
        long start = from;
        for (int b = 1; b <= buckets; b++) {
            long end = from + b * whole + b * rest / buckets;
            if (start < end) e.find(start, end, positiveOnly).addTo(out);
            start = end;
        }
        e.find(to - 1, to, positiveOnly).addTo(out);
        return out.build();
    }

    /**
     * The extremes of a range of positions: in the summarised past the recorded extremes inside it; among the
     * exact values, the raw values at its ragged ends and the block summaries in between.
     */
    private final class Extremes {
        double min;
        double max;
        long argMin;
        long argMax;

        Extremes find(long start, long end, boolean positiveOnly) {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            argMin = -1;
            argMax = -1;
            if (start < exactFrom) findInPast(start, Math.min(end, exactFrom), positiveOnly);
            if (end > exactFrom) findExact(Math.max(start, exactFrom), end, positiveOnly);
            return this;
        }

        /** Only extremes recorded inside the range count, so that every point keeps its own position. */
        private void findInPast(long start, long end, boolean positiveOnly) {
            Past p = past;
            int last = (int) ((end - 1) / p.stride);
            for (int j = (int) (start / p.stride); j <= last; j++) {
                long at = positiveOnly ? p.argMinPositive[j] : p.argMin[j];
                if (at >= start && at < end) lower(at, positiveOnly ? p.minPositive[j] : p.min[j]);
                at = p.argMax[j];
                if (at >= start && at < end && (!positiveOnly || p.max[j] > 0.0)) higher(at, p.max[j]);
            }
        }

        private void findExact(long start, long end, boolean positiveOnly) {
            long firstFull = (start + BLOCK - 1) & -BLOCK;
            long lastFull = end & -BLOCK;
            if (firstFull >= lastFull) {
                raw(start, end, positiveOnly);
                return;
            }
            raw(start, firstFull, positiveOnly);
            for (long k = firstFull; k < lastFull; ) {
                long chunkStart = k & -CHUNK;
                Chunk chunk = chunkAt(k);
                int stop = (int) (Math.min(lastFull, chunkStart + CHUNK) - chunkStart) >>> BLOCK_BITS;
                for (int b = (int) (k - chunkStart) >>> BLOCK_BITS; b < stop; b++) {
                    if (!positiveOnly) {
                        lower(chunkStart + chunk.argMin[b], chunk.min[b]);
                        higher(chunkStart + chunk.argMax[b], chunk.max[b]);
                    } else if (chunk.argMinPositive[b] >= 0) {
                        lower(chunkStart + chunk.argMinPositive[b], chunk.minPositive[b]);
                        higher(chunkStart + chunk.argMax[b], chunk.max[b]);
                    }
                }
                k = chunkStart + ((long) stop << BLOCK_BITS);
            }
            raw(lastFull, end, positiveOnly);
        }

        private void raw(long start, long end, boolean positiveOnly) {
            for (long k = start; k < end; k++) {
                double v = exact(k);
                if (positiveOnly && !(v > 0.0)) continue;
                lower(k, v);
                higher(k, v);
            }
        }

        // Strict comparisons, fed in position order, give ties to the earliest position.
        private void lower(long k, double v) { if (v < min) { min = v; argMin = k; } }

        private void higher(long k, double v) { if (v > max) { max = v; argMax = k; } }

        /** The minimum and the maximum found, in the order they occur; one point when they are the same. */
        void addTo(PointsBuilder out) {
            if (argMin >= 0 && argMax >= 0 && argMax < argMin) {
                out.add(argMax, max);
                out.add(argMin, min);
                return;
            }
            if (argMin >= 0) out.add(argMin, min);
            if (argMax >= 0 && argMax != argMin) out.add(argMax, max);
        }
    }

    /** 65 536 consecutive exact values, with the extremes of every block of {@value #BLOCK}. */
    private static final class Chunk {
        static final long BYTES = 8L * CHUNK + (3 * 8L + 3 * 4L) * BLOCKS_PER_CHUNK;

        final double[] values = new double[CHUNK];
        final double[] min = new double[BLOCKS_PER_CHUNK];
        final double[] max = new double[BLOCKS_PER_CHUNK];
        /** +∞ when the block has no positive value, so that any positive value compares lower. */
        final double[] minPositive = new double[BLOCKS_PER_CHUNK];
        // Offsets inside the chunk; −1 for a block without a positive value.
        final int[] argMin = new int[BLOCKS_PER_CHUNK];
        final int[] argMax = new int[BLOCKS_PER_CHUNK];
        final int[] argMinPositive = new int[BLOCKS_PER_CHUNK];

        void put(int i, double value) {
            values[i] = value;
            int b = i >>> BLOCK_BITS;
            boolean positive = value > 0.0;
            if ((i & (BLOCK - 1)) == 0) {
                min[b] = value;
                max[b] = value;
                argMin[b] = i;
                argMax[b] = i;
                minPositive[b] = positive ? value : Double.POSITIVE_INFINITY;
                argMinPositive[b] = positive ? i : -1;
                return;
            }
            // Strict comparisons keep the earliest position of a repeated extreme, as a scan in order would.
            if (value < min[b]) { min[b] = value; argMin[b] = i; }
            if (value > max[b]) { max[b] = value; argMax[b] = i; }
            if (positive && value < minPositive[b]) { minPositive[b] = value; argMinPositive[b] = i; }
        }
    }

    /**
     * The summarised past: slot j stands for positions j · stride up to (excluding) (j + 1) · stride, and
     * keeps their minimum, maximum and smallest positive value with the (earliest) position of each.
     */
    private static final class Past {
        final int capacity;
        /** Whole blocks, so that folding a chunk reads its block summaries, never its values. */
        long stride = BLOCK;
        int slots;
        double[] min;
        double[] max;
        /** +∞ when the slot has no positive value. */
        double[] minPositive;
        // Absolute positions; −1 for a slot without a positive value.
        long[] argMin;
        long[] argMax;
        long[] argMinPositive;

        Past(int capacity) {
            this.capacity = capacity;
            int n = Math.min(16, capacity);
            min = new double[n];
            max = new double[n];
            minPositive = new double[n];
            argMin = new long[n];
            argMax = new long[n];
            argMinPositive = new long[n];
        }

        /** Adds the chunk of exact values that starts at position {@code start}, the end of the past. */
        void fold(Chunk chunk, long start) {
            for (int b = 0; b < BLOCKS_PER_CHUNK; b++) {
                int minPositiveAt = chunk.argMinPositive[b];
                add(start + ((long) b << BLOCK_BITS), chunk.min[b], start + chunk.argMin[b], chunk.max[b],
                        start + chunk.argMax[b], chunk.minPositive[b], minPositiveAt < 0 ? -1 : start + minPositiveAt);
            }
        }

        /** Adds the extremes of the block that starts at position {@code p}. */
        private void add(long p, double lo, long argLo, double hi, long argHi, double loPositive, long argLoPositive) {
            long j = p / stride;
            if (j == capacity) {
                coarsen();
                j = p / stride;
            }
            if (j < slots) {
                merge((int) j, lo, argLo, hi, argHi, loPositive, argLoPositive);
                return;
            }
            if (slots == min.length) grow();
            set(slots++, lo, argLo, hi, argHi, loPositive, argLoPositive);
        }

        /** Halves the slots in use: each pair of neighbours becomes one slot of twice the stride. */
        private void coarsen() {
            int half = (slots + 1) / 2;
            for (int j = 0; j < half; j++) {
                int a = 2 * j;
                int b = a + 1;
                set(j, min[a], argMin[a], max[a], argMax[a], minPositive[a], argMinPositive[a]);
                if (b < slots) merge(j, min[b], argMin[b], max[b], argMax[b], minPositive[b], argMinPositive[b]);
            }
            slots = half;
            stride *= 2;
        }

        private void set(int j, double lo, long argLo, double hi, long argHi, double loPositive, long argLoPositive) {
            min[j] = lo;
            argMin[j] = argLo;
            max[j] = hi;
            argMax[j] = argHi;
            minPositive[j] = loPositive;
            argMinPositive[j] = argLoPositive;
        }

        /** Merges a later run into slot j: strict comparisons leave ties at the earlier position. */
        private void merge(int j, double lo, long argLo, double hi, long argHi, double loPositive, long argLoPositive) {
            if (lo < min[j]) { min[j] = lo; argMin[j] = argLo; }
            if (hi > max[j]) { max[j] = hi; argMax[j] = argHi; }
            if (loPositive < minPositive[j]) { minPositive[j] = loPositive; argMinPositive[j] = argLoPositive; }
        }

        private void grow() {
            int n = Math.min(capacity, 2 * min.length);
            min = Arrays.copyOf(min, n);
            max = Arrays.copyOf(max, n);
            minPositive = Arrays.copyOf(minPositive, n);
            argMin = Arrays.copyOf(argMin, n);
            argMax = Arrays.copyOf(argMax, n);
            argMinPositive = Arrays.copyOf(argMinPositive, n);
        }

        double valueAt(long k) {
            int j = (int) (k / stride);
            if (k == argMax[j]) return max[j];
            if (k == argMinPositive[j]) return minPositive[j];
            return min[j];
        }

        long storageBytes() { return (3 * 8L + 3 * 8L) * min.length; }
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

        public double x(int i) { return x[Objects.checkIndex(i, count)]; }

        public double y(int i) { return y[Objects.checkIndex(i, count)]; }

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

        void add(long k, double value) {
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
