package org.backpropfx.plot;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.stepper.Snapshot;

/**
 * Rebuilds, from a snapshot alone, the network whose weights are in force at that step. Plots work
 * from this copy, so they never touch a network the training thread may be changing.
 */
public final class SnapshotNetwork {
    private SnapshotNetwork() {}

    public static Network inForce(Snapshot snapshot) {
        int layers = snapshot.layerCount();
        int[] sizes = new int[layers + 1];
        Activation[] activations = new Activation[layers];
        for (int l = 0; l <= layers; l++) sizes[l] = snapshot.size(l);
        for (int l = 1; l <= layers; l++) activations[l - 1] = snapshot.activation(l);
        Network network = new Network(sizes, activations, snapshot.biasMode());
        for (int l = 1; l <= layers; l++) {
            Layer layer = network.layer(l);
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    layer.setWeight(j, i, snapshot.weight(l, j, i));
                    layer.setWeightLocked(j, i, snapshot.isWeightLocked(l, j, i));
                }
                layer.setBias(j, snapshot.bias(l, j));
                layer.setBiasLocked(j, snapshot.isBiasLocked(l, j));
            }
        }
        return network;
    }
}
