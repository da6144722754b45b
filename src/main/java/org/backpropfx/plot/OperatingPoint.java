package org.backpropfx.plot;

/**
 * Where one neuron sits on its activation curve: net input α (z), output β (a) and the slope of the
 * curve there, β′ — β(1−β) for a sigmoid.
 *
 * @param layer weight layer, from 1
 * @param neuron index in the layer, from 0
 */
public record OperatingPoint(int layer, int neuron, double net, double out, double derivative) {
    /** Below this slope a neuron is saturated: almost no gradient flows back through it. */
    public static final double SATURATION_THRESHOLD = 0.01;

    public boolean saturated() { return derivative < SATURATION_THRESHOLD; }
}
