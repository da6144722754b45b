package org.backpropfx.bench;

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
 * iris-sized set), without regularisation and with L2, on the fast path. Median and range of several
 * timed runs after a warm-up. Run: {@code java -cp target/classes org.backpropfx.bench.ClassificationBench}.
 */
public final class ClassificationBench {
    private static final int RUNS = 7;
    private static final long SAMPLES_PER_RUN = 500_000;

    private ClassificationBench() {}

    public static void main(String[] args) {
        double sink = 0;
        for (String variant : new String[] {"none", "l2", "none", "l2"}) {
            boolean last = false;
            TrainingSettings settings = new TrainingSettings(0.05, 0.0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY,
                    0.0, variant.equals("l2") ? 0.001 : 0.0);
            Trainer trainer = trainer(settings);
            for (long k = 0; k < SAMPLES_PER_RUN; k++) sink += trainer.trainSample();
            double[] rates = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                for (long k = 0; k < SAMPLES_PER_RUN; k++) sink += trainer.trainSample();
                rates[r] = SAMPLES_PER_RUN / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            System.out.printf("4-16-3 softmax + cross-entropy, %s: median %.0f samples/s (range %.0f–%.0f)%n",
                    variant.equals("l2") ? "L2 λ₂ = 0.001" : "no regularisation", rates[RUNS / 2], rates[0], rates[RUNS - 1]);
        }
        if (sink == 42) System.out.println();
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
