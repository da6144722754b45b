package org.backpropfx.quiz;

import org.backpropfx.stepper.NetworkElement;

/**
 * One question: work out {@code quantity} of {@code element} for the phase about to be shown.
 *
 * @param answer the engine's value, in the notation the question was asked in
 * @param prompt the question in words, e.g. "What is γ of output neuron 1?"
 */
public record Question(Quantity quantity, NetworkElement element, String prompt, double answer) {}
