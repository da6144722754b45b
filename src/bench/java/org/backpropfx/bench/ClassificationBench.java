package org.backpropfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;

/**
 * Engine samples per second on a 4-16-3 network with a softmax output and cross-entropy (150 samples, an
 * iris-sized set), without regularisation and with L2, on the fast path; and the cost of L2 as the ratio of
 * the two times. The two run in turns, alternating which goes first, so that both see the same load of a
 * shared machine; the cost is the median of the ratios of each pair of runs. Times are the thread's CPU time,
 * which leaves out the time other programs hold the cores (wall-clock rates are printed beside). Run after a
 * warm-up of both:
 * {@code java -cp target/classes org.backpropfx.bench.ClassificationBench}.
 */
public final class ClassificationBench {
    private static final int WARM_UP_ROUNDS = 5;
    private static final int RUNS = 15;
    private static final long SAMPLES_PER_RUN = 300_000;

    private ClassificationBench() {}

    public static void main(String[] args) {
        Trainer none = trainer(settings(0.0));
        Trainer l2 = trainer(settings(0.001));
        double[] sink = {0};
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            time(none, sink);
            time(l2, sink);
        }
        double[] noneWall = new double[RUNS];
        double[] l2Wall = new double[RUNS];
        double[] noneRates = new double[RUNS];
        double[] l2Rates = new double[RUNS];
        double[] costs = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            double[] a;
            double[] b;
            if (r % 2 == 0) {
                a = time(none, sink);
                b = time(l2, sink);
            } else {
                b = time(l2, sink);
                a = time(none, sink);
            }
            noneWall[r] = SAMPLES_PER_RUN / a[1];
            l2Wall[r] = SAMPLES_PER_RUN / b[1];
            noneRates[r] = SAMPLES_PER_RUN / a[0];
            l2Rates[r] = SAMPLES_PER_RUN / b[0];
            costs[r] = b[0] / a[0] - 1.0;
        }
        System.out.printf("4-16-3 softmax + cross-entropy, %d runs of %,d samples after %d warm-up rounds%n", RUNS,
                SAMPLES_PER_RUN, WARM_UP_ROUNDS);
        print("no regularisation, per CPU second", noneRates, "%.0f samples/s");
        print("L2 λ₂ = 0.001, per CPU second", l2Rates, "%.0f samples/s");
        print("no regularisation, wall clock", noneWall, "%.0f samples/s");
        print("L2 λ₂ = 0.001, wall clock", l2Wall, "%.0f samples/s");
        double[] percent = Arrays.stream(costs).map(c -> 100 * c).toArray();
        print("time of L2 over none, paired runs", percent, "%+.1f %%");
        if (sink[0] == 42) System.out.println();
    }

    private static TrainingSettings settings(double l2) {
        return new TrainingSettings(0.05, 0.0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY, 0.0, l2);
    }

    /** CPU seconds and wall-clock seconds for one run. */
    private static double[] time(Trainer trainer, double[] sink) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        double sum = 0;
        for (long k = 0; k < SAMPLES_PER_RUN; k++) sum += trainer.trainSample();
        sink[0] += sum;
        return new double[] {(threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - start) / 1e9};
    }

    private static void print(String what, double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf("  %s: median " + format + " (range " + format + " to " + format + ")%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static Trainer trainer(TrainingSettings settings) {
        Network network = new Network(new int[] {4, 16, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                BiasMode.TRAINABLE);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 5);
        SplittableRandom random = new SplittableRandom(9);
        double[][] inputs = new double[150][4];
        double[][] targets = new double[150][3];
        for (int s = 0; s < 150; s++) {
            int c = s % 3;
            for (int i = 0; i < 4; i++) inputs[s][i] = c * 0.8 + random.nextGaussian() * 0.5;
            targets[s][c] = 1.0;
        }
        return new Trainer(network, new DataSet(inputs, targets), settings);
    }
}
