package org.backpropfx.stepper;

import java.util.Arrays;
import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Backprop;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Classification;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.PhaseRecorder;
import org.backpropfx.engine.Regularisation;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainerState;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.engine.TrainingSettings;

/**
 * Every number computed while training one sample, recorded by the trainer itself so that it is
 * exactly what training computes. Built once, then never changed; {@link Snapshot} shows a prefix.
 */
public final class SampleTrace {
    final int sample;
    final int sampleCount;
    final long epoch;
    final int batchPosition;
    final boolean endsBatch;
    final TrainingSettings settings;
    final BiasMode biasMode;
    final Activation[] activations;
    final int[] sizes;
    /** The phases computed; when the sample diverges, only those before it (see {@link #divergence}). */
    List<Phase> phases;
    /** Why this sample cannot be finished, or null: its phases end where training stopped. */
    TrainingDivergedException divergence;
    private boolean errorRecorded;

    final double[] input;
    final double[] target;
    final double[][] weightsBefore;
    final double[][] biasesBefore;
    final boolean[][] weightLocked;
    final boolean[][] biasLocked;
    final double[][] net;
    final double[][] out;
    double loss;
    /** λ₂/2·Σw² + λ₁·Σ|w| of the weights this sample starts from. */
    final double penalty;
    /** Samples of this epoch before this one, and how many of them the network classified right. */
    final int epochSamplesBefore;
    final int epochCorrectBefore;
    boolean correct;
    final double[][] delta;
    final double[][] sampleGradW;
    final double[][] sumW;
    final double[][] sumB;
    final double[][] gradW;
    final double[][] gradB;
    final double[][] stepW;
    final double[][] stepB;
    final double[][] newW;
    final double[][] newB;
    /**
     * The changes of the update before this sample's (the momentum term's Δw′): a layer is null where they
     * are all zero, and all are null without momentum, where no formula shows them.
     */
    final double[][] previousStepW;
    final double[][] previousStepB;

    private SampleTrace(Trainer trainer) {
        Network network = trainer.network();
        int layers = network.layerCount();
        sample = trainer.nextSample();
        sampleCount = trainer.data().size();
        epoch = trainer.epoch();
        batchPosition = trainer.samplesInBatch();
        endsBatch = trainer.nextSampleEndsBatch();
        settings = trainer.settings();
        biasMode = network.biasMode();
        sizes = network.sizes();
        phases = Phase.ofSample(layers, endsBatch);
        activations = new Activation[layers + 1];
        input = trainer.data().input(sample).clone();
        target = trainer.data().target(sample).clone();
        weightsBefore = new double[layers + 1][];
        biasesBefore = new double[layers + 1][];
        weightLocked = new boolean[layers + 1][];
        biasLocked = new boolean[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            Layer layer = network.layer(l);
            activations[l] = layer.activation();
            weightsBefore[l] = layer.weightsCopy();
            biasesBefore[l] = layer.biasesCopy();
            weightLocked[l] = new boolean[weightsBefore[l].length];
            biasLocked[l] = new boolean[layer.outputs()];
            for (int j = 0; j < layer.outputs(); j++) {
                biasLocked[l][j] = layer.isBiasLocked(j);
                for (int i = 0; i < layer.inputs(); i++) {
                    weightLocked[l][layer.index(j, i)] = layer.isWeightLocked(j, i);
                }
            }
        }
        penalty = Regularisation.penalty(weightsBefore, settings.l1(), settings.l2());
        epochSamplesBefore = trainer.epochSamples();
        epochCorrectBefore = trainer.epochCorrect();
        net = new double[layers + 1][];
        out = new double[layers + 1][];
        out[0] = input;
        delta = new double[layers + 1][];
        sampleGradW = new double[layers + 1][];
        sumW = new double[layers + 1][];
        sumB = new double[layers + 1][];
        gradW = new double[layers + 1][];
        gradB = new double[layers + 1][];
        stepW = new double[layers + 1][];
        stepB = new double[layers + 1][];
        newW = new double[layers + 1][];
        newB = new double[layers + 1][];
        if (settings.momentum() != 0.0) {
            // The trainer keeps its velocities to itself; its saved state holds copies of them.
            TrainerState state = trainer.saveState();
            previousStepW = state.velocityW();
            previousStepB = state.velocityB();
        } else {
            previousStepW = new double[layers + 1][];
            previousStepB = new double[layers + 1][];
        }
    }

