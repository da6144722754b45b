package org.backpropfx.bench;

import java.util.Arrays;
import java.util.Random;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.plot.DecisionMap;
import org.backpropfx.plot.DivergingColourMap;
import org.backpropfx.plot.LossHistory;

/**
 * Timings of the plots' hot paths, printed to standard output:
 * the decision map of a 2-4-2-1 sigmoid network on a 100×100 grid (goal: at most 1 ms per grid),
 * appending 10 million values to a loss history, and thinning them for a 1000-pixel-wide plot.
 *
 * <p>Run: {@code java -cp target/classes org.backpropfx.bench.PlotBench}
 */
public final class PlotBench {
    private PlotBench() {}

    public static void main(String[] args) {
        decisionMap();
        lossHistory();
    }

    private static void decisionMap() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 4, 2, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 42);
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        DecisionMap map = new DecisionMap(100, 100);
        map.fitArea(xor, 0.15);
        DivergingColourMap colours = new DivergingColourMap(0, 1);
        int[] argb = new int[100 * 100];
        double sink = 0;
        for (int k = 0; k < 3000; k++) { // let the JIT compile the loop
            map.evaluate(network, 0);
            sink += map.values()[k % 10_000];
        }
        int runs = 501;
        long[] evaluate = new long[runs];
        long[] colour = new long[runs];
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            map.evaluate(network, 0);
            long t1 = System.nanoTime();
            map.toArgb(colours, argb);
            long t2 = System.nanoTime();
            evaluate[k] = t1 - t0;
            colour[k] = t2 - t1;
            sink += argb[k % argb.length];
        }
        System.out.printf("decision map 100x100, 2-4-2-1 sigmoid: median %.3f ms per grid (p90 %.3f ms), "
                + "colouring median %.3f ms  [goal <= 1 ms]%n",
                median(evaluate) / 1e6, percentile(evaluate, 0.9) / 1e6, median(colour) / 1e6);
        if (sink == 42) System.out.println();
    }

    private static void lossHistory() {
        int n = 10_000_000;
        Random random = new Random(1);
        LossHistory history = new LossHistory();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        double loss = 1.0;
        for (int k = 0; k < n; k++) {
            loss = loss * 0.9999995 + 1e-9;
            history.append(loss * (1 + 0.05 * random.nextDouble()));
        }
        long t1 = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("loss history: %,d appends in %.0f ms (%.1f ns each), about %.0f MB held%n",
                n, (t1 - t0) / 1e6, (t1 - t0) / (double) n, (after - before) / 1e6);

        int width = 1000;
        for (int warm = 0; warm < 20; warm++) history.downsample(width, false);
        long[] whole = new long[21];
        long[] wholeLog = new long[21];
        long[] last = new long[21];
        int points = 0;
        for (int k = 0; k < whole.length; k++) {
            long a = System.nanoTime();
            points = history.downsample(width, false).size();
            long b = System.nanoTime();
            history.downsample(width, true);
            long c = System.nanoTime();
            history.downsampleLast(100_000, width, false);
            long d = System.nanoTime();
            whole[k] = b - a;
            wholeLog[k] = c - b;
            last[k] = d - c;
        }
        System.out.printf("downsample for %d px: whole run %.3f ms (%d points), whole run log %.3f ms, "
                + "last 100 000 %.3f ms%n", width, median(whole) / 1e6, points, median(wholeLog) / 1e6,
                median(last) / 1e6);
    }

    private static double median(long[] times) { return percentile(times, 0.5); }

    private static double percentile(long[] times, double q) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }
}
