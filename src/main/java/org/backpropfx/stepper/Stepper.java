package org.backpropfx.stepper;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainerState;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.engine.TrainingSettings;

/**
 * A cursor over training, one phase at a time, forwards and backwards.
 *
 * <p>The current sample is recorded in full as soon as the cursor enters it (the trainer is then
 * already past it); stepping inside a sample only moves the cursor over that record. To step back
 * into an earlier sample the trainer is put back to the state saved before it and the sample is
 * recorded again: the same arithmetic on the same bits gives the same snapshot, bit for bit.
 * At least {@value #MIN_REWIND_STEPS} steps can be taken back; the {@link RewindHistory} keeps that without a
 * whole copy of the network per sample.
 *
 * <p>Not thread-safe: one thread at a time drives it. Snapshots are immutable and may be handed to
 * any thread.
 */
public final class Stepper {
    public static final int MIN_REWIND_STEPS = 10_000;

    /** Told by {@link #runSamples(long, EpochObserver)} of every epoch it completes. */
    @FunctionalInterface
    public interface EpochObserver {
        /** The trainer has just completed an epoch: its epoch count and last epoch loss are that epoch's. */
        void epochEnded(Trainer trainer);
    }

    private final Trainer trainer;
    private final RewindHistory history;
    /** Work of one sample for the history's budget: weights, biases and neurons, plus a fixed part. */
    private final long workPerSample;
    /** The locks, activations and bias mode the trainer's network has now. */
    private NetworkConfig config;
    /** Whether the current sample's start was reached by training on from the newest history entry. */
    private boolean currentReachable;
    private TrainerState currentStart;
    private SampleTrace trace;
    private int phase;

    /** Starts before the first phase of the trainer's next sample. */
    public Stepper(Trainer trainer) {
        this(trainer, RewindHistory.RECOMPUTE_BUDGET, RewindHistory.MAX_STATE_BYTES);
    }

