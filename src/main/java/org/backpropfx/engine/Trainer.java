package org.backpropfx.engine;

import java.util.Arrays;

import java.util.Objects;

/**
 * Trains a network on a data set, sample after sample, in the data set's order.
 *
 * <p>Every working array is allocated once, here, so that training a sample allocates nothing.
 * The deltas of a sample are always computed from the weights as they were before that sample's
 * update: weights change only when a batch ends, after the backward pass.
 */
public final class Trainer {
    private final Network network;
    private final DataSet data;
    private TrainingSettings settings;

    private final int layers;
    /** The network's layers, indexed from 1; a network's list of layers never changes. */
    private final Layer[] layer;
    private final double[][] net;
    private final double[][] out;
    private final double[][] delta;
    private final double[][] sumW;
    private final double[][] sumB;
    private final double[][] velW;
    private final double[][] velB;
    private final double[][] nextVelW;
    private final double[][] nextVelB;
    private final double[][] undoW;
    private final double[][] undoB;
    private final double[][] undoVelW;
    private final double[][] undoVelB;
    /** The batch gradients handed to a recorder, made at the first recorded update (the fast path needs none). */
    private final double[][] recordedGradW;
    private final double[][] recordedGradB;
    /** Each layer's size bound after the update being made (see {@link #provablyInRange}). */
    private final double[] nextBound;

    private int nextSample;
    private int samplesInBatch;
    private long epoch;
    private long samplesSeen;
    private long updates;
    private double epochLossSum;
    private int epochSamples;
    private double lastEpochLoss = Double.NaN;
    private double lastSampleLoss = Double.NaN;
    /** Samples of the epoch in progress whose output picked the target's class (when they were trained). */
    private int epochCorrect;
    private double lastEpochAccuracy = Double.NaN;

    public Trainer(Network network, DataSet data, TrainingSettings settings) {
        this.network = Objects.requireNonNull(network, "network");
        this.data = Objects.requireNonNull(data, "data");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (data.inputSize() != network.inputSize()) {
            throw new IllegalArgumentException("the samples have " + data.inputSize() + " inputs but the network "
                    + network.inputSize());
        }
        if (data.targetSize() != network.outputSize()) {
            throw new IllegalArgumentException("the samples have " + data.targetSize() + " targets but the network "
                    + network.outputSize() + " outputs");
        }
        layers = network.layerCount();
        layer = new Layer[layers + 1];
        for (int l = 1; l <= layers; l++) layer[l] = network.layer(l);
        net = new double[layers + 1][];
        out = new double[layers + 1][];
        delta = new double[layers + 1][];
        sumW = new double[layers + 1][];
        sumB = new double[layers + 1][];
        velW = new double[layers + 1][];
        velB = new double[layers + 1][];
        nextVelW = new double[layers + 1][];
        nextVelB = new double[layers + 1][];
        undoW = new double[layers + 1][];
        undoB = new double[layers + 1][];
        undoVelW = new double[layers + 1][];
        undoVelB = new double[layers + 1][];
        recordedGradW = new double[layers + 1][];
        recordedGradB = new double[layers + 1][];
        nextBound = new double[layers + 1];
        for (int l = 1; l <= layers; l++) {
            Layer layer = network.layer(l);
            net[l] = new double[layer.outputs()];
            out[l] = new double[layer.outputs()];
            delta[l] = new double[layer.outputs()];
            sumW[l] = new double[layer.weights.length];
            sumB[l] = new double[layer.outputs()];
            velW[l] = new double[layer.weights.length];
            velB[l] = new double[layer.outputs()];
            nextVelW[l] = new double[layer.weights.length];
            nextVelB[l] = new double[layer.outputs()];
            undoW[l] = new double[layer.weights.length];
            undoB[l] = new double[layer.outputs()];
            undoVelW[l] = new double[layer.weights.length];
            undoVelB[l] = new double[layer.outputs()];
        }
    }

    public Network network() { return network; }

    public DataSet data() { return data; }

    public TrainingSettings settings() { return settings; }

    /** New settings apply from the next sample; the batch sums and velocities are kept. */
    public void setSettings(TrainingSettings settings) { this.settings = Objects.requireNonNull(settings); }