    /**
     * Trains the trainer's next sample and records it. The trainer ends after that sample, exactly as
     * if {@link Trainer#trainSample()} had been called.
     */
    public static SampleTrace record(Trainer trainer) {
        SampleTrace trace = new SampleTrace(trainer);
        trainer.trainSample(trace.new Recorder());
        return trace;
    }

    /**
     * Records the trainer's next sample as far as it can be trained. If it diverges, the trace keeps the
     * phases computed before, each with only finite values, and the reason; the trainer is then left as
     * the exception leaves it (restore its state). So a lesson whose next update would pass the limits
     * still shows every number up to that update.
     */
    static SampleTrace recordAsFarAsItGoes(Trainer trainer) {
        SampleTrace trace = new SampleTrace(trainer);
        try {
            trainer.trainSample(trace.new Recorder());
        } catch (TrainingDivergedException e) {
            trace.stopBefore(e);
        }
        return trace;
    }

    private void stopBefore(TrainingDivergedException e) {
        divergence = e;
        int reached = 0;
        while (reached < phases.size() && computedAndFinite(phases.get(reached))) reached++;
        phases = List.copyOf(phases.subList(0, reached));
    }

    private boolean computedAndFinite(Phase phase) {
        return switch (phase.kind()) {
            case FORWARD -> allFinite(net[phase.layer()]) && allFinite(out[phase.layer()]);
            case ERROR -> errorRecorded && Double.isFinite(loss);
            case BACKWARD -> allFinite(delta[phase.layer()]) && allFinite(sumW[phase.layer()]) && allFinite(sumB[phase.layer()]);
            // The new weights are what would pass the limits: never shown.
            case UPDATE -> false;
        };
    }

    private static boolean allFinite(double[] values) {
        if (values == null) return false;
        for (double v : values) if (!Double.isFinite(v)) return false;
        return true;
    }

    public List<Phase> phases() { return phases; }

    public int sample() { return sample; }

    /**
     * The array already kept when it holds the same bits, else a copy. In online training a batch's sums are
     * the one sample's gradients and its gradient is those sums (scale 1): sharing keeps one array where
     * there were three, and a recorded sample of a large network is most of live training's garbage. The
     * trace never changes an array it keeps.
     */
    private static double[] sameOrCopy(double[] values, double[] kept) {
        return Arrays.equals(values, kept) ? kept : values.clone();
    }

    private final class Recorder implements PhaseRecorder {
        @Override public void forward(int layer, double[] n, double[] o) {
            net[layer] = n.clone();
            out[layer] = o.clone();
        }

        @Override public void error(double[] t, double[] output, double sampleLoss) {
            loss = sampleLoss;
            errorRecorded = true;
            correct = Classification.isCorrect(output, t);
        }

        @Override public void backward(int layer, double[] d, double[] in, double[] sw, double[] sb) {
            delta[layer] = d.clone();
            double[] g = new double[d.length * in.length];
            for (int j = 0, row = 0; j < d.length; j++, row += in.length) {
                for (int i = 0; i < in.length; i++) g[row + i] = Backprop.weightGradient(d[j], in[i]);
            }
            sampleGradW[layer] = g;
            sumW[layer] = sameOrCopy(sw, g);
            sumB[layer] = sameOrCopy(sb, delta[layer]);
        }

        @Override public void update(int layer, double[] gw, double[] gb, double[] sw, double[] sb, double[] nw,
                                     double[] nb) {
            gradW[layer] = sameOrCopy(gw, sumW[layer]);
            gradB[layer] = sameOrCopy(gb, sumB[layer]);
            stepW[layer] = sw.clone();
            stepB[layer] = sb.clone();
            newW[layer] = nw.clone();
            newB[layer] = nb.clone();
        }
    }
}
