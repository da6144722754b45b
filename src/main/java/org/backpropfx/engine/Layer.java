package org.backpropfx.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * One layer of weights: every neuron of this layer is connected to every output of the layer before.
 *
 * <p>Weight {@code w(j, i)} connects input {@code i} to neuron {@code j}. The weights are kept in one
 * flat array, row by row ({@code j * inputs + i}), because the fast training loop walks them in that
 * order. The bias {@code b(j)} is added to the net input: s = Σ w·x + b. (In the MIT notation the
 * same bias is the weight w0 = −b on a constant −1 input.)
 */
public final class Layer {
    public static final int MAX_NEURONS = 64;

    private final int inputs;
    private final int outputs;
    private Activation activation;
    final double[] weights;
    final double[] biases;
    final boolean[] weightLocked;
    final boolean[] biasLocked;
    /** How many of {@link #weightLocked} and {@link #biasLocked} are set: training skips the locks when none is. */
    private int lockedWeights;
    private int lockedBiases;
    /**
     * A number no weight or bias of this layer is larger than in size, or NaN when none is known. Training
     * keeps it up to date as it updates, so that it can prove no update passes {@link Network#MAX_MAGNITUDE}
     * without checking every value; every other change of a value makes it unknown ({@link #changed()}).
     */
    private double sizeBound = Double.NaN;

    public Layer(int inputs, int outputs, Activation activation) {
        if (inputs < 1 || inputs > MAX_NEURONS) {
            throw new IllegalArgumentException("a layer needs 1 to " + MAX_NEURONS + " inputs, not " + inputs);
        }
        if (outputs < 1 || outputs > MAX_NEURONS) {
            throw new IllegalArgumentException("a layer needs 1 to " + MAX_NEURONS + " neurons, not " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.activation = Objects.requireNonNull(activation, "activation");
        this.weights = new double[inputs * outputs];
        this.biases = new double[outputs];
        this.weightLocked = new boolean[inputs * outputs];
        this.biasLocked = new boolean[outputs];
    }

    private Layer(Layer other) {
        this.inputs = other.inputs;
        this.outputs = other.outputs;
        this.activation = other.activation;
        this.weights = other.weights.clone();
        this.biases = other.biases.clone();
        this.weightLocked = other.weightLocked.clone();
        this.biasLocked = other.biasLocked.clone();
        this.lockedWeights = other.lockedWeights;
        this.lockedBiases = other.lockedBiases;
        this.sizeBound = other.sizeBound;
    }

    public Layer copy() { return new Layer(this); }

    public int inputs() { return inputs; }

    /** The number of neurons in this layer. */
    public int outputs() { return outputs; }

    public Activation activation() { return activation; }

    public void setActivation(Activation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
    }

    /** Index of w(j, i) in the flat weight array. */
    public int index(int neuron, int input) {
        if (neuron < 0 || neuron >= outputs || input < 0 || input >= inputs) {
            throw new IndexOutOfBoundsException("weight (" + neuron + ", " + input + ") outside "
                    + outputs + "×" + inputs);
        }
        return neuron * inputs + input;
    }

    public double weight(int neuron, int input) { return weights[index(neuron, input)]; }

    public void setWeight(int neuron, int input, double value) {
        weights[index(neuron, input)] = requireFinite(value);
        changed();
    }

    public double bias(int neuron) { return biases[neuron]; }

    public void setBias(int neuron, double value) {
        biases[neuron] = requireFinite(value);
        changed();
    }

    public boolean isWeightLocked(int neuron, int input) { return weightLocked[index(neuron, input)]; }

    public void setWeightLocked(int neuron, int input, boolean locked) {
        int k = index(neuron, input);
        if (weightLocked[k] != locked) lockedWeights += locked ? 1 : -1;
        weightLocked[k] = locked;
    }

    public boolean isBiasLocked(int neuron) { return biasLocked[neuron]; }

    public void setBiasLocked(int neuron, boolean locked) {
        if (biasLocked[neuron] != locked) lockedBiases += locked ? 1 : -1;
        biasLocked[neuron] = locked;
    }

    /** To be called after any change of {@link #weights} or {@link #biases} other than a bounded update. */
    void changed() { sizeBound = Double.NaN; }

    /** A bound on the size of every weight and bias (see {@link #sizeBound}), found by looking if none is known. */
    double sizeBound() {
        if (Double.isNaN(sizeBound)) sizeBound = Math.max(FastKernels.maxAbs(weights), FastKernels.maxAbs(biases));
        return sizeBound;
    }

    /** After an update that moved no value by more than the bound allowed: the new bound. */
    void setSizeBound(double bound) { sizeBound = bound; }

    /** Whether any weight of the layer is locked. */
    boolean anyWeightLocked() { return lockedWeights != 0; }

    /** Whether any bias of the layer is locked. */
    boolean anyBiasLocked() { return lockedBiases != 0; }

    /** A copy of all weights, row by row. */
    public double[] weightsCopy() { return weights.clone(); }

    public double[] biasesCopy() { return biases.clone(); }

    public void setWeights(double[] values) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " weights, expected " + weights.length);
        }
        for (double v : values) requireFinite(v);
        System.arraycopy(values, 0, weights, 0, weights.length);
        changed();
    }

    public void setBiases(double[] values) {
        if (values.length != biases.length) {
            throw new IllegalArgumentException(values.length + " biases, expected " + biases.length);
        }
        for (double v : values) requireFinite(v);
        System.arraycopy(values, 0, biases, 0, biases.length);
        changed();
    }

    private static double requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a weight must be a finite number, not " + value);
        }
        return value;
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof Layer other)) return false;
        return inputs == other.inputs && outputs == other.outputs && activation == other.activation
                && Arrays.equals(weights, other.weights) && Arrays.equals(biases, other.biases)
                && Arrays.equals(weightLocked, other.weightLocked) && Arrays.equals(biasLocked, other.biasLocked);
    }

    @Override public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Arrays.hashCode(biases);
    }
}
