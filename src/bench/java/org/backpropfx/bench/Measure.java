package org.backpropfx.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Timing for the training benchmarks: a warm-up that lasts until the JIT compiler has settled, then rounds
 * in which every contender runs in turn, so that a slow spell of a shared machine hits them all alike. Time
 * is this thread's CPU time, which other processes disturb less than the wall clock.
 */
final class Measure {
    /** Trains a number of samples and returns a value that depends on the result, so the JIT cannot drop it. */
    interface Workload {
        double train(int samples);
    }

    /** The compiler has settled once its total time has not grown for this long. */
    static final long QUIET_NANOS = 2_000_000_000L;

    /** Results are summed here so that no work can be dropped. */
    static double sink;

    private Measure() {}

    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Runs the workloads in turn, {@code chunk[k]} samples at a time, until the JIT's total compilation time
     * has stopped growing for {@link #QUIET_NANOS} of CPU time (at least {@code minNanos}, at most
     * {@code maxNanos}). Without a compilation counter it runs for {@code minNanos}.
     *
     * @return the CPU seconds it took, and whether the compiler settled (as 1 or 0) in a two-element array
     */
    static double[] warmUp(List<Workload> work, int[] chunk, long minNanos, long maxNanos) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean monitored = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = cpuNanos();
        long lastCompilation = monitored ? jit.getTotalCompilationTime() : 0;
        long quietSince = start;
        while (true) {
            for (int k = 0; k < work.size(); k++) sink += work.get(k).train(chunk[k]);
            long now = cpuNanos();
            if (monitored) {
                long compilation = jit.getTotalCompilationTime();
                if (compilation != lastCompilation) {
                    lastCompilation = compilation;
                    quietSince = now;
                }
            }
            boolean settled = !monitored || now - quietSince >= QUIET_NANOS;
            if ((settled && now - start >= minNanos) || now - start >= maxNanos) {
                return new double[] {(now - start) / 1e9, settled ? 1 : 0};
            }
        }
    }

    /**
     * {@code rounds} rounds; in each, every workload trains for about {@code nanos} of CPU time in turn.
     *
     * @return samples per second, [workload][round]
     */
    static double[][] interleaved(List<Workload> work, int[] chunk, int rounds, long nanos) {
        double[][] rates = new double[work.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < work.size(); k++) {
                Workload w = work.get(k);
                long samples = 0;
                long begin = cpuNanos();
                long elapsed;
                do {
                    sink += w.train(chunk[k]);
                    samples += chunk[k];
                    elapsed = cpuNanos() - begin;
                } while (elapsed < nanos);
                rates[k][r] = samples / (elapsed / 1e9);
            }
        }
        return rates;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The ratio a / b of each round, for a range of ratios. */
    static double[] ratios(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) r[k] = a[k] / b[k];
        return r;
    }
}
