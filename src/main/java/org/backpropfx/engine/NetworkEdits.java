package org.backpropfx.engine;

import java.util.Arrays;

/**
 * Changes to a network's shape. Each returns a new network and leaves the old one alone. Weights,
 * biases and locks that still have a place in the new shape are kept; new ones are drawn uniformly
 * from ±{@value #NEW_WEIGHT_RANGE} with the given seed, so the same edit always gives the same network.
 */
public final class NetworkEdits {
    public static final double NEW_WEIGHT_RANGE = 0.5;

    private NetworkEdits() {}

    /** Inserts a hidden layer of {@code neurons} neurons so that it becomes weight layer {@code position}. */
    public static Network addHiddenLayer(Network old, int position, int neurons, Activation activation, long seed) {
        if (position < 1 || position > old.layerCount()) {
            throw new IllegalArgumentException("a hidden layer goes at position 1 to " + old.layerCount() + ", not " + position);
        }
        if (old.layerCount() >= Network.MAX_LAYERS) {
            throw new IllegalArgumentException("a network has at most " + Network.MAX_LAYERS + " weight layers");
        }
        int[] oldSizes = old.sizes();
        int[] sizes = new int[oldSizes.length + 1];
        Activation[] activations = new Activation[sizes.length - 1];
        int[] source = new int[sizes.length];
        for (int l = 0, from = 0; l < sizes.length; l++) {
            if (l == position) {
                sizes[l] = neurons;
                activations[l - 1] = activation;
                source[l] = 0;
            } else {
                sizes[l] = oldSizes[from];
                if (l > 0) activations[l - 1] = old.layer(from).activation();
                source[l] = from;
                from++;
            }
        }
        return rebuild(old, sizes, activations, source, seed);
    }

    /** Removes hidden layer {@code layer} (1 to L − 1); the layer after it is joined to the one before. */
    public static Network removeHiddenLayer(Network old, int layer, long seed) {
        if (layer < 1 || layer >= old.layerCount()) {
            throw new IllegalArgumentException("hidden layers are 1 to " + (old.layerCount() - 1) + ", not " + layer);
        }
        int[] oldSizes = old.sizes();
        int[] sizes = new int[oldSizes.length - 1];
        Activation[] activations = new Activation[sizes.length - 1];
        int[] source = new int[sizes.length];
        for (int l = 0, from = 0; l < sizes.length; l++, from++) {
            if (from == layer) from++;
            sizes[l] = oldSizes[from];
            if (l > 0) activations[l - 1] = old.layer(from).activation();
            source[l] = from;
        }
        return rebuild(old, sizes, activations, source, seed);
    }

    /** Gives layer {@code layer} (0 = input, L = output) a new number of neurons. */
    public static Network resizeLayer(Network old, int layer, int neurons, long seed) {
        int[] sizes = old.sizes();
        if (layer < 0 || layer >= sizes.length) throw new IllegalArgumentException("no layer " + layer);
        sizes[layer] = neurons;
        return rebuild(old, sizes, activations(old), identity(sizes.length), seed);
    }

    /** A copy with another activation in weight layer {@code layer}. */
    public static Network withActivation(Network old, int layer, Activation activation) {
        Network copy = old.copy();
        copy.layer(layer).setActivation(activation);
        return copy;
    }

    private static Activation[] activations(Network network) {
        Activation[] activations = new Activation[network.layerCount()];
        for (int l = 1; l <= network.layerCount(); l++) activations[l - 1] = network.layer(l).activation();
        return activations;
    }

    private static int[] identity(int n) {
        int[] map = new int[n];
        Arrays.setAll(map, l -> l);
        return map;
    }

    /**
     * @param source for each new layer, the old layer it continues, or 0 for a new hidden layer; a new weight
     *               layer copies old weights only when both its ends continue adjacent old layers
     */
    private static Network rebuild(Network old, int[] sizes, Activation[] activations, int[] source, long seed) {
        Network fresh = new Network(sizes, activations, old.biasMode());
        Initializer.initialize(fresh, InitMethod.UNIFORM, NEW_WEIGHT_RANGE, seed);
        for (int l = 1; l < sizes.length; l++) {
            int to = source[l];
            int from = source[l - 1];
            boolean continues = to > 0 && to - 1 == from && (from > 0 || l == 1);
            if (!continues) continue;
            Layer oldLayer = old.layer(to);
            Layer newLayer = fresh.layer(l);
            for (int j = 0; j < Math.min(oldLayer.outputs(), newLayer.outputs()); j++) {
                newLayer.biases[j] = oldLayer.biases[j];
                newLayer.setBiasLocked(j, oldLayer.biasLocked[j]);
                for (int i = 0; i < Math.min(oldLayer.inputs(), newLayer.inputs()); i++) {
                    newLayer.weights[newLayer.index(j, i)] = oldLayer.weights[oldLayer.index(j, i)];
                    newLayer.setWeightLocked(j, i, oldLayer.weightLocked[oldLayer.index(j, i)]);
                }
            }
        }
        return fresh;
    }
}
