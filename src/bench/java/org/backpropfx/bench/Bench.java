package org.backpropfx.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;

/**
 * Training speed of the engine against plain hand-written loops on the four networks of the benchmark goals,
 * and the engine's allocation per sample. The warm-up lasts until the JIT compiler has settled; then the
 * contenders run in interleaved rounds of thread CPU time. Not a unit test: run it on a quiet machine. The
 * comparison with Encog is {@code PeerBench}, in the {@code bench} Maven profile.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.backpropfx.bench.Bench [-Dexec.args=--quick]</pre>
 *
 * {@code --quick} runs every measurement very briefly, only to check that the bench works.
 */
public final class Bench {
    /** The engine's goal on XOR against the plain nested loop: at least this share of its speed. */
    static final double GOAL_VS_PLAIN_XOR = 0.9;

    private final boolean quick;
    private final long allocationSamples;
    private final PrintStream out;

    private Bench(boolean quick, PrintStream out) {
        this.quick = quick;
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

    private void runAll() {
        out.printf(Locale.ROOT, "BackpropFX training bench (%s %s, %d cores; thread CPU time)%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        int rounds = quick ? 2 : 5;
        long nanos = quick ? 20_000_000L : 400_000_000L;
        boolean allMet = true;
        boolean settled = true;
        for (BenchCase c : BenchCase.all()) {
            Trainer trainer = c.trainer();
            PlainLoop plain = c.plainLoop();
            List<Measure.Workload> work = new ArrayList<>(List.of(c.engine(trainer), plain::train));
            boolean xor = c.sizes().length == 3 && c.sizes()[1] == 4;
            if (xor) work.add(new HandWrittenXor(c.network())::train);
            int[] chunk = new int[work.size()];
            Arrays.fill(chunk, c.chunk());
            double[] warm = Measure.warmUp(work, chunk, quick ? 10_000_000L : 3_000_000_000L,
                    quick ? 50_000_000L : 30_000_000_000L);
            settled &= warm[1] == 1;
            double[][] rates = Measure.interleaved(work, chunk, rounds, nanos);
            double[] vsPlain = Measure.ratios(rates[0], rates[1]);
            out.printf(Locale.ROOT, "%s: engine %,.0f samples/s (range %,.0f–%,.0f), plain loop %,.0f; "
                            + "engine ÷ plain loop %.2f (range %.2f–%.2f); warm-up %.1f s%n",
                    c.name(), Measure.median(rates[0]), Measure.min(rates[0]), Measure.max(rates[0]),
                    Measure.median(rates[1]), Measure.median(vsPlain), Measure.min(vsPlain), Measure.max(vsPlain), warm[0]);
            if (xor) {
                double[] vsUnrolled = Measure.ratios(rates[0], rates[2]);
                boolean met = Measure.median(vsPlain) >= GOAL_VS_PLAIN_XOR;
                allMet &= met;
                out.printf(Locale.ROOT, "  XOR: engine ÷ plain loop %.2f (goal ≥ %.1f: %s); ÷ loop unrolled for 2-4-1 %.2f%n",
                        Measure.median(vsPlain), GOAL_VS_PLAIN_XOR, met ? "met" : "missed", Measure.median(vsUnrolled));
            }
            out.printf(Locale.ROOT, "  allocation per sample: %.3f bytes%n", bytesPerSample(c.engine(c.trainer()), c.chunk()));
        }
        String verdict = allMet ? "goal met" : "goal missed";
        out.println("verdict: " + verdict + (settled ? "" : " (the JIT was still compiling: figures not settled)"));
        if (Measure.sink == 42.0) out.println();
    }

    /** Bytes this thread allocates per trained sample, over a long run after warm-up. */
    private double bytesPerSample(Measure.Workload work, int chunk) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean counter) || !counter.isThreadAllocatedMemorySupported()) {
            return Double.NaN;
        }
        long thread = Thread.currentThread().getId();
        Measure.sink += work.train(chunk);
        long before = counter.getThreadAllocatedBytes(thread);
        long done = 0;
        while (done < allocationSamples) {
            Measure.sink += work.train(chunk);
            done += chunk;
        }
        long after = counter.getThreadAllocatedBytes(thread);
        return (after - before) / (double) done;
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
