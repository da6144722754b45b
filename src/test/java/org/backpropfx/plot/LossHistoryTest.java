package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.junit.jupiter.api.Test;

class LossHistoryTest {

    private static Trainer xorTrainer() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 7);
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        return new Trainer(network, xor, TrainingSettings.plain(0.5));
    }

    @Test
    void lastPointIsTheEnginesLossAfterNEpochs() {
        Trainer trainer = xorTrainer();
        LossHistory history = new LossHistory();
        int epochs = 3_000;
        for (int e = 0; e < epochs; e++) history.append(trainer.trainEpoch());

        assertThat(history.size()).isEqualTo(epochs);
        assertThat(history.last()).isEqualTo(trainer.lastEpochLoss());
        for (int width : new int[] {50, 400, 5_000}) {
            LossHistory.Points drawn = history.downsample(width, false);
            assertThat(drawn.x(drawn.size() - 1)).isEqualTo(epochs);
            assertThat(drawn.y(drawn.size() - 1)).isEqualTo(trainer.lastEpochLoss());
        }
        LossHistory.Points lastHundred = history.downsampleLast(100, 30, true);
        assertThat(lastHundred.y(lastHundred.size() - 1)).isEqualTo(trainer.lastEpochLoss());
        assertThat(lastHundred.x(0)).isEqualTo(epochs - 99);
    }

    @Property(tries = 300)
    void everyBucketKeepsItsMinimumAndMaximum(@ForAll @Size(min = 1, max = 3_000) List<@DoubleRange(min = 0, max = 10) Double> values,
                                              @ForAll @IntRange(min = 2, max = 400) int width,
                                              @ForAll @IntRange(min = 0, max = 3_000) int cut,
                                              @ForAll boolean positiveOnly) {
        LossHistory history = new LossHistory();
        for (double v : values) history.append(quantise(v));
        int n = values.size();
        int from = Math.min(cut, n - 1);
        LossHistory.Points drawn = history.downsample(from, n, width, positiveOnly);

        assertThat(drawn.size()).isLessThanOrEqualTo(2 * width);
        for (int i = 0; i < drawn.size(); i++) {
            int k = (int) drawn.x(i) - 1;
            assertThat(drawn.y(i)).as("point %d is a stored value", i).isEqualTo(history.get(k));
            if (i > 0) assertThat(drawn.x(i)).isGreaterThan(drawn.x(i - 1));
        }
        int count = n - from;
        if (count <= 2 * width) {
            long kept = values.subList(from, n).stream().filter(v -> !positiveOnly || quantise(v) > 0).count();
            assertThat(drawn.size()).isEqualTo(kept);
            return;
        }
        // The buckets as documented: pixelWidth − 1 of them over every value but the last.
        int m = count - 1;
        int buckets = width - 1;
        for (int b = 0; b < buckets; b++) {
            int start = from + (int) ((long) b * m / buckets);
            int end = from + (int) ((long) (b + 1) * m / buckets);
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int k = start; k < end; k++) {
                double v = history.get(k);
                if (positiveOnly && v <= 0) continue;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (min == Double.POSITIVE_INFINITY) continue;
            assertThat(containsIn(drawn, start, end, min)).as("bucket %d keeps its minimum %s", b, min).isTrue();
            assertThat(containsIn(drawn, start, end, max)).as("bucket %d keeps its maximum %s", b, max).isTrue();
        }
        double last = history.get(n - 1);
        if (!positiveOnly || last > 0) assertThat(drawn.y(drawn.size() - 1)).isEqualTo(last);
    }

    /** Coarse values make repeated extremes (ties) and exact zeros common. */
    private static double quantise(double v) { return Math.floor(v * 4) / 4; }

    private static boolean containsIn(LossHistory.Points drawn, int start, int end, double value) {
        for (int i = 0; i < drawn.size(); i++) {
            int k = (int) drawn.x(i) - 1;
            if (k >= start && k < end && drawn.y(i) == value) return true;
        }
        return false;
    }

    @Test
    void aMillionValuesDrawAtMostTwoPointsPerPixel() {
        LossHistory history = new LossHistory();
        Random random = new Random(3);
        double min = Double.POSITIVE_INFINITY, max = 0;
        int argMin = -1, argMax = -1;
        for (int k = 0; k < 1_000_000; k++) {
            double v = Math.exp(-k / 200_000.0) * (1 + random.nextDouble()) + (k == 654_321 ? 40 : 0);
            history.append(v);
            if (v < min) { min = v; argMin = k; }
            if (v > max) { max = v; argMax = k; }
        }
        for (int width : new int[] {2, 3, 100, 1_280, 1_920}) {
            for (boolean log : new boolean[] {false, true}) {
                LossHistory.Points drawn = history.downsample(width, log);
                assertThat(drawn.size()).isLessThanOrEqualTo(2 * width);
                assertThat(drawn.maxY()).isEqualTo(max);
                assertThat(drawn.minY()).isEqualTo(min);
            }
        }
        LossHistory.Points drawn = history.downsample(1_000, false);
        assertThat(indexOf(drawn, argMax + 1.0)).isNotNegative();
        assertThat(indexOf(drawn, argMin + 1.0)).isNotNegative();
        assertThat(history.downsampleLast(100_000, 800, false).size()).isLessThanOrEqualTo(1_600);
    }

    private static int indexOf(LossHistory.Points drawn, double x) {
        for (int i = 0; i < drawn.size(); i++) if (drawn.x(i) == x) return i;
        return -1;
    }

    private static final long SPIKE = 1_234_567;
    private static final long DIP = 2_345_678;
    private static final long ZERO = 3_456_789;

    /** Value k of a long run, recomputable instead of stored: in [0.25, 1.25), with extremes planted far back. */
    private static double planted(long k) {
        if (k == SPIKE) return 1_000.0;
        if (k == DIP) return 1e-12;
        if (k == ZERO) return 0.0;
        return 0.25 + Long.remainderUnsigned(k * 0x9E3779B97F4A7C15L, 1_000_003) / 1_000_003.0;
    }

    @Test
    void thirtyMillionValuesStayWithinTheCapAndKeepEveryExtreme() {
        LossHistory history = new LossHistory(1, 1_024);
        long n = 30_000_000;
        long mostExact = 0;
        int mostSlots = 0;
        for (long k = 0; k < n; k++) {
            history.append(planted(k));
            if ((k & 0xFFF) == 0xFFF) {
                mostExact = Math.max(mostExact, history.exactCount());
                mostSlots = Math.max(mostSlots, history.pastSlotCount());
            }
        }
        assertThat(mostExact).as("exact values held").isLessThanOrEqualTo(65_536);
        assertThat(mostSlots).as("slots of the summarised past").isLessThanOrEqualTo(1_024);
        assertThat(history.storageBytes()).isLessThan(1_000_000);
        assertThat(history.stride()).as("the past was coarsened again and again").isGreaterThanOrEqualTo(16_384);
        assertThat(history.count()).isEqualTo(n);
        assertThat(history.size()).isEqualTo(30_000_000);
        assertThat(history.last()).isEqualTo(planted(n - 1));

        LossHistory.Points linear = history.downsample(800, false);
        LossHistory.Points log = history.downsample(800, true);
        assertThat(linear.size()).isLessThanOrEqualTo(1_600);
        assertThat(yAt(linear, SPIKE + 1)).isEqualTo(1_000.0);
        assertThat(yAt(linear, ZERO + 1)).isEqualTo(0.0);
        assertThat(linear.maxY()).isEqualTo(1_000.0);
        assertThat(linear.minY()).isEqualTo(0.0);
        assertThat(yAt(log, SPIKE + 1)).isEqualTo(1_000.0);
        assertThat(yAt(log, DIP + 1)).as("the positive minimum for a log axis").isEqualTo(1e-12);
        assertThat(log.minY()).isEqualTo(1e-12);
        for (LossHistory.Points drawn : List.of(linear, log)) {
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.y(i)).as("point %d is the value at its own x", i).isEqualTo(planted((long) drawn.x(i) - 1));
                if (i > 0) assertThat(drawn.x(i)).isGreaterThan(drawn.x(i - 1));
            }
            assertThat(drawn.x(drawn.size() - 1)).isEqualTo(n);
        }

        LossHistory.Points recent = history.downsampleLast(1_000, 600, false);
        assertThat(recent.size()).as("the end of the curve is exact").isEqualTo(1_000);
        for (int i = 0; i < recent.size(); i++) {
            assertThat(recent.x(i)).isEqualTo(n - 999 + i);
            assertThat(recent.y(i)).isEqualTo(planted(n - 1_000 + i));
        }

        // An old position: exact where its slot recorded an extreme, the slot's minimum anywhere else.
        assertThat(history.get(SPIKE)).isEqualTo(1_000.0);
        long stride = history.stride();
        long slotStart = 7 * stride;
        long argMin = slotStart, argMax = slotStart;
        for (long k = slotStart; k < slotStart + stride; k++) {
            if (planted(k) < planted(argMin)) argMin = k;
            if (planted(k) > planted(argMax)) argMax = k;
        }
        long other = slotStart;
        while (other == argMin || other == argMax) other++;
        assertThat(history.get(argMin)).isEqualTo(planted(argMin));
        assertThat(history.get(argMax)).isEqualTo(planted(argMax));
        assertThat(history.get(other)).isEqualTo(planted(argMin)).isNotEqualTo(planted(other));
    }

    private static double yAt(LossHistory.Points drawn, double x) {
        int i = indexOf(drawn, x);
        return i < 0 ? Double.NaN : drawn.y(i);
    }

    @Test
    void theDefaultHistoryStopsGrowingAndKeepsTheLastHundredThousandExact() {
        LossHistory history = new LossHistory();
        long n = 12_000_000;
        for (long k = 0; k < n; k++) history.append(planted(k));
        long full = history.storageBytes();
        for (long k = n; k < 2 * n; k++) history.append(planted(k));

        assertThat(history.storageBytes()).as("storage after twice as many values").isEqualTo(full)
                .isLessThanOrEqualTo(40_000_000);
        assertThat(history.count()).isEqualTo(2 * n);
        assertThat(history.exactCount()).isGreaterThanOrEqualTo(4_128_769);
        LossHistory.Points drawn = history.downsample(1_000, false);
        assertThat(yAt(drawn, SPIKE + 1)).isEqualTo(1_000.0);
        assertThat(drawn.minY()).isEqualTo(0.0);
        LossHistory.Points lastHundredThousand = history.downsampleLast(100_000, 50_000, false);
        assertThat(lastHundredThousand.size()).isEqualTo(100_000);
        for (int i = 0; i < lastHundredThousand.size(); i++) {
            assertThat(lastHundredThousand.y(i)).isEqualTo(planted(2 * n - 100_000 + i));
        }
    }

    @Test
    void extremesOnTheEdgesOfChunksSurviveSummarising() {
        LossHistory history = new LossHistory(1, 4);
        long spike = 5 * 65_536 - 1;
        long dip = 9 * 65_536;
        for (long k = 0; k < 1_000_000; k++) history.append(k == spike ? 7.0 : k == dip ? 0.001 : 0.5);

        assertThat(history.exactCount()).as("both planted values are summarised").isLessThan(1_000_000 - dip);
        LossHistory.Points drawn = history.downsample(100, false);
        assertThat(yAt(drawn, spike + 1)).isEqualTo(7.0);
        assertThat(yAt(drawn, dip + 1)).isEqualTo(0.001);
        assertThat(history.get(spike)).isEqualTo(7.0);
        assertThat(history.get(dip)).isEqualTo(0.001);
    }

    /**
     * With the past summarised, thinning can only draw what the slots recorded: every point is still a value
     * appended, at its own x, and every bucket (or, for short ranges, every slot and exact value) still
     * shows at least the extremes of the slots it covers whole, and exactly the extremes of its exact values.
     */
    @Property(tries = 60)
    void thinningASummarisedPastDrawsTrueValuesAndKeepsTheExtremesItCovers(
            @ForAll @IntRange(min = 65_537, max = 400_000) int n,
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int windowChunks,
            @ForAll @IntRange(min = 2, max = 40) int slots,
            @ForAll @IntRange(min = 2, max = 400) int width,
            @ForAll @IntRange(min = 0, max = 400_000) int cut,
            @ForAll boolean positiveOnly) {
        LossHistory history = new LossHistory(windowChunks, slots);
        Random random = new Random(seed);
        // A coarse random walk: extremes differ from slot to slot, yet ties and zeros stay common.
        double[] values = new double[n];
        int level = 0;
        for (int k = 0; k < n; k++) {
            level += random.nextInt(3) - 1;
            values[k] = Math.abs(level) / 8.0;
            history.append(values[k]);
        }
        int from = Math.min(cut, n - 1);
        LossHistory.Points drawn = history.downsample(from, n, width, positiveOnly);

        assertThat(drawn.size()).isLessThanOrEqualTo(2 * width);
        for (int i = 0; i < drawn.size(); i++) {
            int k = (int) drawn.x(i) - 1;
            assertThat(k).isBetween(from, n - 1);
            assertThat(drawn.y(i)).as("point %d is the value at its own x", i).isEqualTo(values[k]).isEqualTo(history.get(k));
            if (i > 0) assertThat(drawn.x(i)).isGreaterThan(drawn.x(i - 1));
        }
        if (!positiveOnly || values[n - 1] > 0) assertThat(drawn.x(drawn.size() - 1)).isEqualTo(n);

        int stride = (int) history.stride();
        int exactFrom = (int) (n - history.exactCount());
        List<Integer> bounds = new ArrayList<>();
        if (n - from <= 2 * width) {
            for (int k = from; k < n; k = k < exactFrom ? Math.min(exactFrom, (k / stride + 1) * stride) : k + 1) bounds.add(k);
        } else {
            int m = n - 1 - from;
            for (int b = 0; b < width; b++) bounds.add(from + (int) ((long) b * m / (width - 1)));
        }
        bounds.add(n);
        for (int u = 0; u + 1 < bounds.size(); u++) {
            int start = bounds.get(u);
            int end = bounds.get(u + 1);
            double coveredMin = Double.POSITIVE_INFINITY, coveredMax = Double.NEGATIVE_INFINITY;
            for (int k = start; k < end; k++) {
                boolean wholeSlot = k >= exactFrom
                        || k / stride * stride >= start && Math.min(exactFrom, (k / stride + 1) * stride) <= end;
                if (!wholeSlot || positiveOnly && values[k] <= 0) continue;
                coveredMin = Math.min(coveredMin, values[k]);
                coveredMax = Math.max(coveredMax, values[k]);
            }
            double drawnMin = Double.POSITIVE_INFINITY, drawnMax = Double.NEGATIVE_INFINITY;
            int inRange = 0;
            for (int i = 0; i < drawn.size(); i++) {
                int k = (int) drawn.x(i) - 1;
                if (k < start || k >= end) continue;
                inRange++;
                drawnMin = Math.min(drawnMin, drawn.y(i));
                drawnMax = Math.max(drawnMax, drawn.y(i));
            }
            assertThat(inRange).as("points in [%d, %d)", start, end).isLessThanOrEqualTo(2);
            if (start >= exactFrom) {
                assertThat(drawnMin).as("minimum of exact [%d, %d)", start, end).isEqualTo(coveredMin);
                assertThat(drawnMax).as("maximum of exact [%d, %d)", start, end).isEqualTo(coveredMax);
            } else if (coveredMin != Double.POSITIVE_INFINITY) {
                assertThat(drawnMin).as("minimum of [%d, %d)", start, end).isLessThanOrEqualTo(coveredMin);
                assertThat(drawnMax).as("maximum of [%d, %d)", start, end).isGreaterThanOrEqualTo(coveredMax);
            }
        }
    }

    @Test
    void logScaleSkipsValuesThatAreNotPositive() {
        LossHistory history = new LossHistory();
        for (double v : new double[] {0.5, 0.0, 0.25, 0.0}) history.append(v);
        LossHistory.Points drawn = history.downsample(100, true);
        assertThat(drawn.size()).isEqualTo(2);
        assertThat(drawn.y(0)).isEqualTo(0.5);
        assertThat(drawn.y(1)).isEqualTo(0.25);
        assertThat(drawn.x(1)).isEqualTo(3.0);
    }

    @Test
    void refusesValuesThatAreNotLosses() {
        LossHistory history = new LossHistory();
        history.append(1.0);
        assertThatThrownBy(() -> history.append(Double.NaN)).hasMessageContaining("loss value 2").hasMessageContaining("NaN");
        assertThatThrownBy(() -> history.append(-1.0)).hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> history.append(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history.downsample(1, false)).hasMessageContaining("2 pixels");
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void clearForgetsEverythingAndChangesTheVersion() {
        LossHistory history = new LossHistory();
        for (int k = 0; k < 200; k++) history.append(k);
        long version = history.version();
        history.clear();
        assertThat(history.version()).isNotEqualTo(version);
        assertThat(history.size()).isZero();
        assertThat(history.last()).isNaN();
        assertThat(history.downsample(10, false).isEmpty()).isTrue();
        history.append(3.0);
        assertThat(history.downsample(10, false).y(0)).isEqualTo(3.0);
    }
}
