package org.backpropfx.session;

import org.backpropfx.stepper.Snapshot;

/**
 * What the training thread hands to the UI thread: immutable, read from the stepper by the thread
 * that owned it at the time.
 *
 * @param epochLoss the mean error of the last epoch completed before the snapshot's sample (NaN before the first):
 *     the trainer itself is already past that sample, so its own figure may be one epoch ahead
 */
record Progress(Snapshot snapshot, double epochLoss, boolean canStepBack) {
}
