package org.backpropfx.plot;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.backpropfx.engine.Backprop;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.stepper.NetworkElement;

/**
 * The error as a function of one weight (or bias) with every other parameter held fixed: the curve,
 * the current value on it, the slope ∂E/∂w there by backpropagation (and, as a cross-check, by a
 * central difference), and where one plain gradient step w − η·∂E/∂w would land.
 *
 * <p>On one sample the error is that sample's E. On the whole data set it is the error a full-batch
 * update descends: the per-sample errors summed and multiplied by the loss's batch scale (the sum for
 * half-sse and sse, the mean for mse), so the landing point is exactly where a full-batch update
 * without momentum would put the weight. Momentum is left out: the picture shows the gradient's step.
 */
public final class WeightSlice {
    public static final int DEFAULT_POINTS = 121;

    /** Forward passes per sample besides the curve's points: current, next, the two central differences, and
     *  the backward pass, which costs about as much as one forward. */
    private static final int EXTRA_PASSES = 5;

    /** An activation function (an exp for most) costs about as much as this many multiply-adds. */
    private static final int ACTIVATION_COST = 10;

    /** How often (in samples) a long computation asks whether it is still wanted. */
    private static final int ABANDON_CHECK_EVERY = 64;

    private static final BooleanSupplier NEVER_ABANDONED = () -> false;

    private final NetworkElement parameter;
    private final double[] values;
    private final double[] errors;
    private final double current;
    private final double currentError;
    private final double slope;
    private final double numericalSlope;
    private final double learningRate;
    private final boolean moves;
    private final double next;
    private final double nextError;

    /** The slice on one sample (the stepper's current one). The network is not modified. */
    public static WeightSlice onSample(Network network, NetworkElement parameter, double[] input, double[] target,
                                       TrainingSettings settings, int points) {
        return onSample(network, parameter, input, target, settings, points, NEVER_ABANDONED);
    }

    /**
     * {@link #onSample(Network, NetworkElement, double[], double[], TrainingSettings, int)} that gives up, by
     * throwing {@link CancellationException}, soon after {@code abandoned} answers true.
     */
    public static WeightSlice onSample(Network network, NetworkElement parameter, double[] input, double[] target,
                                       TrainingSettings settings, int points, BooleanSupplier abandoned) {
        return new WeightSlice(network, parameter, new double[][] {input}, new double[][] {target}, settings, points,
                abandoned);
    }

    /** The slice on every sample of {@code data}. The network is not modified. */
    public static WeightSlice onDataSet(Network network, NetworkElement parameter, DataSet data,
                                        TrainingSettings settings, int points) {
        return onDataSet(network, parameter, data, settings, points, NEVER_ABANDONED);
    }

    /**
     * {@link #onDataSet(Network, NetworkElement, DataSet, TrainingSettings, int)} that gives up, by throwing
     * {@link CancellationException}, soon after {@code abandoned} answers true: on the largest lessons a slice
     * takes minutes, and one nobody will look at should not hold up the next.
     */
    public static WeightSlice onDataSet(Network network, NetworkElement parameter, DataSet data,
                                        TrainingSettings settings, int points, BooleanSupplier abandoned) {
        double[][] inputs = new double[data.size()][];
        double[][] targets = new double[data.size()][];
        for (int s = 0; s < data.size(); s++) {
            inputs[s] = data.input(s);
            targets[s] = data.target(s);
        }
        return new WeightSlice(network, parameter, inputs, targets, settings, points, abandoned);
    }

    /**
     * The cost of a slice of a network with these layer sizes (input first) on {@code samples} samples, in
     * multiply-adds with an activation counted as {@value #ACTIVATION_COST}: about a nanosecond each on a
     * current desktop. Lets a caller decide, before starting, whether the slice fits into a frame.
     */
    public static long estimatedWork(int[] sizes, int samples, int points) {
        long perPass = 0;
        for (int l = 1; l < sizes.length; l++) perPass += (long) sizes[l] * (sizes[l - 1] + 1 + ACTIVATION_COST);
        return perPass * samples * (points + EXTRA_PASSES);
    }

