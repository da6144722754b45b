package org.backpropfx.stepper;

import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Regularisation;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.engine.TrainingSettings;

/**
 * What is known at one step of a sample: the values computed up to and including the current phase.
 * Values of later phases are absent ({@code has…} answers false and their getters throw), never stale.
 *
 * <p>Layers are numbered as in {@link org.backpropfx.engine.Network}: 0 is the input, 1..L the weight
 * layers. Weight (l, j, i) leads from neuron i of layer l−1 into neuron j of layer l.
 */
public final class Snapshot {
    private final SampleTrace trace;
    private final int phaseIndex;
    /**
     * Whether the update has happened, worked out once: {@link #weight} asks it for every weight, and
     * the network view reads every weight each frame (tens of thousands on a large network).
     */
    private final boolean updated;

    Snapshot(SampleTrace trace, int phaseIndex) {
        if (phaseIndex < -1 || phaseIndex >= trace.phases.size()) {
            throw new IllegalArgumentException("phase " + phaseIndex + " of " + trace.phases.size());
        }
        this.trace = trace;
        this.phaseIndex = phaseIndex;
        updated = trace.endsBatch && reached(PhaseKind.UPDATE, 0);
    }

    // --- where we are ---------------------------------------------------------------------------

    /**
     * Why this sample's phases end before its update, or null when it is complete: training it would make
     * a value infinite or a weight pass the lesson format's limit, so the step after its last phase is refused.
     */
    public TrainingDivergedException divergence() { return trace.divergence; }

    /** Index of the current phase in {@link #phases()}, or −1 before the first (nothing computed yet). */
    public int phaseIndex() { return phaseIndex; }

    /** The current phase; null before the first. */
    public Phase phase() { return phaseIndex < 0 ? null : trace.phases.get(phaseIndex); }

    public List<Phase> phases() { return trace.phases; }

    public boolean isLastPhase() { return phaseIndex == trace.phases.size() - 1; }

    /** "Forward — layer 1 of 2" …, or "Ready" before the first phase. */
    public String describePhase() {
        return phaseIndex < 0 ? "Ready" : phase().describe(layerCount());
    }

    /** Index of the sample being trained (0-based). */
    public int sample() { return trace.sample; }

    public int sampleCount() { return trace.sampleCount; }

    /** Completed epochs before this sample. */
    public long epoch() { return trace.epoch; }

    /** Samples of the current batch already summed before this one. */
    public int batchPosition() { return trace.batchPosition; }

    /** Whether this sample's backward pass ends its batch, so an update phase follows. */
    public boolean endsBatch() { return trace.endsBatch; }

    public TrainingSettings settings() { return trace.settings; }

    public BiasMode biasMode() { return trace.biasMode; }

    // --- the network's shape ---------------------------------------------------------------------

    public int layerCount() { return trace.sizes.length - 1; }

    /** Neurons in layer l (0 = input). */
    public int size(int l) { return trace.sizes[l]; }

    public Activation activation(int l) { return trace.activations[l]; }

    // --- forward ---------------------------------------------------------------------------------

    public double[] input() { return trace.input.clone(); }

    public double[] target() { return trace.target.clone(); }

    public double input(int i) { return trace.input[i]; }

    public double target(int j) { return trace.target[j]; }

    /** Whether layer l's net inputs and outputs are known (the input layer always is). */
    public boolean hasForward(int l) {
        return l == 0 || reached(PhaseKind.FORWARD, l);
    }

    /** Net input s (α in the MIT notation) of neuron j in layer l ≥ 1. */
    public double net(int l, int j) {
        require(hasForward(l) && l > 0, "layer " + l + "'s net input");
        return trace.net[l][j];
    }

    /** Output a (β) of neuron j in layer l; layer 0 gives the input. */
    public double out(int l, int j) {
        require(hasForward(l), "layer " + l + "'s output");
        return trace.out[l][j];
    }

    // --- error -----------------------------------------------------------------------------------

    public boolean hasError() { return reached(PhaseKind.ERROR, 0); }

    /** This sample's error E. */
    public double loss() {
        require(hasError(), "the error");
        return trace.loss;
    }

    /** The regularisation penalty λ₂/2·Σw² + λ₁·Σ|w| of the weights this sample starts from (0 without). */
    public double penalty() {
        require(hasError(), "the penalty");
        return trace.penalty;
    }

    /** Whether the output picked the target's class (see {@link org.backpropfx.engine.Classification}). */
    public boolean isCorrect() {
        require(hasError(), "the classification");
        return trace.correct;
    }

    /** The share of this epoch's samples so far, this one included, that the network classified right. */
    public double epochAccuracySoFar() {
        require(hasError(), "the accuracy");
        return (double) (trace.epochCorrectBefore + (trace.correct ? 1 : 0)) / (trace.epochSamplesBefore + 1);
    }

    /**
     * The gradient the update used for weight (l, j, i) with the regularisation's term added:
     * g + λ₂·w + λ₁·sign(w), the same sum of the same numbers the trainer took (equal to the plain gradient
     * without regularisation).
     */
    public double regularisedGradient(int l, int j, int i) {
        double g = updateGradient(l, j, i);
        if (!trace.settings.isRegularised()) return g;
        return Regularisation.gradient(g, weightBefore(l, j, i), trace.settings.l1(),
                trace.settings.l2());
    }