    /** The index of the sample the next call to {@link #trainSample} trains on. */
    public int nextSample() { return nextSample; }

    /** Makes {@code index} the next sample; the epoch and the batch in progress carry on. */
    public void setNextSample(int index) {
        Objects.checkIndex(index, data.size());
        nextSample = index;
    }

    /** Completed epochs. */
    public long epoch() { return epoch; }

    public long samplesSeen() { return samplesSeen; }

    public long updates() { return updates; }

    /** Samples summed into the batch in progress. */
    public int samplesInBatch() { return samplesInBatch; }

    /** The mean per-sample error seen during the last completed epoch (NaN before the first). */
    public double lastEpochLoss() { return lastEpochLoss; }

    /** The regularisation penalty λ₂/2·Σw² + λ₁·Σ|w| of the weights as they are now (0 without regularisation). */
    public double penalty() {
        return Regularisation.penalty(network, settings.l1(), settings.l2());
    }

    /**
     * The share of the last completed epoch's samples whose output picked the target's class (see
     * {@link Classification}) as each was trained, before its own update, like {@link #lastEpochLoss()}
     * (NaN before the first epoch).
     */
    public double lastEpochAccuracy() { return lastEpochAccuracy; }

    /** Samples of the epoch in progress trained so far. */
    public int epochSamples() { return epochSamples; }

    /** Of those, the ones whose output picked the target's class. */
    public int epochCorrect() { return epochCorrect; }

    /** The error of the last sample trained (NaN before the first). */
    public double lastSampleLoss() { return lastSampleLoss; }

    /** Whether the sample about to be trained is the last of its batch, so its backward pass ends with an update. */
    public boolean nextSampleEndsBatch() {
        boolean lastOfEpoch = nextSample == data.size() - 1;
        return switch (settings.batchMode()) {
            case ONLINE -> true;
            case MINI_BATCH -> samplesInBatch + 1 >= settings.batchSize() || lastOfEpoch;
            case FULL_BATCH -> lastOfEpoch;
        };
    }

    /** Trains one sample with no recorder: the fast path. Returns the sample's error. */
    public double trainSample() {
        return trainSample(null);
    }

    /** Trains until the current epoch is complete; returns that epoch's mean per-sample error. */
    public double trainEpoch() {
        long start = epoch;
        while (epoch == start) trainSample(null);
        return lastEpochLoss;
    }

    /**
     * Trains one sample: forward pass layer by layer, error, deltas from the output layer back, and,
     * if the batch ends here, the weight update.
     *
     * @throws TrainingDivergedException if a net input, output, the error or a delta is not finite, or the
     *         update would move a weight or bias beyond {@link Network#MAX_MAGNITUDE}; the weights are then unchanged
     */
    public double trainSample(PhaseRecorder recorder) {
        int s = nextSample;
        double[] x = data.input(s);
        double[] target = data.target(s);
        boolean endsBatch = nextSampleEndsBatch();

        // Stepping (with a recorder) runs the textbook path of Backprop; continuous training its fast
        // kernels, which give the same bits.
        double[] in = x;
        for (int l = 1; l <= layers; l++) {
            if (recorder != null) {
                Backprop.forwardLayer(layer[l], in, net[l], out[l]);
                recorder.forward(l, net[l], out[l]);
            } else {
                FastKernels.forwardLayer(layer[l], in, net[l], out[l]);
            }
            in = out[l];
        }

        Loss loss = settings.loss();
        double sampleLoss = loss.sample(layer[layers].activation(), net[layers], out[layers], target);
        if (recorder != null) recorder.error(target, out[layers], sampleLoss);

        // A batch of one sample needs no running sums: the fast path goes straight to the update.
        boolean singleSampleBatch = endsBatch && samplesInBatch == 0 && recorder == null;
        for (int l = layers; l >= 1; l--) {
            if (l == layers) {
                Backprop.outputDeltas(layer[l], loss, net[l], out[l], target, delta[l]);
            } else if (recorder != null) {
                Backprop.hiddenDeltas(layer[l], net[l], out[l], layer[l + 1], delta[l + 1], delta[l]);
            } else {
                FastKernels.hiddenDeltas(layer[l], net[l], out[l], layer[l + 1], delta[l + 1], delta[l]);
            }
            if (singleSampleBatch) continue;
            double[] layerInput = l == 1 ? x : out[l - 1];
            if (recorder != null) {
                Backprop.accumulateGradients(delta[l], layerInput, sumW[l], sumB[l]);
                recorder.backward(l, delta[l], layerInput, sumW[l], sumB[l]);
            } else {
                FastKernels.accumulateGradients(delta[l], layerInput, sumW[l], sumB[l]);
            }
        }

        // Every value of the sample must be finite before any of it is kept: O(neurons), beside O(weights) above.
        if (!allFinite(sampleLoss)) throw nonFinite(s, sampleLoss);

        if (singleSampleBatch) {
            applySingleSampleUpdate(x, s);
        } else if (endsBatch) {
            applyUpdate(samplesInBatch + 1, recorder, s);
            samplesInBatch = 0;
        } else {
            samplesInBatch++;
        }

        lastSampleLoss = sampleLoss;
        epochLossSum += sampleLoss;
        if (Classification.isCorrect(out[layers], target)) epochCorrect++;
        epochSamples++;
        samplesSeen++;
        nextSample = s + 1;
        if (nextSample == data.size()) {
            nextSample = 0;
            lastEpochLoss = epochLossSum / epochSamples;
            lastEpochAccuracy = (double) epochCorrect / epochSamples;
            epochLossSum = 0.0;
            epochSamples = 0;
            epochCorrect = 0;
            epoch++;
        }
        return sampleLoss;
    }

