package org.backpropfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

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
        java.util.Random random = new java.util.Random(3);
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
