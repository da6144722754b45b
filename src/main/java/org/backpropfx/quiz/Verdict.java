package org.backpropfx.quiz;

/**
 * How an answer was judged.
 *
 * @param understood false when the text typed was not a number (then {@code correct} is false too)
 * @param expected the engine's value
 */
public record Verdict(boolean understood, boolean correct, double given, double expected, String message) {}