    private void applyUpdate(int batchSize, PhaseRecorder recorder, int sample) {
        double scale = settings.loss().batchScale(batchSize);
        double rate = settings.learningRate();
        double mu = settings.momentum();
        boolean biasesMove = network.biasMode() == BiasMode.TRAINABLE;

        // Work out every change first and apply none if any weight would stop being a finite number.
        boolean regularised = settings.isRegularised();
        double l1 = settings.l1();
        double l2 = settings.l2();
        for (int l = 1; l <= layers; l++) {
            Layer layer = this.layer[l];
            double[] w = layer.weights;
            for (int k = 0; k < w.length; k++) {
                double g = scale * sumW[l][k];
                if (regularised) g = Regularisation.gradient(g, w[k], l1, l2);
                double v = layer.weightLocked[k] ? 0.0 : Backprop.velocity(velW[l][k], mu, rate, g);
                if (!inRange(w[k] + v)) throw diverged(sample);
                nextVelW[l][k] = v;
            }
            double[] b = layer.biases;
            for (int j = 0; j < b.length; j++) {
                boolean moves = biasesMove && !layer.biasLocked[j];
                double v = moves ? Backprop.velocity(velB[l][j], mu, rate, scale * sumB[l][j]) : 0.0;
                if (!inRange(b[j] + v)) throw diverged(sample);
                nextVelB[l][j] = v;
            }
        }

        for (int l = 1; l <= layers; l++) {
            Layer layer = this.layer[l];
            double[] w = layer.weights;
            double[] b = layer.biases;
            layer.changed();
            for (int k = 0; k < w.length; k++) w[k] += nextVelW[l][k];
            for (int j = 0; j < b.length; j++) b[j] += nextVelB[l][j];
            if (recorder != null) {
                // the recorder copies what it keeps: the gradients go through working arrays made once
                if (recordedGradW[l] == null) {
                    recordedGradW[l] = new double[w.length];
                    recordedGradB[l] = new double[b.length];
                }
                double[] gradW = recordedGradW[l];
                double[] gradB = recordedGradB[l];
                for (int k = 0; k < w.length; k++) gradW[k] = scale * sumW[l][k];
                for (int j = 0; j < b.length; j++) gradB[j] = scale * sumB[l][j];
                recorder.update(l, gradW, gradB, nextVelW[l], nextVelB[l], w, b);
            }
            // v is momentum's memory of the last change: without momentum there is none to keep.
            if (mu != 0.0) {
                System.arraycopy(nextVelW[l], 0, velW[l], 0, w.length);
                System.arraycopy(nextVelB[l], 0, velB[l], 0, b.length);
            }
            Arrays.fill(sumW[l], 0.0);
            Arrays.fill(sumB[l], 0.0);
        }
        updates++;
    }

