package org.backpropfx.stepper;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a sample.
 *
 * @param kind what is computed
 * @param layer the weight layer (1 = first hidden, L = output) for forward and backward steps, else 0
 */
public record Phase(PhaseKind kind, int layer) {

    /** The phases of one sample in a network with {@code layers} weight layers. */
    public static List<Phase> ofSample(int layers, boolean endsBatch) {
        List<Phase> phases = new ArrayList<>(2 * layers + 2);
        for (int l = 1; l <= layers; l++) phases.add(new Phase(PhaseKind.FORWARD, l));
        phases.add(new Phase(PhaseKind.ERROR, 0));
        for (int l = layers; l >= 1; l--) phases.add(new Phase(PhaseKind.BACKWARD, l));
        if (endsBatch) phases.add(new Phase(PhaseKind.UPDATE, 0));
        return List.copyOf(phases);
    }

    /** "Forward — layer 2 of 3", "Error", "Backward — deltas of hidden layer 1", "Update weights". */
    public String describe(int layers) {
        return switch (kind) {
            case FORWARD -> "Forward — layer " + layer + " of " + layers;
            case ERROR -> "Error";
            case BACKWARD -> "Backward — deltas of " + layerName(layer, layers);
            case UPDATE -> "Update weights";
        };
    }

    /** "hidden layer 2" or "the output layer". */
    public static String layerName(int layer, int layers) {
        if (layer == 0) return "the input layer";
        return layer == layers ? "the output layer" : "hidden layer " + layer;
    }
}