    /** Σw² and Σ|w| of the weights this sample starts from. */
    public double sumOfSquaredWeights() {
        return Regularisation.penalty(trace.weightsBefore, 0.0, 2.0);
    }

    public double sumOfAbsoluteWeights() {
        return Regularisation.penalty(trace.weightsBefore, 1.0, 0.0);
    }

    // --- backward --------------------------------------------------------------------------------

    /** Whether layer l's deltas (and the gradients of the weights into it) are known. */
    public boolean hasDelta(int l) { return l > 0 && reached(PhaseKind.BACKWARD, l); }

    /** δ = ∂E/∂s of neuron j in layer l. The MIT notation's γ is −δ. */
    public double delta(int l, int j) {
        require(hasDelta(l), "layer " + l + "'s deltas");
        return trace.delta[l][j];
    }

    /** This sample's ∂E/∂w = δ_j·x_i for weight (l, j, i). */
    public double sampleGradient(int l, int j, int i) {
        require(hasDelta(l), "layer " + l + "'s gradients");
        return trace.sampleGradW[l][index(l, j, i)];
    }

    /** This sample's ∂E/∂b = δ_j. */
    public double sampleBiasGradient(int l, int j) { return delta(l, j); }

    /** The batch's summed ∂E/∂w so far, this sample included. */
    public double batchSum(int l, int j, int i) {
        require(hasDelta(l), "layer " + l + "'s gradients");
        return trace.sumW[l][index(l, j, i)];
    }

    public double batchBiasSum(int l, int j) {
        require(hasDelta(l), "layer " + l + "'s gradients");
        return trace.sumB[l][j];
    }

    // --- update ----------------------------------------------------------------------------------

    public boolean hasUpdate() { return updated; }

    /** The gradient the update used: the batch's summed ∂E/∂w times the loss's batch scale. */
    public double updateGradient(int l, int j, int i) {
        require(hasUpdate(), "the update");
        return trace.gradW[l][index(l, j, i)];
    }

    public double updateBiasGradient(int l, int j) {
        require(hasUpdate(), "the update");
        return trace.gradB[l][j];
    }

    /** Δw of weight (l, j, i): zero for a locked weight. */
    public double step(int l, int j, int i) {
        require(hasUpdate(), "the update");
        return trace.stepW[l][index(l, j, i)];
    }

    /**
     * The change Δw′ the update before this sample's made to weight (l, j, i): the velocity the momentum
     * term multiplies. Zero before the first update, and always zero without momentum.
     */
    public double previousStep(int l, int j, int i) {
        double[] steps = trace.previousStepW[l];
        int k = index(l, j, i);
        return steps == null ? 0.0 : steps[k];
    }

    /** The change Δb′ the update before this sample's made to neuron j's bias. */
    public double previousBiasStep(int l, int j) {
        double[] steps = trace.previousStepB[l];
        return steps == null ? 0.0 : steps[j];
    }

    /** Δb of neuron j's bias. */
    public double biasStep(int l, int j) {
        require(hasUpdate(), "the update");
        return trace.stepB[l][j];
    }

    // --- weights ---------------------------------------------------------------------------------

    /** The weight as it was when this sample began. */
    public double weightBefore(int l, int j, int i) { return trace.weightsBefore[l][index(l, j, i)]; }

    public double biasBefore(int l, int j) { return trace.biasesBefore[l][j]; }

    /** The weight after the update; only in the update phase. */
    public double newWeight(int l, int j, int i) {
        require(hasUpdate(), "the update");
        return trace.newW[l][index(l, j, i)];
    }

    public double newBias(int l, int j) {
        require(hasUpdate(), "the update");
        return trace.newB[l][j];
    }

    /** The weight in force at this step: the new one once the update has happened. */
    public double weight(int l, int j, int i) {
        return hasUpdate() ? newWeight(l, j, i) : weightBefore(l, j, i);
    }

    public double bias(int l, int j) { return hasUpdate() ? newBias(l, j) : biasBefore(l, j); }

    public boolean isWeightLocked(int l, int j, int i) { return trace.weightLocked[l][index(l, j, i)]; }

    public boolean isBiasLocked(int l, int j) { return trace.biasLocked[l][j]; }

    // --- helpers ---------------------------------------------------------------------------------

    private int index(int l, int j, int i) {
        int inputs = trace.sizes[l - 1];
        if (j < 0 || j >= trace.sizes[l] || i < 0 || i >= inputs) {
            throw new IndexOutOfBoundsException("weight (" + l + ", " + j + ", " + i + ")");
        }
        return j * inputs + i;
    }

    private boolean reached(PhaseKind kind, int layer) {
        for (int p = 0; p <= phaseIndex; p++) {
            Phase phase = trace.phases.get(p);
            if (phase.kind() == kind && phase.layer() == layer) return true;
        }
        return false;
    }

    private static void require(boolean known, String what) {
        if (!known) throw new IllegalStateException(what + " is not computed yet at this step");
    }

    /** The same trace at another phase. */
    Snapshot at(int index) { return new Snapshot(trace, index); }

    /**
     * The same sample at another of its phases (−1: before the first), for writing out a whole sample's
     * worked example from any step of it.
     */
    public Snapshot atPhase(int index) { return new Snapshot(trace, index); }

    SampleTrace trace() { return trace; }
}