    /**
     * The update after a batch of one sample, in one pass and without the running sums. It is the
     * arithmetic of {@link #applyUpdate} on sums that start at zero and hold this one sample's gradient
     * (the {@code 0.0 +} keeps even the sign of a zero gradient the same), so both give the same bits.
     * Old values are kept aside as they are overwritten, to be put back if any result is not finite.
     */
    private void applySingleSampleUpdate(double[] x, int sample) {
        double scale = settings.loss().batchScale(1);
        double rate = settings.learningRate();
        double mu = settings.momentum();
        boolean biasesMove = network.biasMode() == BiasMode.TRAINABLE;
        boolean finite = true;
        boolean regularised = settings.isRegularised();
        double l1 = settings.l1();
        double l2 = settings.l2();
        if (mu == 0.0 && !regularised && biasesMove && provablyInRange(x, scale, rate)) {
            for (int l = 1; l <= layers; l++) {
                FastKernels.step(layer[l].weights, layer[l].biases, delta[l], l == 1 ? x : out[l - 1], scale, rate);
                layer[l].setSizeBound(nextBound[l]);
            }
            updates++;
            return;
        }
        // the updates below are checked value by value and keep no bound
        for (int l = 1; l <= layers; l++) layer[l].changed();
        for (int l = 1; l <= layers; l++) {
            Layer layer = this.layer[l];
            double[] in = l == 1 ? x : out[l - 1];
            double[] d = delta[l];
            double[] w = layer.weights;
            if (mu == 0.0 && !regularised && !layer.anyWeightLocked()) {
                finite &= FastKernels.descend(w, d, in, scale, rate, undoW[l]);
            } else {
                finite &= updateWeights(layer, in, d, scale, rate, mu, l1, l2, l);
            }
            double[] b = layer.biases;
            if (mu == 0.0 && biasesMove && !layer.anyBiasLocked()) {
                finite &= FastKernels.descendBiases(b, d, scale, rate, undoB[l]);
                continue;
            }
            double[] velBias = velB[l];
            double[] oldB = undoB[l];
            double[] oldVelB = undoVelB[l];
            for (int j = 0; j < b.length; j++) {
                boolean moves = biasesMove && !layer.biasLocked[j];
                double v = moves ? Backprop.velocity(velBias[j], mu, rate, scale * (0.0 + d[j])) : 0.0;
                double updated = b[j] + v;
                finite &= inRange(updated);
                oldB[j] = b[j];
                b[j] = updated;
                if (mu != 0.0) {
                    oldVelB[j] = velBias[j];
                    velBias[j] = v;
                }
            }
        }
        if (!finite) {
            for (int l = 1; l <= layers; l++) {
                System.arraycopy(undoW[l], 0, layer[l].weights, 0, undoW[l].length);
                System.arraycopy(undoB[l], 0, layer[l].biases, 0, undoB[l].length);
                if (mu != 0.0) {
                    System.arraycopy(undoVelW[l], 0, velW[l], 0, undoVelW[l].length);
                    System.arraycopy(undoVelB[l], 0, velB[l], 0, undoVelB[l].length);
                }
            }
            throw diverged(sample);
        }
        updates++;
    }

    /**
     * Whether the plain update of this sample (no momentum, regularisation or lock) provably leaves every
     * weight and bias within {@link Network#MAX_MAGNITUDE}; if so, {@link #nextBound} holds each layer's
     * bound after it. A value moves by |η·scale·δ_j·x_i| at most, so it stays below the layer's bound plus
     * η·scale·max|δ|·max(1, max|x|), with a margin for rounding. A bound that has grown past the limit is
     * first replaced by the largest value as it is (a pass over the layer, rare: the bound grows slowly).
     */
    private boolean provablyInRange(double[] x, double scale, double rate) {
        for (int l = 1; l <= layers; l++) {
            Layer layer = this.layer[l];
            if (layer.anyWeightLocked() || layer.anyBiasLocked()) return false;
            double[] in = l == 1 ? x : out[l - 1];
            // sigmoid, tanh and softmax outputs are at most 1 in size: no need to look at them
            double inputSize = l > 1 && outputsWithinOne(this.layer[l - 1].activation()) ? 1.0
                    : Math.max(1.0, FastKernels.maxAbs(in));
            double move = Math.abs(rate * scale) * FastKernels.maxAbs(delta[l]) * inputSize;
            double after = grown(layer.sizeBound(), move);
            if (!(after <= Network.MAX_MAGNITUDE)) {
                layer.changed();
                after = grown(layer.sizeBound(), move);
                if (!(after <= Network.MAX_MAGNITUDE)) return false;
            }
            nextBound[l] = after;
        }
        return true;
    }

