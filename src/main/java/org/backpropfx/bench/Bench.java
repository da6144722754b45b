package org.backpropfx.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;

/**
 * Training speed of the engine against a plain hand-written loop, and the engine's allocation per
 * sample. Not a unit test: run it on a quiet machine.
 *
 * <pre>java -cp target/classes:… org.backpropfx.bench.Bench [--quick]</pre>
 *
 * {@code --quick} runs every measurement very briefly, only to check that the bench works.
 */
public final class Bench {
    /** Samples per timed chunk: long enough that reading the clock costs nothing. */
    private static final int CHUNK = 4_096;

    private final long warmupNanos;
    private final long runNanos;
    private final int runs;
    private final long allocationSamples;
    private final PrintStream out;
    /** Results are summed here so that the JIT cannot drop the work. */
    private double sink;

    private Bench(boolean quick, PrintStream out) {
        this.warmupNanos = quick ? 20_000_000L : 3_000_000_000L;
        this.runNanos = quick ? 20_000_000L : 2_000_000_000L;
        this.runs = quick ? 2 : 5;
        this.allocationSamples = quick ? 20_000 : 2_000_000;
        this.out = out;
    }

    public static void main(String[] args) {
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else {
                System.err.println("bench: unknown argument " + arg);
                System.err.println("usage: bench [--quick]");
                System.exit(2);
                return;
            }
        }
        new Bench(quick, System.out).runAll();
    }

    /** Runs every measurement and prints one line each. */
    public static void run(boolean quick, PrintStream out) { new Bench(quick, out).runAll(); }

    /** Something that trains a number of samples and returns a value depending on the result. */
    private interface Workload {
        double train(int samples);
    }

    private void runAll() {
        out.println("BackpropFX training bench (" + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores)");

        Trainer xorEngine = xorTrainer();
        Workload engine = samples -> {
            double sum = 0.0;
            for (int k = 0; k < samples; k++) sum += xorEngine.trainSample();
            return sum;
        };
        HandWrittenXor handWritten = new HandWrittenXor(xorTrainer().network());
        Workload baseline = handWritten::train;
        PlainLoops plainLoops = new PlainLoops(xorTrainer().network());
        Workload plain = plainLoops::train;
        Trainer wide = wideTrainer();
        Workload wideEngine = samples -> {
            double sum = 0.0;
            for (int k = 0; k < samples; k++) sum += wide.trainSample();
            return sum;
        };

        double[] engineRates = measure(engine);
        report("xor 2-4-1 sigmoid, engine (Trainer.trainSample)", engineRates);
        double[] baselineRates = measure(baseline);
        report("xor 2-4-1 sigmoid, hand-written loop unrolled for 2-4-1 (baseline)", baselineRates);
        double[] plainRates = measure(plain);
        report("xor 2-4-1 sigmoid, plain nested loops over arrays", plainRates);
        double[] wideRates = measure(wideEngine);
        report("64-32-10 sigmoid, engine (Trainer.trainSample)", wideRates);

        double ratio = median(baselineRates) / median(engineRates);
        out.printf("engine time / baseline time (medians): %.2f (goal: at most 1.5)%n", ratio);
        out.printf("engine time / plain-loops time (medians): %.2f%n", median(plainRates) / median(engineRates));
        out.printf("allocation per sample, xor engine: %.3f bytes%n", bytesPerSample(engine));
        out.printf("allocation per sample, 64-32-10 engine: %.3f bytes%n", bytesPerSample(wideEngine));
        if (sink == 42.0) out.println();
    }

    /**
     * Samples per second of each timed run, after a warm-up long enough for the JIT to finish. Time is
     * this thread's CPU time, so that other processes on a shared machine disturb the figures less.
     */
    private double[] measure(Workload work) {
        long start = cpuNanos();
        while (cpuNanos() - start < warmupNanos) sink += work.train(CHUNK);
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long samples = 0;
            long begin = cpuNanos();
            long elapsed;
            do {
                sink += work.train(CHUNK);
                samples += CHUNK;
                elapsed = cpuNanos() - begin;
            } while (elapsed < runNanos);
            rates[r] = samples / (elapsed / 1e9);
        }
        return rates;
    }

    private void report(String label, double[] rates) {
        out.printf("%s: best %,.0f samples/s, median %,.0f samples/s%n", label, max(rates), median(rates));
    }

    /** Bytes this thread allocates per trained sample, over a long run after warm-up. */
    private double bytesPerSample(Workload work) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean counter) || !counter.isThreadAllocatedMemorySupported()) {
            return Double.NaN;
        }
        long thread = Thread.currentThread().getId();
        sink += work.train(CHUNK);
        long before = counter.getThreadAllocatedBytes(thread);
        long done = 0;
        while (done < allocationSamples) {
            sink += work.train(CHUNK);
            done += CHUNK;
        }
        long after = counter.getThreadAllocatedBytes(thread);
        return (after - before) / (double) done;
    }

    private static Trainer xorTrainer() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 4, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 7);
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        return new Trainer(network, xor, TrainingSettings.plain(0.5));
    }

    private static Trainer wideTrainer() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 64, 32, 10);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 11);
        SplittableRandom random = new SplittableRandom(3);
        int samples = 256;
        double[][] inputs = new double[samples][64];
        double[][] targets = new double[samples][10];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < 64; i++) inputs[s][i] = random.nextDouble();
            targets[s][random.nextInt(10)] = 1.0;
        }
        return new Trainer(network, new DataSet(inputs, targets), TrainingSettings.plain(0.1));
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) m = Math.max(m, v);
        return m;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * A second baseline: any sigmoid network, on-line gradient descent on ½Σ(d−z)², as plain nested
     * loops over arrays — no locks, momentum, batches or checks.
     */
    static final class PlainLoops {
        private static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        private static final double[][] D = {{0}, {1}, {1}, {0}};
        private static final double RATE = 0.5;

        private final int layers;
        private final double[][] w;
        private final double[][] b;
        private final double[][] a;
        private final double[][] delta;
        private int next;

        PlainLoops(Network start) {
            layers = start.layerCount();
            w = new double[layers + 1][];
            b = new double[layers + 1][];
            a = new double[layers + 1][];
            delta = new double[layers + 1][];
            for (int l = 1; l <= layers; l++) {
                w[l] = start.layer(l).weightsCopy();
                b[l] = start.layer(l).biasesCopy();
                a[l] = new double[b[l].length];
                delta[l] = new double[b[l].length];
            }
        }

        double train(int samples) {
            double sum = 0.0;
            for (int k = 0; k < samples; k++) {
                a[0] = X[next];
                double[] d = D[next];
                next = (next + 1) % X.length;
                for (int l = 1; l <= layers; l++) {
                    int n = a[l - 1].length;
                    for (int j = 0; j < a[l].length; j++) {
                        double s = b[l][j];
                        for (int i = 0; i < n; i++) s += w[l][j * n + i] * a[l - 1][i];
                        a[l][j] = 1.0 / (1.0 + Math.exp(-s));
                    }
                }
                double[] z = a[layers];
                for (int j = 0; j < z.length; j++) {
                    double e = d[j] - z[j];
                    sum += 0.5 * e * e;
                    delta[layers][j] = z[j] * (1.0 - z[j]) * (z[j] - d[j]);
                }
                for (int l = layers - 1; l >= 1; l--) {
                    int n = a[l].length;
                    for (int i = 0; i < n; i++) {
                        double s = 0.0;
                        for (int j = 0; j < a[l + 1].length; j++) s += w[l + 1][j * n + i] * delta[l + 1][j];
                        delta[l][i] = a[l][i] * (1.0 - a[l][i]) * s;
                    }
                }
                for (int l = 1; l <= layers; l++) {
                    int n = a[l - 1].length;
                    for (int j = 0; j < a[l].length; j++) {
                        for (int i = 0; i < n; i++) w[l][j * n + i] -= RATE * delta[l][j] * a[l - 1][i];
                        b[l][j] -= RATE * delta[l][j];
                    }
                }
            }
            return sum;
        }
    }

    /**
     * The baseline: the same 2-4-1 sigmoid network, on-line gradient descent on ½Σ(d−z)², written as
     * directly as possible with flat arrays and no abstractions.
     */
    static final class HandWrittenXor {
        private static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        private static final double[] D = {0, 1, 1, 0};
        private static final double RATE = 0.5;

        private final double[] w1 = new double[8];
        private final double[] b1 = new double[4];
        private final double[] w2 = new double[4];
        private double b2;
        private final double[] h = new double[4];
        private final double[] g = new double[4];
        private int next;

        HandWrittenXor(Network start) {
            System.arraycopy(start.layer(1).weightsCopy(), 0, w1, 0, 8);
            System.arraycopy(start.layer(1).biasesCopy(), 0, b1, 0, 4);
            System.arraycopy(start.layer(2).weightsCopy(), 0, w2, 0, 4);
            b2 = start.layer(2).bias(0);
        }

        double train(int samples) {
            double sum = 0.0;
            for (int k = 0; k < samples; k++) {
                double[] x = X[next];
                double d = D[next];
                next = (next + 1) & 3;
                double s2 = b2;
                for (int j = 0; j < 4; j++) {
                    double s = b1[j] + w1[2 * j] * x[0] + w1[2 * j + 1] * x[1];
                    h[j] = 1.0 / (1.0 + Math.exp(-s));
                    s2 += w2[j] * h[j];
                }
                double z = 1.0 / (1.0 + Math.exp(-s2));
                double e = d - z;
                sum += 0.5 * e * e;
                double delta2 = z * (1.0 - z) * (z - d);
                for (int j = 0; j < 4; j++) g[j] = h[j] * (1.0 - h[j]) * w2[j] * delta2;
                for (int j = 0; j < 4; j++) {
                    w2[j] -= RATE * delta2 * h[j];
                    w1[2 * j] -= RATE * g[j] * x[0];
                    w1[2 * j + 1] -= RATE * g[j] * x[1];
                    b1[j] -= RATE * g[j];
                }
                b2 -= RATE * delta2;
            }
            return sum;
        }
    }
}
