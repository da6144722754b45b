package org.backpropfx.stepper;

/** What one step of a sample computes. */
public enum PhaseKind {
    /** The net inputs and outputs of one layer. */
    FORWARD,
    /** The output against the target: the sample's error. */
    ERROR,
    /** The deltas of one layer, and the gradients of the weights leading into it. */
    BACKWARD,
    /** The batch ended: every weight moves by its Δw. */
    UPDATE
}