    /** A stepper whose history retrains at most {@code recomputeBudget} work and keeps at most {@code maxStateBytes}. */
    Stepper(Trainer trainer, long recomputeBudget, long maxStateBytes) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        history = new RewindHistory(MIN_REWIND_STEPS, recomputeBudget, maxStateBytes);
        Network network = trainer.network();
        long work = 32;
        for (int l = 1; l <= network.layerCount(); l++) work += (long) (network.size(l - 1) + 2) * network.size(l);
        workPerSample = work;
        config = NetworkConfig.of(network);
        currentStart = trainer.saveState();
        trace = recordFrom(currentStart);
        phase = -1;
    }

    public Trainer trainer() { return trainer; }

    /**
     * The work of training one sample, in the units the rewind history and the session budget by: the
     * network's weights, biases and neurons, plus a fixed part for what every sample costs.
     */
    public long workPerSample() { return workPerSample; }

    /** What is known at the cursor. */
    public Snapshot snapshot() { return new Snapshot(trace, phase); }

    /** How many steps back are possible from here. */
    public int stepsBackAvailable() { return history.steps() + phase + 1; }

    /** Approximate heap bytes the rewind history holds (the current sample's record not included). */
    public long historyBytes() { return history.approximateBytes(); }

    /** How many of the history's samples keep a copy of their start state; the others are trained again. */
    public int historyCheckpoints() { return history.checkpoints(); }

    /** Whether {@code array} belongs to one of the history's own checkpoints or spares (for tests). */
    boolean historyHolds(double[] array) { return history.owns(array); }

    public boolean canStepBack() { return stepsBackAvailable() > 0; }

    /**
     * One phase forward; after the last phase of a sample, into the first phase of the next. A sample that
     * diverges is shown up to where it diverges (see {@link Snapshot#divergence()}).
     *
     * @throws TrainingDivergedException past the last phase of a sample that diverges; the cursor stays
     */
    public Snapshot stepForward() {
        if (phase < trace.phases.size() - 1) {
            phase++;
        } else {
            refuseIfStoppedShort();
            TrainerState next = trainer.saveState();
            SampleTrace nextTrace = recordFrom(next);
            if (nextTrace.phases.isEmpty()) {
                // diverged before its first phase: stay past the current sample, as before the call
                trainer.restoreState(next);
                throw nextTrace.divergence;
            }
            remember(1);
            currentStart = next;
            trace = nextTrace;
            phase = 0;
        }
        return snapshot();
    }

    /**
     * What one step forward would show, without moving the cursor (for asking a student first).
     *
     * @throws TrainingDivergedException past the last phase of a sample that diverges
     */
    public Snapshot peekNext() {
        if (phase < trace.phases.size() - 1) return new Snapshot(trace, phase + 1);
        refuseIfStoppedShort();
        TrainerState next = trainer.saveState();
        try {
            SampleTrace nextTrace = SampleTrace.recordAsFarAsItGoes(trainer);
            if (nextTrace.phases.isEmpty()) throw nextTrace.divergence;
            return new Snapshot(nextTrace, 0);
        } finally {
            trainer.restoreState(next);
        }
    }

    /** One phase back. Returns false, changing nothing, if the history holds nothing earlier. */
    public boolean stepBack() {
        if (phase > 0 || (phase == 0 && history.isEmpty())) {
            phase--;
            return true;
        }
        if (history.isEmpty()) return false;
        RewindHistory.Entry previous = history.pop(trainer, config);
        // The sample before may have been trained by the network as it was before an edit of its bias
        // mode, locks or activations: those come back with its weights, or the state would be one that
        // no lesson file can hold (bias mode none with biases that are not zero).
        if (previous.config != config) {
            previous.config.applyTo(trainer.network());
            config = previous.config;
        }
        trainer.setSettings(previous.settings);
        currentStart = previous.state();
        currentReachable = previous.reachable;
        trace = recordFrom(currentStart);
        phase = trace.phases.size() - 1;
        return true;
    }

    /** Jumps to the last phase of the current sample, or of the next one if already there. */
    public Snapshot finishSample() {
        if (phase == trace.phases.size() - 1) stepForward();
        phase = trace.phases.size() - 1;
        return snapshot();
    }

    /**
     * Trains {@code samples} more samples after the current one on the fast path and stops at the last
     * phase of the last of them. Stepping back through that sample's phases leads to the last phase of the
     * sample that was current before: the samples in between are trained, not recorded.
     *
     * @throws TrainingDivergedException if an update would break the weights; everything is then as before the call
     */
    public Snapshot runSamples(long samples) {
        return runSamples(samples, null);
    }

    /**
     * {@link #runSamples(long)}, telling {@code observer} (may be null) of every epoch completed by a sample
     * the cursor leaves or reaches, with the trainer just past that epoch's last sample: first the current
     * sample's epoch if it is the last of its epoch, then each one the run completes. If training diverges,
     * the epochs told of are undone with the rest and will be told again, with the same values, when trained
     * again; an observer keys what it keeps by {@link Trainer#epoch()}.
     */
    public Snapshot runSamples(long samples, EpochObserver observer) {
        return runSamples(samples, observer, () -> false);
    }

    /**
     * {@link #runSamples(long, EpochObserver)}, going on by another {@code samples} samples each time
     * {@code more} says so before the last sample is recorded; {@code more} is asked after the first
     * {@code samples - 1} and after each further block. A run that nobody looks at in between thus records
     * one sample instead of one per block: on a large network a recorded sample and its start state are
     * several copies of the weights, most of live training's garbage.
     */
    public Snapshot runSamples(long samples, EpochObserver observer, BooleanSupplier more) {
        if (samples <= 0) return snapshot();
        refuseIfStoppedShort();
        // The trainer is already past the current sample: if that ended an epoch, the run is about to leave it.
        if (observer != null && trainer.nextSample() == 0) observer.epochEnded(trainer);
        try {
            long total = samples;
            trainObserved(samples - 1, observer);
            while (more.getAsBoolean()) {
                trainObserved(samples, observer);
                total += samples;
            }
            TrainerState lastStart = trainer.saveState();
            SampleTrace lastTrace = SampleTrace.record(trainer);
            if (observer != null && trainer.nextSample() == 0) observer.epochEnded(trainer);
            remember(total);
            currentStart = lastStart;
            trace = lastTrace;
            phase = trace.phases.size() - 1;
            return snapshot();
        } catch (TrainingDivergedException e) {
            // Back to just past the current sample, by training it again from its start: the same
            // arithmetic on the same bits, and no copy of a large network made at every run in case.
            trainer.restoreState(currentStart);
            trainer.trainSample();
            throw e;
        }
    }

    private void trainObserved(long samples, EpochObserver observer) {
        for (long k = 0; k < samples; k++) {
            trainer.trainSample();
            if (observer != null && trainer.nextSample() == 0) observer.epochEnded(trainer);
        }
    }

    /** Trains on to the end of the current epoch (the current sample counts as done). */
    public Snapshot finishEpoch() {
        int remaining = trace.sampleCount - 1 - trace.sample;
        if (remaining == 0) remaining = trace.sampleCount;
        return runSamples(remaining);
    }

    /** Makes {@code index} the current sample, before its first phase; the sample being stepped is dropped. */
    public Snapshot selectSample(int index) {
        trainer.restoreState(currentStart);
        trainer.setNextSample(index);
        currentStart = trainer.saveState();
        currentReachable = false;
        trace = recordFrom(currentStart);
        phase = -1;
        return snapshot();
    }

    /**
     * Changes the network (weights, biases, locks, activations or bias mode, not its shape) at the start
     * of the current sample and records the sample again; the cursor keeps its phase. Stepping back past
     * this sample later puts back the network as it was before, configuration included.
     */
    public Snapshot edit(Consumer<Network> change) {
        trainer.restoreState(currentStart);
        change.accept(trainer.network());
        config = NetworkConfig.of(trainer.network(), config);
        currentStart = trainer.saveState();
        currentReachable = false;
        trace = recordFrom(currentStart);
        phase = Math.min(phase, trace.phases.size() - 1);
        return snapshot();
    }

    /** New settings from the current sample on; the current sample is recorded again with them. */
    public Snapshot setSettings(TrainingSettings settings) {
        trainer.restoreState(currentStart);
        trainer.setSettings(settings);
        trace = recordFrom(currentStart);
        phase = Math.min(phase, trace.phases.size() - 1);
        return snapshot();
    }

    /** The trainer's state before the current sample: what a lesson file should save. */
    public TrainerState stateBeforeCurrentSample() { return currentStart; }

    /**
     * Records the sample that starts at {@code start}. The trainer ends past it, ready for the next one;
     * if it diverges, the trace stops before the divergence and the trainer stays at {@code start}.
     */
    private SampleTrace recordFrom(TrainerState start) {
        trainer.restoreState(start);
        SampleTrace recorded = SampleTrace.recordAsFarAsItGoes(trainer);
        if (recorded.divergence != null) trainer.restoreState(start);
        return recorded;
    }

    /** The current sample diverges: nothing comes after its last phase (and the trainer is not past it). */
    private void refuseIfStoppedShort() {
        if (trace.divergence != null) throw trace.divergence;
    }

    /** Puts the current sample into the history; {@code samples} are trained from its start to the next current one. */
    private void remember(long samples) {
        history.push(new RewindHistory.Entry(currentStart, trace.settings, trace.phases.size(), config, currentReachable,
                samples, workPerSample), trainer, config);
        currentReachable = true;
    }
}
