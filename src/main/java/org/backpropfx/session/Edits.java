package org.backpropfx.session;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.NetworkEdits;
import org.backpropfx.engine.OutputRules;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * The edits a user can make, each with a label for the Undo menu. Weights are named w(layer: to←from)
 * with neurons counted from 1, as the formulas count them.
 *
 * <p>Values, locks, activations and the bias mode change the current network and keep the training
 * progress. A change of shape or samples is made to the lesson's network and the current one alike
 * (new weights are drawn with the lesson's seed, so both get the same ones), and training starts afresh
 * from the current weights.
 */
public final class Edits {
    private Edits() {
    }

    // --- values and locks ------------------------------------------------------------------------

    /** Sets weight w(layer: to←from) of the current network. */
    public static Edit setWeight(int layer, int to, int from, double value) {
        return network(Texts.get("edit.set", weightName(layer, to, from), Texts.decimal(text(value))),
                n -> n.layer(layer).setWeight(to, from, value));
    }

    /**
     * Sets a bias as the notation writes it: in the MIT notation {@code shown} is w₀, the weight on the
     * constant −1 input, so the engine's bias becomes −w₀.
     */
    public static Edit setBias(int layer, int neuron, double shown, Notation notation) {
        double engine = notation.engineBias(shown);
        return network(Texts.get("edit.set", biasName(layer, neuron, notation), Texts.decimal(text(shown))), n -> {
            requireBiases(n);
            n.layer(layer).setBias(neuron, engine);
        });
    }

    /** Sets the value of a weight, or the bias of a bias or non-input neuron, as the notation writes it. */
    public static Edit setValue(NetworkElement element, double shown, Notation notation) {
        if (element instanceof NetworkElement.Weight w) return setWeight(w.layer(), w.to(), w.from(), shown);
        NetworkElement.Bias b = biasOf(element);
        return setBias(b.layer(), b.neuron(), shown, notation);
    }

    /**
     * Adds {@code shownStep} to a weight or bias (as the notation writes it). Successive nudges of the same
     * element are undone as one.
     */
    public static Edit nudge(NetworkElement element, double shownStep, Notation notation) {
        NetworkElement target = element instanceof NetworkElement.Weight ? element : biasOf(element);
        String name = nameOf(target, notation);
        Consumer<Network> change = n -> {
            if (target instanceof NetworkElement.Weight w) {
                Layer layer = n.layer(w.layer());
                layer.setWeight(w.to(), w.from(), requireBounded(layer.weight(w.to(), w.from()) + shownStep));
            } else {
                NetworkElement.Bias b = (NetworkElement.Bias) target;
                requireBiases(n);
                Layer layer = n.layer(b.layer());
                double shown = notation.bias(layer.bias(b.neuron())) + shownStep;
                layer.setBias(b.neuron(), notation.engineBias(requireBounded(shown)));
            }
        };
        return new Edit() {
            @Override public String label() { return Texts.get("edit.nudge", name); }

            @Override public void applyTo(EditTarget t) { t.changeNetwork(change); }

            @Override public Object mergeKey() { return List.of("nudge", target); }
        };
    }

    /** Locks (training leaves it alone) or unlocks a weight, or the bias of a bias or neuron. */
    public static Edit setLocked(NetworkElement element, boolean locked, Notation notation) {
        NetworkElement target = element instanceof NetworkElement.Weight ? element : biasOf(element);
        return network(Texts.get(locked ? "edit.lock" : "edit.unlock", nameOf(target, notation)), n -> {
            if (target instanceof NetworkElement.Weight w) {
                n.layer(w.layer()).setWeightLocked(w.to(), w.from(), locked);
            } else {
                NetworkElement.Bias b = (NetworkElement.Bias) target;
                requireBiases(n);
                n.layer(b.layer()).setBiasLocked(b.neuron(), locked);
            }
        });
    }

    /** Locks the element if it is unlocked in {@code s}, else unlocks it. */
    public static Edit toggleLock(NetworkElement element, Snapshot s, Notation notation) {
        return setLocked(element, !isLocked(element, s), notation);
    }

    /** Whether the weight, or the bias of a bias or neuron, is locked in the snapshot. */
    public static boolean isLocked(NetworkElement element, Snapshot s) {
        if (element instanceof NetworkElement.Weight w) return s.isWeightLocked(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = biasOf(element);
        return s.isBiasLocked(b.layer(), b.neuron());
    }

    /** Puts a weight (or the bias of a bias or neuron) back to the value the lesson starts from. */
    public static Edit resetToLesson(NetworkElement element, Notation notation) {
        NetworkElement target = element instanceof NetworkElement.Weight ? element : biasOf(element);
        return new Edit() {
            @Override public String label() { return Texts.get("network.menu.reset", nameOf(target, notation)); }

            @Override public void applyTo(EditTarget t) {
                Layer from = t.lesson().network().layer(target.layer());
                t.changeNetwork(n -> {
                    Layer to = n.layer(target.layer());
                    if (target instanceof NetworkElement.Weight w) {
                        to.setWeight(w.to(), w.from(), from.weight(w.to(), w.from()));
                    } else {
                        NetworkElement.Bias b = (NetworkElement.Bias) target;
                        to.setBias(b.neuron(), from.bias(b.neuron()));
                    }
                });
            }
        };
    }

    /** Puts every weight and bias of weight layer {@code layer} back to the lesson's values. */
    public static Edit resetLayerToLesson(int layer, int layerCount) {
        return new Edit() {
            @Override public String label() {
                return Texts.get("edit.resetLayer", Words.ofLayer(layer, layerCount));
            }

            @Override public void applyTo(EditTarget t) {
                Layer from = t.lesson().network().layer(layer);
                t.changeNetwork(n -> copyValues(from, n.layer(layer)));
            }
        };
    }

    /** Puts every weight and bias back to the lesson's values; the training progress stays. */
    public static Edit resetAllToLesson() {
        return new Edit() {
            @Override public String label() { return Texts.get("menu.edit.resetAll"); }

            @Override public void applyTo(EditTarget t) {
                Network from = t.lesson().network();
                t.changeNetwork(n -> {
                    for (int l = 1; l <= n.layerCount(); l++) copyValues(from.layer(l), n.layer(l));
                });
            }
        };
    }

    /**
     * New random weights for every unlocked weight and bias, drawn with {@code seed}; they become the
     * lesson's starting weights and training starts again from them.
     */
    public static Edit randomise(InitMethod method, double range, long seed) {
        Objects.requireNonNull(method, "method");
        String how = method == InitMethod.UNIFORM ? Texts.get("edit.uniform", Texts.decimal(text(range))) : method.id();
        return new Edit() {
            @Override public String label() { return Texts.get("edit.randomise", how, Long.toString(seed)); }

            @Override public void applyTo(EditTarget t) {
                Network network = t.network();
                Initializer.initialize(network, method, range, seed);
                Lesson l = t.lesson();
                t.restart(l.withInitialisation(network, method, range, seed));
            }
        };
    }

    /** Back to the lesson's start: its weights, first sample, epoch 0. */
    public static Edit resetToStart() {
        return new Edit() {
            @Override public String label() { return Texts.get("menu.train.reset"); }

            @Override public void applyTo(EditTarget t) { t.restart(t.lesson()); }
        };
    }

    // --- the network's make-up -------------------------------------------------------------------

    /** Inserts a hidden layer so that it becomes weight layer {@code position} (1 = right after the inputs). */
    public static Edit addHiddenLayer(int position, int neurons, Activation activation) {
        return shape(neurons == 1 ? Texts.get("edit.addLayer.one") : Texts.get("edit.addLayer", neurons),
                (n, seed) -> NetworkEdits.addHiddenLayer(n, position, neurons, activation, seed));
    }

    /** Removes hidden layer {@code layer}. */
    public static Edit removeHiddenLayer(int layer) {
        return shape(Texts.get("edit.removeLayer", layer), (n, seed) -> NetworkEdits.removeHiddenLayer(n, layer, seed));
    }

    /** Gives hidden layer {@code layer} another number of neurons, keeping the weights that still fit. */
    public static Edit resizeLayer(int layer, int neurons) {
        return shape(neurons == 1 ? Texts.get("edit.resize.one", layer) : Texts.get("edit.resize", layer, neurons), (n, seed) -> {
            if (layer < 1 || layer >= n.layerCount()) {
                throw new IllegalArgumentException(Texts.get("edit.onlyHidden", n.layerCount() - 1));
            }
            return NetworkEdits.resizeLayer(n, layer, neurons, seed);
        });
    }

    /** Another activation for weight layer {@code layer}. */
    public static Edit setActivation(int layer, Activation activation) {
        return both(Texts.get("edit.activation", activation.id(), layer), n -> n.layer(layer).setActivation(activation));
    }

    /** Trainable, locked or no biases. Without biases every bias is zero. */
    public static Edit setBiasMode(BiasMode mode) {
        return both(Texts.get("edit.biases", mode.id()), n -> n.setBiasMode(mode));
    }

    // --- settings ----------------------------------------------------------------------------------

    /** New training settings from the current sample on. */
    public static Edit setSettings(TrainingSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new Edit() {
            @Override public String label() { return Texts.get("edit.settings"); }

            @Override public void applyTo(EditTarget t) { t.changeSettings(settings); }
        };
    }

    /** How re-randomising draws weights; the weights themselves stay. */
    public static Edit setInitialisation(InitMethod method, double range, long seed) {
        Objects.requireNonNull(method, "method");
        if (!(range > 0.0 && range <= 100.0)) {
            throw new IllegalArgumentException("the initial range must be above 0 and at most 100, not " + range);
        }
        return new Edit() {
            @Override public String label() { return Texts.get("edit.init"); }

            @Override public void applyTo(EditTarget t) {
                Lesson l = t.lesson();
                t.changeLesson(l.withInitialisation(l.network(), method, range, seed));
            }
        };
    }

    // --- the samples -------------------------------------------------------------------------------

    /**
     * New training samples. If they have another number of inputs or targets the input and output layers
     * are resized to fit (test samples that no longer fit are dropped); training starts afresh. Samples with
     * one target on a softmax output (which needs two or more) turn it into one sigmoid output, and
     * cross-entropy into binary cross-entropy (half-SSE if a target lies outside [0, 1]); the label says so.
     */
    public static Edit setData(DataSet data, String label) {
        return setData(data, null, label);
    }

    /**
     * New training samples, as {@link #setData(DataSet, String)}, with these class names (one per output, or
     * empty for none); null keeps the lesson's names while the number of outputs stays.
     */
    public static Edit setData(DataSet data, List<String> classNames, String label) {
        Objects.requireNonNull(data, "data");
        return new Edit() {
            /** The label with what was adapted to one output, or null when nothing was. */
            private String adapted;

            @Override public String label() { return adapted == null ? label : adapted; }

            @Override public void applyTo(EditTarget t) {
                Lesson l = t.lesson();
                Network base = fitTo(l.network(), data, l.seed());
                Network current = fitTo(t.network(), data, l.seed());
                DataSet test = l.testData();
                if (test != null && (test.inputSize() != data.inputSize() || test.targetSize() != data.targetSize())) {
                    test = null;
                }
                TrainingSettings settings = l.settings();
                adapted = null;
                int out = base.layerCount();
                if (data.targetSize() < 2 && base.layer(out).activation() == Activation.SOFTMAX) {
                    base.layer(out).setActivation(Activation.SIGMOID);
                    current.layer(out).setActivation(Activation.SIGMOID);
                    adapted = Texts.get("edit.oneOutput", label);
                    if (settings.loss() == Loss.CROSS_ENTROPY) {
                        Loss loss = OutputRules.firstBadTarget(Loss.BINARY_CROSS_ENTROPY, data) < 0
                                ? Loss.BINARY_CROSS_ENTROPY : Loss.HALF_SSE;
                        settings = settings.withLoss(loss);
                        adapted = Texts.get("edit.oneOutput.loss", label, loss.id());
                    }
                }
                // Network and loss change together: neither would be allowed without the other.
                List<String> names = classNames != null ? classNames
                        : l.classNames().size() == data.targetSize() ? l.classNames() : List.of();
                t.replace(new Lesson(l.title(), l.note(), l.notation(), base, data, test, settings, l.initMethod(),
                        l.initRange(), l.seed(), names,
                        ScriptStop.fitTo(l.script(), base, data.size())), current);
            }
        };
    }

    /** The lesson's lecture script replaced by {@code stops} (empty for none); the training state stays. */
    public static Edit setScript(List<ScriptStop> stops, String label) {
        List<ScriptStop> copy = List.copyOf(stops);
        return new Edit() {
            @Override public String label() { return label; }

            @Override public void applyTo(EditTarget t) { t.changeLesson(t.lesson().withScript(copy)); }
        };
    }

    /** Appends a sample. */
    public static Edit addSample(DataSet now, double[] input, double[] target) {
        double[][] inputs = Arrays.copyOf(now.inputsCopy(), now.size() + 1);
        double[][] targets = Arrays.copyOf(now.targetsCopy(), now.size() + 1);
        inputs[now.size()] = input.clone();
        targets[now.size()] = target.clone();
        return setData(new DataSet(inputs, targets), Texts.get("edit.addSample", now.size() + 1));
    }

    /** Replaces sample {@code index} (0-based). */
    public static Edit setSample(DataSet now, int index, double[] input, double[] target) {
        Objects.checkIndex(index, now.size());
        double[][] inputs = now.inputsCopy();
        double[][] targets = now.targetsCopy();
        inputs[index] = input.clone();
        targets[index] = target.clone();
        return setData(new DataSet(inputs, targets), Texts.get("edit.editSample", index + 1));
    }

    /** Deletes sample {@code index} (0-based); the last one cannot go. */
    public static Edit deleteSample(DataSet now, int index) {
        Objects.checkIndex(index, now.size());
        if (now.size() == 1) throw new IllegalArgumentException(Texts.get("edit.oneSample"));
        double[][] inputs = new double[now.size() - 1][];
        double[][] targets = new double[now.size() - 1][];
        for (int s = 0, k = 0; s < now.size(); s++) {
            if (s == index) continue;
            inputs[k] = now.input(s);
            targets[k++] = now.target(s);
        }
        return setData(new DataSet(inputs, targets), Texts.get("edit.deleteSample", index + 1));
    }

    // --- names -------------------------------------------------------------------------------------

    /** "w(1: 2←1)": the weight from neuron 1 of the layer before into neuron 2 of layer 1. */
    public static String weightName(int layer, int to, int from) {
        return "w(" + layer + ": " + (to + 1) + "←" + (from + 1) + ")";
    }

    /** "w₀(1: 2)" in the MIT notation, "b(1: 2)" otherwise: the bias of neuron 2 of layer 1. */
    public static String biasName(int layer, int neuron, Notation notation) {
        return notation.biasSymbol() + "(" + layer + ": " + (neuron + 1) + ")";
    }

    /** The name of a weight, or of the bias of a bias or neuron. */
    public static String nameOf(NetworkElement element, Notation notation) {
        if (element instanceof NetworkElement.Weight w) return weightName(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = biasOf(element);
        return biasName(b.layer(), b.neuron(), notation);
    }

    /** Whether the element holds a value a user can type: a weight, a bias, or a neuron with a bias. */
    public static boolean isEditable(NetworkElement element) {
        return element instanceof NetworkElement.Weight || element instanceof NetworkElement.Bias
                || (element instanceof NetworkElement.Neuron n && n.layer() > 0);
    }

    /** The bias an element stands for: itself, or a neuron's own. */
    public static NetworkElement.Bias biasOf(NetworkElement element) {
        if (element instanceof NetworkElement.Bias b) return b;
        if (element instanceof NetworkElement.Neuron n && n.layer() > 0) return new NetworkElement.Bias(n.layer(), n.index());
        throw new IllegalArgumentException("an input has no weight or bias of its own");
    }

    /** A value as short as it can be written without losing what was typed. */
    static String text(double value) {
        BigDecimal d = new BigDecimal(value, MathContext.DECIMAL64).round(new MathContext(10)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        String s = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e7) ? d.toPlainString() : d.toString();
        return s.replace('-', '−');
    }

    // --- helpers -----------------------------------------------------------------------------------

    private interface ShapeChange {
        Network apply(Network network, long seed);
    }

    private static Edit network(String label, Consumer<Network> change) {
        return new Edit() {
            @Override public String label() { return label; }

            @Override public void applyTo(EditTarget t) { t.changeNetwork(change); }
        };
    }

    /** The same change to the lesson's network and the current one; the training progress stays. */
    private static Edit both(String label, Consumer<Network> change) {
        return new Edit() {
            @Override public String label() { return label; }

            @Override public void applyTo(EditTarget t) {
                Network base = t.lesson().network();
                change.accept(base);
                t.changeLesson(t.lesson().withNetwork(base));
                t.changeNetwork(change);
            }
        };
    }

    private static Edit shape(String label, ShapeChange change) {
        return new Edit() {
            @Override public String label() { return label; }

            @Override public void applyTo(EditTarget t) {
                Lesson l = t.lesson();
                Network base = change.apply(l.network(), l.seed());
                Network current = change.apply(t.network(), l.seed());
                t.replace(l.withNetwork(base), current);
            }
        };
    }

    private static Network fitTo(Network network, DataSet data, long seed) {
        Network fitted = network;
        if (data.inputSize() != fitted.inputSize()) fitted = NetworkEdits.resizeLayer(fitted, 0, data.inputSize(), seed);
        if (data.targetSize() != fitted.outputSize()) {
            fitted = NetworkEdits.resizeLayer(fitted, fitted.layerCount(), data.targetSize(), seed);
        }
        return fitted;
    }

    private static void copyValues(Layer from, Layer to) {
        to.setWeights(from.weightsCopy());
        to.setBiases(from.biasesCopy());
    }

    private static void requireBiases(Network n) {
        if (n.biasMode() == BiasMode.NONE) {
            throw new IllegalArgumentException(Texts.get("edit.noBiases"));
        }
    }

    private static double requireBounded(double value) {
        if (!(Math.abs(value) <= NumberInput.MAX_MAGNITUDE)) {
            throw new IllegalArgumentException(Texts.get("edit.tooLarge", Texts.decimal(text(NumberInput.MAX_MAGNITUDE)),
                    Texts.decimal(text(value))));
        }
        return value;
    }
}