    /** Whether every output of the activation is within [−1, 1]. */
    private static boolean outputsWithinOne(Activation f) {
        return switch (f) {
            case SIGMOID, TANH, SOFTMAX -> true;
            case RELU, IDENTITY -> false;
        };
    }

    /** A bound on |w + v| for |w| ≤ bound and |v| ≤ move, with room for the rounding of v's four operations and the sum. */
    private static double grown(double bound, double move) {
        return (bound + move) * (1.0 + 1e-9) + Double.MIN_NORMAL;
    }

    /** One layer's weights with momentum, regularisation or locks, weight by weight; whether all stay finite. */
    private boolean updateWeights(Layer layer, double[] in, double[] d, double scale, double rate, double mu,
                                  double l1, double l2, int l) {
        boolean regularised = l1 != 0.0 || l2 != 0.0;
        double[] w = layer.weights;
        boolean[] locked = layer.weightLocked;
        double[] vel = velW[l];
        double[] oldW = undoW[l];
        double[] oldVel = undoVelW[l];
        int n = in.length;
        boolean finite = true;
        for (int j = 0, row = 0; j < d.length; j++, row += n) {
            double dj = d[j];
            for (int i = 0; i < n; i++) {
                int k = row + i;
                double gradient = scale * (0.0 + Backprop.weightGradient(dj, in[i]));
                if (regularised) gradient = Regularisation.gradient(gradient, w[k], l1, l2);
                double v = locked[k] ? 0.0 : Backprop.velocity(vel[k], mu, rate, gradient);
                double updated = w[k] + v;
                finite &= inRange(updated);
                oldW[k] = w[k];
                w[k] = updated;
                if (mu != 0.0) {
                    oldVel[k] = vel[k];
                    vel[k] = v;
                }
            }
        }
        return finite;
    }

    /** Within {@link Network#MAX_MAGNITUDE} (so finite and not NaN): what a weight or bias may become. */
    private static boolean inRange(double value) {
        return Math.abs(value) <= Network.MAX_MAGNITUDE;
    }

    /** Whether the net inputs, outputs and deltas of the sample just computed, and its error, are all finite. */
    private boolean allFinite(double sampleLoss) {
        // v * 0.0 is 0.0 for a finite v and NaN for NaN and both infinities, and a sum holding a NaN is NaN:
        // one multiply-add per value and one comparison for the whole sample, no branch and no flag per value.
        double zero = sampleLoss * 0.0;
        for (int l = 1; l <= layers; l++) {
            double[] n = net[l];
            double[] o = out[l];
            double[] d = delta[l];
            for (int j = 0; j < n.length; j++) zero += n[j] * 0.0 + o[j] * 0.0 + d[j] * 0.0;
        }
        return zero == 0.0;
    }

    /** The first value of the sample, in the order it computes them, that is not finite. */
    private TrainingDivergedException nonFinite(int sample, double sampleLoss) {
        for (int l = 1; l <= layers; l++) {
            for (double v : net[l]) if (!Double.isFinite(v)) return diverged(sample, TrainingDivergedException.Cause.NET_INPUT, l, v);
            for (double v : out[l]) if (!Double.isFinite(v)) return diverged(sample, TrainingDivergedException.Cause.OUTPUT, l, v);
        }
        if (!Double.isFinite(sampleLoss)) return diverged(sample, TrainingDivergedException.Cause.ERROR, 0, sampleLoss);
        for (int l = layers; l >= 1; l--) {
            for (double v : delta[l]) if (!Double.isFinite(v)) return diverged(sample, TrainingDivergedException.Cause.DELTA, l, v);
        }
        throw new IllegalStateException("every value is finite");
    }

