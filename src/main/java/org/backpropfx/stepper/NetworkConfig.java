package org.backpropfx.stepper;

import java.util.Arrays;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;

/**
 * What besides the trainer's saved state decides how a network trains: the activations, the bias mode and
 * the locks. The rewind history keeps one of these per stretch of training between two edits, so that a
 * sample it has to train again is trained exactly as it was the first time.
 */
final class NetworkConfig {
    private final Activation[] activations;
    private final BiasMode biasMode;
    private final boolean[][] weightLocked;
    private final boolean[][] biasLocked;

    private NetworkConfig(Network network) {
        int layers = network.layerCount();
        activations = new Activation[layers + 1];
        weightLocked = new boolean[layers + 1][];
        biasLocked = new boolean[layers + 1][];
        biasMode = network.biasMode();
        for (int l = 1; l <= layers; l++) {
            Layer layer = network.layer(l);
            activations[l] = layer.activation();
            weightLocked[l] = new boolean[layer.inputs() * layer.outputs()];
            biasLocked[l] = new boolean[layer.outputs()];
            for (int j = 0; j < layer.outputs(); j++) {
                biasLocked[l][j] = layer.isBiasLocked(j);
                for (int i = 0; i < layer.inputs(); i++) weightLocked[l][j * layer.inputs() + i] = layer.isWeightLocked(j, i);
            }
        }
    }

    static NetworkConfig of(Network network) { return new NetworkConfig(network); }

    /** {@code network}'s configuration: {@code previous} itself if nothing changed, so that equal ones are shared. */
    static NetworkConfig of(Network network, NetworkConfig previous) {
        NetworkConfig now = new NetworkConfig(network);
        return previous != null && previous.sameAs(now) ? previous : now;
    }

    boolean sameAs(NetworkConfig other) {
        return biasMode == other.biasMode && Arrays.equals(activations, other.activations)
                && Arrays.deepEquals(weightLocked, other.weightLocked) && Arrays.deepEquals(biasLocked, other.biasLocked);
    }

    /** Gives {@code network} this configuration. Its biases may be zeroed (bias mode none): restore a state after. */
    void applyTo(Network network) {
        if (network.biasMode() != biasMode) network.setBiasMode(biasMode);
        for (int l = 1; l < activations.length; l++) {
            Layer layer = network.layer(l);
            if (layer.activation() != activations[l]) layer.setActivation(activations[l]);
            for (int j = 0; j < layer.outputs(); j++) {
                layer.setBiasLocked(j, biasLocked[l][j]);
                for (int i = 0; i < layer.inputs(); i++) layer.setWeightLocked(j, i, weightLocked[l][j * layer.inputs() + i]);
            }
        }
    }
}
