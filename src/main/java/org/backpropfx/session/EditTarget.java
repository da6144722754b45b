package org.backpropfx.session;

import java.util.function.Consumer;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;

/** What an {@link Edit} may read and change in the session. */
public interface EditTarget {

    /** The lesson: the network training starts from, the samples, the settings. */
    Lesson lesson();

    /** A copy of the network as it stands before the current sample (what the weights are now). */
    Network network();

    /** The current sample (0-based). */
    int sample();

    /**
     * Changes values, locks or activations of the current network (not its shape) before the current
     * sample, which is worked out again; the training progress and the phase stay.
     */
    void changeNetwork(Consumer<Network> change);

    /** New settings for the lesson, in force from the current sample on. */
    void changeSettings(TrainingSettings settings);

    /**
     * A lesson with the same network shape and samples as now (other activations, bias mode or
     * initialisation, say); the training state stays.
     */
    void changeLesson(Lesson lesson);

    /**
     * A new lesson and a new current network (of the lesson's shape); training starts afresh from that
     * network at the same sample where it still exists.
     */
    void replace(Lesson lesson, Network network);

    /** A new lesson, at its start: its own network, first sample, epoch 0. */
    void restart(Lesson lesson);
}
