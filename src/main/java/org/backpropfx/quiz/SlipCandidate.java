package org.backpropfx.quiz;

/**
 * What one slip gives for one question.
 *
 * @param value the wrong value the slip leads to, in the notation the question was asked in
 * @param working how the slip gets there, with the numbers put in, e.g. "(d − z) = (0 − 0.6) = −0.6"
 */
public record SlipCandidate(Slip slip, String what, double value, String working) {}
