package org.backpropfx.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A fully connected feed-forward network: an input layer followed by 1 to {@value #MAX_LAYERS}
 * layers of weights. Layer numbers in this API count weight layers from 1 (the first hidden layer)
 * to {@link #layerCount()} (the output layer); layer 0 is the input.
 */
public final class Network {
    public static final int MAX_LAYERS = 8;
    /**
     * No weight or bias is ever larger than this in size: training stops before an update would pass it
     * (see {@link TrainingDivergedException}), and a lesson file holds values up to it. So every network
     * that training reaches can be saved and opened again.
     */
    public static final double MAX_MAGNITUDE = 1e6;
    /** {@link #MAX_MAGNITUDE} as messages write it. */
    public static final String MAX_MAGNITUDE_TEXT = "1,000,000";

    private final List<Layer> layers;
    private BiasMode biasMode;

    /**
     * @param sizes neurons per layer, input first: {2, 4, 1} is a 2-4-1 network
     * @param activations one per weight layer ({@code sizes.length − 1} of them)
     */
    public Network(int[] sizes, Activation[] activations, BiasMode biasMode) {
        if (sizes.length < 2 || sizes.length > MAX_LAYERS + 1) {
            throw new IllegalArgumentException("a network needs 1 to " + MAX_LAYERS + " weight layers, not "
                    + (sizes.length - 1));
        }
        if (activations.length != sizes.length - 1) {
            throw new IllegalArgumentException(activations.length + " activations for " + (sizes.length - 1)
                    + " weight layers");
        }
        List<Layer> list = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            list.add(new Layer(sizes[l - 1], sizes[l], activations[l - 1]));
        }
        this.layers = list;
        this.biasMode = Objects.requireNonNull(biasMode, "biasMode");
    }

    /** A network with the same activation in every layer. */
    public static Network of(Activation activation, BiasMode biasMode, int... sizes) {
        Activation[] acts = new Activation[sizes.length - 1];
        Arrays.fill(acts, activation);
        return new Network(sizes, acts, biasMode);
    }

    private Network(List<Layer> layers, BiasMode biasMode) {
        this.layers = layers;
        this.biasMode = biasMode;
    }

    /** A deep copy: weights, biases, locks and activations. */
    public Network copy() {
        List<Layer> list = new ArrayList<>(layers.size());
        for (Layer layer : layers) list.add(layer.copy());
        return new Network(list, biasMode);
    }

    /** The number of weight layers (hidden layers + the output layer). */
    public int layerCount() { return layers.size(); }

    /** Weight layer {@code l}, counted from 1. */
    public Layer layer(int l) {
        if (l < 1 || l > layers.size()) {
            throw new IndexOutOfBoundsException("layer " + l + " of a network with " + layers.size() + " weight layers");
        }
        return layers.get(l - 1);
    }

    public List<Layer> layers() { return Collections.unmodifiableList(layers); }

    public int inputSize() { return layers.get(0).inputs(); }

    public int outputSize() { return layers.get(layers.size() - 1).outputs(); }

    /** Neurons in layer {@code l}: layer 0 is the input. */
    public int size(int l) { return l == 0 ? inputSize() : layer(l).outputs(); }

    /** Neurons per layer, input first. */
    public int[] sizes() {
        int[] sizes = new int[layers.size() + 1];
        for (int l = 0; l < sizes.length; l++) sizes[l] = size(l);
        return sizes;
    }

    public BiasMode biasMode() { return biasMode; }

    /** Changing to {@link BiasMode#NONE} sets every bias to zero. */
    public void setBiasMode(BiasMode biasMode) {
        this.biasMode = Objects.requireNonNull(biasMode, "biasMode");
        if (biasMode == BiasMode.NONE) {
            for (Layer layer : layers) {
                Arrays.fill(layer.biases, 0.0);
                layer.changed();
            }
        }
    }

    /** Total number of weights and biases that exist (biases count unless the mode is NONE). */
    public int parameterCount() {
        int n = 0;
        for (Layer layer : layers) {
            n += layer.weights.length + (biasMode == BiasMode.NONE ? 0 : layer.biases.length);
        }
        return n;
    }

    /** Runs the network on one input and returns a new array with its outputs. */
    public double[] predict(double[] input) {
        if (input.length != inputSize()) {
            throw new IllegalArgumentException(input.length + " inputs, expected " + inputSize());
        }
        double[] x = input;
        for (Layer layer : layers) {
            double[] net = new double[layer.outputs()];
            double[] out = new double[layer.outputs()];
            Backprop.forwardLayer(layer, x, net, out);
            x = out;
        }
        return x;
    }

    /** The error of one sample, computed as training computes it (see {@link Loss#sample(Activation, double[], double[], double[])}). */
    public double loss(double[] input, double[] target, Loss loss) {
        if (input.length != inputSize()) {
            throw new IllegalArgumentException(input.length + " inputs, expected " + inputSize());
        }
        double[] x = input;
        double[] net = null;
        for (Layer layer : layers) {
            net = new double[layer.outputs()];
            double[] out = new double[layer.outputs()];
            Backprop.forwardLayer(layer, x, net, out);
            x = out;
        }
        return loss.sample(layers.get(layers.size() - 1).activation(), net, x, target);
    }

    /** The mean per-sample error over a data set. */
    public double meanLoss(DataSet data, Loss loss) {
        double sum = 0.0;
        for (int s = 0; s < data.size(); s++) sum += loss(data.input(s), data.target(s), loss);
        return sum / data.size();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Network other && biasMode == other.biasMode && layers.equals(other.layers);
    }

    @Override public int hashCode() { return layers.hashCode(); }
}
