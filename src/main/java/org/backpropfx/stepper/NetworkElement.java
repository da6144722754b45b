package org.backpropfx.stepper;

/**
 * A thing in the network a user can point at: a neuron, a weight or a bias. Layers are numbered as in
 * {@link org.backpropfx.engine.Network}: 0 is the input layer, 1..L the weight layers.
 */
public sealed interface NetworkElement {

    /** The layer the element belongs to (for a weight or bias: the layer of the neuron it feeds). */
    int layer();

    /** Neuron {@code index} of layer {@code layer} (layer 0: an input). */
    record Neuron(int layer, int index) implements NetworkElement {
        public Neuron {
            if (layer < 0 || index < 0) throw new IllegalArgumentException("neuron (" + layer + ", " + index + ")");
        }
    }

    /** The weight from neuron {@code from} of layer {@code layer − 1} into neuron {@code to} of layer {@code layer}. */
    record Weight(int layer, int to, int from) implements NetworkElement {
        public Weight {
            if (layer < 1 || to < 0 || from < 0) {
                throw new IllegalArgumentException("weight (" + layer + ", " + to + ", " + from + ")");
            }
        }
    }

    /** The bias of neuron {@code neuron} of layer {@code layer} (w₀ on a −1 input in the MIT notation). */
    record Bias(int layer, int neuron) implements NetworkElement {
        public Bias {
            if (layer < 1 || neuron < 0) throw new IllegalArgumentException("bias (" + layer + ", " + neuron + ")");
        }
    }
}