    private WeightSlice(Network original, NetworkElement parameter, double[][] inputs, double[][] targets,
                        TrainingSettings settings, int points, BooleanSupplier abandoned) {
        Objects.requireNonNull(settings, "settings");
        if (points < 3) throw new IllegalArgumentException("a weight slice needs at least 3 points, not " + points);
        for (int s = 0; s < inputs.length; s++) {
            if (inputs[s].length != original.inputSize() || targets[s].length != original.outputSize()) {
                throw new IllegalArgumentException("sample " + s + " has " + inputs[s].length + " inputs and "
                        + targets[s].length + " targets; the network takes " + original.inputSize() + " and gives "
                        + original.outputSize());
            }
        }
        Network network = original.copy();
        Parameter p = Parameter.of(network, parameter);
        Batch batch = new Batch(network, inputs, targets, settings.loss(), abandoned);

        this.parameter = parameter;
        this.learningRate = settings.learningRate();
        this.current = p.get();
        this.currentError = batch.error();
        this.slope = batch.backpropGradient(p);
        this.numericalSlope = centralDifference(batch, p);
        this.moves = p.moves();
        this.next = moves ? current - learningRate * slope : current;
        p.set(next);
        this.nextError = batch.error();

        double half = Math.max(1.0, 1.25 * Math.abs(next - current));
        this.values = new double[points];
        this.errors = new double[points];
        for (int k = 0; k < points; k++) {
            double w = current - half + 2.0 * half * k / (points - 1);
            p.set(w);
            values[k] = w;
            errors[k] = batch.error();
        }
        p.set(current);
    }

    private static double centralDifference(Batch batch, Parameter p) {
        double original = p.get();
        double h = GradientCheck.DEFAULT_STEP;
        p.set(original + h);
        double plus = batch.error();
        p.set(original - h);
        double minus = batch.error();
        p.set(original);
        return (plus - minus) / (2.0 * h);
    }

    /** The weight or bias the slice varies. */
    public NetworkElement parameter() { return parameter; }

    /** Number of points on the curve. */
    public int size() { return values.length; }

    /** The k-th parameter value of the curve, in increasing order. */
    public double value(int k) { return values[k]; }

    /** The error at {@link #value(int)}. */
    public double error(int k) { return errors[k]; }

    /** The parameter's current value. */
    public double current() { return current; }

    /** The error at the current value. */
    public double currentError() { return currentError; }

    /** ∂E/∂w at the current value, by backpropagation: the tangent's slope. */
    public double slope() { return slope; }

    /** ∂E/∂w at the current value by central difference, for comparison with {@link #slope()}. */
    public double numericalSlope() { return numericalSlope; }

    public double learningRate() { return learningRate; }

    /** False for a locked weight or a bias that training does not change: the step then stays put. */
    public boolean moves() { return moves; }

    /** Where one gradient step lands: w − η·∂E/∂w (the current value if the parameter does not move). */
    public double next() { return next; }

    /** The error at {@link #next()}. */
    public double nextError() { return nextError; }

    /** The tangent line at the current value, evaluated at {@code w}. */
    public double tangent(double w) { return currentError + slope * (w - current); }

    /**
     * The samples a slice is taken on, run through the (copied) network whose parameter is being moved. The
     * layer buffers are reused for every sample: a whole-set slice runs millions of forward passes, and
     * allocating for each would keep the garbage collector busy while the window is drawing.
     */
    private static final class Batch {
        final Network network;
        final double[][] inputs;
        final double[][] targets;
        final Loss loss;
        final double scale;
        final BooleanSupplier abandoned;
        final double[][] net;
        final double[][] out;
        final double[][] delta;

        Batch(Network network, double[][] inputs, double[][] targets, Loss loss, BooleanSupplier abandoned) {
            this.network = network;
            this.inputs = inputs;
            this.targets = targets;
            this.loss = loss;
            this.scale = loss.batchScale(inputs.length);
            this.abandoned = Objects.requireNonNull(abandoned, "abandoned");
            int layers = network.layerCount();
            net = new double[layers + 1][];
            out = new double[layers + 1][];
            delta = new double[layers + 1][];
            for (int l = 1; l <= layers; l++) {
                net[l] = new double[network.size(l)];
                out[l] = new double[network.size(l)];
                delta[l] = new double[network.size(l)];
            }
        }

        /** The batch error: as {@link Network#loss} computes each sample's, summed in order, then scaled. */
        double error() {
            int last = network.layerCount();
            double sum = 0.0;
            for (int s = 0; s < inputs.length; s++) {
                checkWanted(s);
                forward(s);
                sum += loss.sample(network.layer(last).activation(), net[last], out[last], targets[s]);
            }
            return scale * sum;
        }

