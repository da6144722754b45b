package org.backpropfx.quiz;

/** The kinds of value a student can be asked to work out before the step reveals it. */
public enum Quantity {
    /** A neuron's net input (α or z). */
    NET_INPUT,
    /** A neuron's output (β or a). */
    OUTPUT,
    /** The sample's error (shown as P = −E in the MIT notation). */
    ERROR,
    /** A neuron's delta (γ or δ). */
    DELTA,
    /** A weight's value after the update. */
    NEW_WEIGHT
}
