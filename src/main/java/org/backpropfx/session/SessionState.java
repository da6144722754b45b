package org.backpropfx.session;

import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainerState;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.stepper.Stepper;

/**
 * Everything an edit can change, kept so that undo and redo can put it back bit for bit: the lesson, the
 * network as it stands before the current sample (with its locks and activations, which the trainer's
 * saved state leaves out), the settings in force, the training progress and the phase reached.
 */
record SessionState(Lesson lesson, Network network, TrainingSettings settings, TrainerState start, int phase) {

    static SessionState capture(Lesson lesson, Stepper stepper) {
        TrainerState start = stepper.stateBeforeCurrentSample();
        return new SessionState(lesson, networkAt(stepper.trainer().network(), start), stepper.trainer().settings(),
                start, stepper.snapshot().phaseIndex());
    }

    /**
     * {@link #capture}, or {@code earlier} itself when it holds just what a capture would: the same lesson,
     * settings, saved start and phase, and a network configured alike (the weights come from the start). An edit's
     * "before" is most often the "after" of the edit just made, and one copy of a large network is enough.
     */
    static SessionState capture(Lesson lesson, Stepper stepper, SessionState earlier) {
        if (earlier != null && earlier.lesson == lesson && earlier.start == stepper.stateBeforeCurrentSample()
                && earlier.settings == stepper.trainer().settings() && earlier.phase == stepper.snapshot().phaseIndex()
                && configuredAlike(earlier.network, stepper.trainer().network())) {
            return earlier;
        }
        return capture(lesson, stepper);
    }

    /** Same bias mode, activations and locks. */
    private static boolean configuredAlike(Network a, Network b) {
        if (a.biasMode() != b.biasMode() || a.layerCount() != b.layerCount()) return false;
        for (int l = 1; l <= a.layerCount(); l++) {
            Layer x = a.layer(l);
            Layer y = b.layer(l);
            if (x.activation() != y.activation() || x.inputs() != y.inputs() || x.outputs() != y.outputs()) return false;
            for (int j = 0; j < x.outputs(); j++) {
                if (x.isBiasLocked(j) != y.isBiasLocked(j)) return false;
                for (int i = 0; i < x.inputs(); i++) if (x.isWeightLocked(j, i) != y.isWeightLocked(j, i)) return false;
            }
        }
        return true;
    }

    /** A copy of {@code network} holding the weights and biases of {@code state}. */
    static Network networkAt(Network network, TrainerState state) {
        Network copy = network.copy();
        for (int l = 1; l <= copy.layerCount(); l++) {
            copy.layer(l).setWeights(state.weights()[l]);
            copy.layer(l).setBiases(state.biases()[l]);
        }
        return copy;
    }

    /** A fresh stepper at the same sample and phase, with the same training progress. */
    Stepper newStepper() {
        Trainer trainer = new Trainer(network.copy(), lesson.data(), settings);
        trainer.restoreState(start);
        Stepper stepper = new Stepper(trainer);
        // Inside one sample a step only moves over the record, so this never trains anything.
        for (int k = -1; k < phase; k++) stepper.stepForward();
        return stepper;
    }

    long approximateBytes() {
        long weights = 0;
        for (int l = 1; l <= network.layerCount(); l++) weights += network.layer(l).weightsCopy().length;
        return start.approximateBytes() + 10L * weights + 512;
    }
}