        /** The batch's ∂E/∂w as the trainer computes it: per-sample δ·x summed in order, then scaled. */
        double backpropGradient(Parameter p) {
            int layers = network.layerCount();
            double sum = 0.0;
            for (int s = 0; s < inputs.length; s++) {
                checkWanted(s);
                forward(s);
                for (int l = layers; l >= p.layer; l--) {
                    Layer layer = network.layer(l);
                    if (l == layers) Backprop.outputDeltas(layer, loss, net[l], out[l], targets[s], delta[l]);
                    else Backprop.hiddenDeltas(layer, net[l], out[l], network.layer(l + 1), delta[l + 1], delta[l]);
                }
                double d = delta[p.layer][p.neuron];
                sum += p.isBias() ? d : Backprop.weightGradient(d, out[p.layer - 1][p.input]);
            }
            return scale * sum;
        }

        private void forward(int s) {
            out[0] = inputs[s];
            for (int l = 1; l <= network.layerCount(); l++) {
                Backprop.forwardLayer(network.layer(l), out[l - 1], net[l], out[l]);
            }
        }

        private void checkWanted(int sample) {
            if (sample % ABANDON_CHECK_EVERY == 0 && abandoned.getAsBoolean()) {
                throw new CancellationException("the weight slice is no longer wanted");
            }
        }
    }

    /** One weight or bias of a network, read and written in place. */
    private static final class Parameter {
        final Layer owner;
        final int layer;
        final int neuron;
        final int input;
        final boolean movable;

        private Parameter(Layer owner, int layer, int neuron, int input, boolean movable) {
            this.owner = owner;
            this.layer = layer;
            this.neuron = neuron;
            this.input = input;
            this.movable = movable;
        }

        static Parameter of(Network network, NetworkElement element) {
            Objects.requireNonNull(element, "parameter");
            if (element instanceof NetworkElement.Weight w) {
                Layer layer = layerOf(network, w.layer(), element);
                if (w.to() >= layer.outputs() || w.from() >= layer.inputs()) {
                    throw new IllegalArgumentException(describe(element) + " is outside layer " + w.layer() + " ("
                            + layer.outputs() + "×" + layer.inputs() + " weights)");
                }
                return new Parameter(layer, w.layer(), w.to(), w.from(), !layer.isWeightLocked(w.to(), w.from()));
            }
            if (element instanceof NetworkElement.Bias b) {
                Layer layer = layerOf(network, b.layer(), element);
                if (network.biasMode() == BiasMode.NONE) {
                    throw new IllegalArgumentException("this network has no biases, so there is no " + describe(element));
                }
                if (b.neuron() >= layer.outputs()) {
                    throw new IllegalArgumentException(describe(element) + " is outside layer " + b.layer() + " ("
                            + layer.outputs() + " neurons)");
                }
                boolean moves = network.biasMode() == BiasMode.TRAINABLE && !layer.isBiasLocked(b.neuron());
                return new Parameter(layer, b.layer(), b.neuron(), -1, moves);
            }
            throw new IllegalArgumentException("the error can be sliced along a weight or a bias, not along "
                    + describe(element));
        }

        private static Layer layerOf(Network network, int l, NetworkElement element) {
            if (l < 1 || l > network.layerCount()) {
                throw new IllegalArgumentException(describe(element) + " names layer " + l + " of a network with "
                        + network.layerCount() + " weight layers");
            }
            return network.layer(l);
        }

        private static String describe(NetworkElement e) {
            if (e instanceof NetworkElement.Weight w) return "weight (" + w.layer() + ", " + w.to() + ", " + w.from() + ")";
            if (e instanceof NetworkElement.Bias b) return "bias (" + b.layer() + ", " + b.neuron() + ")";
            NetworkElement.Neuron n = (NetworkElement.Neuron) e;
            return "neuron (" + n.layer() + ", " + n.index() + ")";
        }

        boolean isBias() { return input < 0; }

        boolean moves() { return movable; }

        double get() { return isBias() ? owner.bias(neuron) : owner.weight(neuron, input); }

        void set(double value) {
            if (isBias()) owner.setBias(neuron, value);
            else owner.setWeight(neuron, input, value);
        }
    }
}