    private TrainingDivergedException diverged(int sample) {
        return diverged(sample, TrainingDivergedException.Cause.WEIGHT, 0, 0.0);
    }

    private TrainingDivergedException diverged(int sample, TrainingDivergedException.Cause cause, int l, double value) {
        // Undo the half-made sample: its gradients must not linger in the batch sums.
        for (int k = 1; k <= layers; k++) {
            Arrays.fill(sumW[k], 0.0);
            Arrays.fill(sumB[k], 0.0);
        }
        samplesInBatch = 0;
        return new TrainingDivergedException(epoch, sample, cause, l, Double.isNaN(value));
    }

    /** Clears momentum, batch sums and counters, as if training had not begun. The weights stay. */
    public void resetProgress() {
        for (int l = 1; l <= layers; l++) {
            Arrays.fill(sumW[l], 0.0);
            Arrays.fill(sumB[l], 0.0);
            Arrays.fill(velW[l], 0.0);
            Arrays.fill(velB[l], 0.0);
        }
        nextSample = 0;
        samplesInBatch = 0;
        epoch = 0;
        samplesSeen = 0;
        updates = 0;
        epochLossSum = 0.0;
        epochSamples = 0;
        lastEpochLoss = Double.NaN;
        lastSampleLoss = Double.NaN;
        epochCorrect = 0;
        lastEpochAccuracy = Double.NaN;
    }

    /** Everything training changes, copied: weights, biases, velocities, batch sums and counters. */
    public TrainerState saveState() {
        double[][] w = new double[layers + 1][];
        double[][] b = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            w[l] = network.layer(l).weights.clone();
            b[l] = network.layer(l).biases.clone();
        }
        return new TrainerState(w, b, copyUnlessZero(velW), copyUnlessZero(velB), copyUnlessZero(sumW),
                copyUnlessZero(sumB), nextSample, samplesInBatch,
                epoch, samplesSeen, updates, epochLossSum, epochSamples, lastEpochLoss, lastSampleLoss,
                epochCorrect, lastEpochAccuracy);
    }

    /** Puts back a state saved from this trainer, bit for bit. */
    public void restoreState(TrainerState state) {
        for (int l = 1; l <= layers; l++) {
            System.arraycopy(state.weights()[l], 0, network.layer(l).weights, 0, network.layer(l).weights.length);
            System.arraycopy(state.biases()[l], 0, network.layer(l).biases, 0, network.layer(l).biases.length);
            network.layer(l).changed();
            restore(state.velocityW()[l], velW[l]);
            restore(state.velocityB()[l], velB[l]);
            restore(state.sumW()[l], sumW[l]);
            restore(state.sumB()[l], sumB[l]);
        }
        nextSample = state.nextSample();
        samplesInBatch = state.samplesInBatch();
        epoch = state.epoch();
        samplesSeen = state.samplesSeen();
        updates = state.updates();
        epochLossSum = state.epochLossSum();
        epochSamples = state.epochSamples();
        lastEpochLoss = state.lastEpochLoss();
        lastSampleLoss = state.lastSampleLoss();
        epochCorrect = state.epochCorrect();
        lastEpochAccuracy = state.lastEpochAccuracy();
    }

    /**
     * Velocities and batch sums stay all zero without momentum and in online training: such a layer is
     * saved as null instead of a copy. The rewind history holds thousands of states, and for a large
     * network those zeros would be most of its memory.
     */
    private static double[][] copyUnlessZero(double[][] arrays) {
        double[][] copy = new double[arrays.length][];
        for (int l = 0; l < arrays.length; l++) {
            if (arrays[l] != null && !allPositiveZero(arrays[l])) copy[l] = arrays[l].clone();
        }
        return copy;
    }

    private static boolean allPositiveZero(double[] values) {
        for (double v : values) if (Double.doubleToRawLongBits(v) != 0L) return false;
        return true;
    }

    private static void restore(double[] saved, double[] into) {
        if (saved == null) Arrays.fill(into, 0.0);
        else System.arraycopy(saved, 0, into, 0, into.length);
    }
}
