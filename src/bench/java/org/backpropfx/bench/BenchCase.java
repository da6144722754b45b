package org.backpropfx.bench;

import java.util.List;
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
 * One network the training benchmarks measure: sigmoid layers, ½Σ(d−z)², gradient descent without momentum.
 *
 * @param chunk samples per timed call: a whole number of epochs, long enough that reading the clock costs nothing
 */
record BenchCase(String name, int[] sizes, DataSet data, double rate, boolean fullBatch, int chunk, long seed) {

    /** The four cases of the benchmark goals. */
    static List<BenchCase> all() {
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        return List.of(
                new BenchCase("XOR 2-4-1, online", new int[] {2, 4, 1}, xor, 0.5, false, 4_096, 7),
                new BenchCase("64-32-10, online", new int[] {64, 32, 10}, random(256, 64, 10, 3, true), 0.1, false, 256, 11),
                new BenchCase("8 layers × 64, online", new int[] {64, 64, 64, 64, 64, 64, 64, 64, 64},
                        random(64, 64, 64, 5, false), 0.05, false, 64, 13),
                new BenchCase("full batch, 1,000 samples of 2-16-16-1", new int[] {2, 16, 16, 1},
                        random(1_000, 2, 1, 9, false), 0.01, true, 1_000, 17));
    }

    /** Random inputs in [0, 1); one-hot targets, or random ones in [0, 1). */
    private static DataSet random(int samples, int inputs, int targets, long seed, boolean oneHot) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[samples][inputs];
        double[][] d = new double[samples][targets];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < inputs; i++) x[s][i] = random.nextDouble();
            if (oneHot) d[s][random.nextInt(targets)] = 1.0;
            else for (int j = 0; j < targets; j++) d[s][j] = random.nextDouble();
        }
        return new DataSet(x, d);
    }

    /** The starting network, the same every time. */
    Network network() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, sizes.length > 3 ? InitMethod.XAVIER : InitMethod.UNIFORM, 1.0, seed);
        return network;
    }

    TrainingSettings settings() {
        return new TrainingSettings(rate, 0.0, fullBatch ? BatchMode.FULL_BATCH : BatchMode.ONLINE, 1, Loss.HALF_SSE);
    }

    Trainer trainer() { return new Trainer(network(), data, settings()); }

    Measure.Workload engine(Trainer trainer) {
        return samples -> {
            double sum = 0.0;
            for (int k = 0; k < samples; k++) sum += trainer.trainSample();
            return sum;
        };
    }

    PlainLoop plainLoop() { return new PlainLoop(network(), data, rate, fullBatch); }

    /** Weights and biases (including the fixed part of a sample) per sample: the work the rates are per. */
    long parameters() {
        long n = 0;
        for (int l = 1; l < sizes.length; l++) n += (long) (sizes[l - 1] + 1) * sizes[l];
        return n;
    }

    /** The largest difference between the engine's weights and the plain loop's after the same training. */
    static double largestDifference(Network engine, PlainLoop plain) {
        double worst = 0.0;
        for (int l = 1; l <= engine.layerCount(); l++) {
            double[] w = engine.layer(l).weightsCopy();
            for (int k = 0; k < w.length; k++) worst = Math.max(worst, Math.abs(w[k] - plain.weight(l, k)));
            for (int j = 0; j < engine.size(l); j++) worst = Math.max(worst, Math.abs(engine.layer(l).bias(j) - plain.bias(l, j)));
        }
        return worst;
    }
}
