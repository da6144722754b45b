package org.backpropfx.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.encog.engine.network.activation.ActivationSigmoid;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.layers.BasicLayer;
import org.encog.neural.networks.training.propagation.back.Backpropagation;

/**
 * The engine beside a peer, Encog 3.4, and beside plain nested loops, on the four networks of the benchmark
 * goals: the same arithmetic (sigmoid, ½Σ(d−z)², gradient descent without momentum), the same starting
 * weights, in one JVM, in interleaved rounds of thread CPU time after the JIT has settled. Encog's
 * +0.1 "flat spot" offset on the sigmoid's derivative is switched off and it trains on one thread, so
 * that both compute the same numbers; the bench checks they do.
 *
 * <p>Encog is a dependency of the {@code bench} Maven profile's test class path only, never of the app:
 * <pre>mvn -Pbench test-compile exec:java [-Dexec.args="--quick"]</pre>
 */
public final class PeerBench {
    /** Goals of the engine against Encog, per case, in the order of {@link BenchCase#all()}. */
    static final double[] GOAL_VS_ENCOG = {3.0, 2.0, 2.0, 2.0};
    /** Goal of the engine against the plain loop on XOR. */
    static final double GOAL_VS_PLAIN_XOR = 0.9;

    private PeerBench() {}

    public static void main(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        run(quick, System.out);
    }

    static void run(boolean quick, PrintStream out) {
        out.printf(Locale.ROOT, "BackpropFX beside Encog 3.4 and plain loops (%s %s, %d cores; thread CPU time)%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        int rounds = quick ? 2 : 5;
        long nanos = quick ? 20_000_000L : 400_000_000L;
        int index = 0;
        boolean allMet = true;
        for (BenchCase c : BenchCase.all()) {
            Trainer engine = c.trainer();
            EncogRun encog = new EncogRun(c);
            PlainLoop plain = c.plainLoop();
            List<Measure.Workload> work = List.of(c.engine(engine), encog::train, plain::train);
            int[] chunk = {c.chunk(), c.chunk(), c.chunk()};
            double[] warm = Measure.warmUp(work, chunk, quick ? 10_000_000L : 3_000_000_000L,
                    quick ? 50_000_000L : 30_000_000_000L);
            double[][] rates = Measure.interleaved(work, chunk, rounds, nanos);

            // The same numbers: three fresh copies trained on the same samples end with (nearly) the same weights.
            Trainer checkEngine = c.trainer();
            EncogRun checkEncog = new EncogRun(c);
            PlainLoop checkPlain = c.plainLoop();
            checkEngine.trainEpoch();
            checkEncog.train(c.data().size());
            checkPlain.train(c.data().size());
            double vsEncog = checkEncog.largestDifference(checkEngine.network());
            double vsPlain = BenchCase.largestDifference(checkEngine.network(), checkPlain);

            double[] ratioEncog = Measure.ratios(rates[0], rates[1]);
            double[] ratioPlain = Measure.ratios(rates[0], rates[2]);
            double goal = GOAL_VS_ENCOG[index];
            boolean met = Measure.median(ratioEncog) >= goal
                    && (index != 0 || Measure.median(ratioPlain) >= GOAL_VS_PLAIN_XOR);
            allMet &= met;
            out.printf(Locale.ROOT, "%s (warm-up %.1f s CPU, JIT %s)%n", c.name(), warm[0],
                    warm[1] == 1 ? "settled" : "still compiling");
            printRates(out, "  BackpropFX", rates[0]);
            printRates(out, "  Encog 3.4 ", rates[1]);
            printRates(out, "  plain loop", rates[2]);
            out.printf(Locale.ROOT, "  BackpropFX ÷ Encog %.2f (range %.2f–%.2f; goal ≥ %.1f), ÷ plain loop %.2f (range %.2f–%.2f%s): %s%n",
                    Measure.median(ratioEncog), Measure.min(ratioEncog), Measure.max(ratioEncog), goal,
                    Measure.median(ratioPlain), Measure.min(ratioPlain), Measure.max(ratioPlain),
                    index == 0 ? "; goal ≥ " + GOAL_VS_PLAIN_XOR : "", met ? "met" : "missed");
            out.printf(Locale.ROOT, "  after one epoch, largest weight difference from Encog %.1e, from the plain loop %.1e%n",
                    vsEncog, vsPlain);
            index++;
        }
        out.println(allMet ? "verdict: every goal met" : "verdict: some goals missed (see above)");
        if (Measure.sink == 42.0) out.println();
    }

    private static void printRates(PrintStream out, String label, double[] rates) {
        out.printf(Locale.ROOT, "%s median %,12.0f samples/s (range %,.0f–%,.0f)%n", label, Measure.median(rates),
                Measure.min(rates), Measure.max(rates));
    }

    /** An Encog network with the case's shape and starting weights, trained by Encog's back-propagation. */
    private static final class EncogRun {
        private final BasicNetwork network = new BasicNetwork();
        private final Backpropagation training;
        private final int[] sizes;
        private final int dataSize;

        EncogRun(BenchCase c) {
            sizes = c.sizes();
            dataSize = c.data().size();
            network.addLayer(new BasicLayer(null, true, sizes[0]));
            for (int l = 1; l < sizes.length; l++) {
                network.addLayer(new BasicLayer(new ActivationSigmoid(), l < sizes.length - 1, sizes[l]));
            }
            network.getStructure().finalizeStructure();
            network.reset();
            Network start = c.network();
            for (int l = 1; l < sizes.length; l++) {
                for (int j = 0; j < sizes[l]; j++) {
                    for (int i = 0; i < sizes[l - 1]; i++) network.setWeight(l - 1, i, j, start.layer(l).weight(j, i));
                    // Encog's bias is one more neuron of the layer before, always 1: its weight is b.
                    network.setWeight(l - 1, sizes[l - 1], j, start.layer(l).bias(j));
                }
            }
            double[][] x = new double[dataSize][];
            double[][] d = new double[dataSize][];
            for (int s = 0; s < dataSize; s++) {
                x[s] = c.data().input(s).clone();
                d[s] = c.data().target(s).clone();
            }
            training = new Backpropagation(network, new BasicMLDataSet(x, d), c.rate(), 0.0);
            training.fixFlatSpot(false);
            training.setThreadCount(1);
            training.setBatchSize(c.fullBatch() ? 0 : 1);
        }

        /** Trains {@code samples} samples: a whole number of epochs. */
        double train(int samples) {
            for (int k = 0; k < samples / dataSize; k++) training.iteration();
            return training.getError();
        }

        double largestDifference(Network engine) {
            double worst = 0.0;
            for (int l = 1; l < sizes.length; l++) {
                for (int j = 0; j < sizes[l]; j++) {
                    for (int i = 0; i < sizes[l - 1]; i++) {
                        worst = Math.max(worst, Math.abs(network.getWeight(l - 1, i, j) - engine.layer(l).weight(j, i)));
                    }
                    worst = Math.max(worst, Math.abs(network.getWeight(l - 1, sizes[l - 1], j) - engine.layer(l).bias(j)));
                }
            }
            return worst;
        }
    }
}
