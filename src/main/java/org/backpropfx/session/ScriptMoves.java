package org.backpropfx.session;

import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;

/**
 * A position a lecture script names (epoch, sample, phase) and how the stepper gets there: positions
 * compare as (epoch, sample, place of the phase in its sample); whole samples before it are trained on the
 * fast path, its own phases stepped.
 */
final class ScriptMoves {
    private final long epoch;
    private final int sample;
    private final Phase phase;

    ScriptMoves(long epoch, int sample, Phase phase) {
        this.epoch = epoch;
        this.sample = sample;
        this.phase = phase;
    }

    /** Samples from the start of the run to {@code s}'s sample. */
    private static long ordinal(long epoch, int sample, int samples) { return epoch * samples + sample; }

    /** Whether the cursor at {@code s} lies past this position. */
    boolean isBehind(Snapshot s) {
        long here = ordinal(s.epoch(), s.sample(), s.sampleCount());
        long there = ordinal(epoch, sample, s.sampleCount());
        if (here != there) return here > there;
        return s.phase() != null && order(s.phase(), s) > order(phase, s);
    }

    private static int order(Phase p, Snapshot s) { return ScriptStop.phaseOrder(p, s.layerCount()); }

    /** The whole samples {@link #moveForward} trains on the fast path from a cursor at {@code s}. */
    long samplesToTrain(Snapshot s) {
        long gap = ordinal(epoch, sample, s.sampleCount()) - ordinal(s.epoch(), s.sample(), s.sampleCount());
        return Math.max(0, gap - 1);
    }

    /** From a cursor at or before this position, on to it. */
    void moveForward(Stepper stepper, LossLog losses) {
        Snapshot s = stepper.snapshot();
        long gap = ordinal(epoch, sample, s.sampleCount()) - ordinal(s.epoch(), s.sample(), s.sampleCount());
        if (gap > 1) {
            stepper.runSamples(gap - 1, losses);
        } else if (gap == 1 && !s.isLastPhase()) {
            stepper.finishSample();
        }
        if (gap > 0) {
            stepper.stepForward();
            losses.stepped(stepper);
        }
        s = stepper.snapshot();
        while (!s.isLastPhase() && (s.phase() == null || order(s.phase(), s) < order(phase, s))) {
            stepper.stepForward();
            losses.stepped(stepper);
            s = stepper.snapshot();
        }
    }
}
