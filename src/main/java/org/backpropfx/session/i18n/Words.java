package org.backpropfx.session.i18n;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.Notation;
import org.backpropfx.quiz.Question;
import org.backpropfx.quiz.Slip;
import org.backpropfx.quiz.SlipCandidate;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * The names the window gives to the parts of a network and to the phases, in its language. The model
 * layers have their own English names for the trace and the exports ({@link Phase#describe},
 * {@code Quiz.neuronName}); the window says the same things with these.
 */
public final class Words {
    private Words() {
    }

    /** "Forward — layer 2 of 3", "Error", "Backward — deltas of hidden layer 1", "Update weights", "Ready". */
    public static String phase(Snapshot s) {
        return s.phase() == null ? Texts.get("phase.ready") : phase(s.phase(), s.layerCount());
    }

    public static String phase(Phase p, int layers) {
        return switch (p.kind()) {
            case FORWARD -> Texts.get("phase.forward", p.layer(), layers);
            case ERROR -> Texts.get("phase.error");
            case BACKWARD -> Texts.get("phase.backward", ofLayer(p.layer(), layers));
            case UPDATE -> Texts.get("phase.update");
        };
    }

    /** "the input layer", "hidden layer 2", "the output layer". */
    public static String layerName(int layer, int layers) {
        if (layer == 0) return Texts.get("layer.input");
        return layer == layers ? Texts.get("layer.output") : Texts.get("layer.hidden", layer);
    }

    /** A layer's name as a heading: "Input layer", "Hidden layer 2", "Output layer". */
    public static String layerTitle(int layer, int layers) {
        if (layer == 0) return Texts.get("layer.title.input");
        return layer == layers ? Texts.get("layer.title.output") : Texts.get("layer.title.hidden", layer);
    }

    /** "of the input layer", "of hidden layer 2", "of the output layer" (in German the genitive). */
    public static String ofLayer(int layer, int layers) {
        if (layer == 0) return Texts.get("layer.of.input");
        return layer == layers ? Texts.get("layer.of.output") : Texts.get("layer.of.hidden", layer);
    }

    /** "input 1", "hidden neuron 2 of layer 1", "output neuron 1" — counted from 1 as people count. */
    public static String neuronName(int layer, int j, int layers) {
        if (layer == 0) return Texts.get("neuron.input", j + 1);
        if (layer == layers) return Texts.get("neuron.output", j + 1);
        return Texts.get("neuron.hidden", j + 1, layer);
    }

    /** A quiz question in the window's language, e.g. "What is γ of output neuron 1?". */
    public static String question(Question q, Notation n, int layers) {
        NetworkElement e = q.element();
        return switch (q.quantity()) {
            case NET_INPUT -> Texts.get("quiz.ask.value", n.netSymbol(), neuronName(e.layer(), index(e), layers));
            case OUTPUT -> Texts.get("quiz.ask.value", n.outSymbol(), neuronName(e.layer(), index(e), layers));
            case ERROR -> Texts.get("quiz.ask.error", n.objectiveSymbol());
            case DELTA -> Texts.get("quiz.ask.value", n.deltaSymbol(), neuronName(e.layer(), index(e), layers));
            case NEW_WEIGHT -> {
                NetworkElement.Weight w = (NetworkElement.Weight) e;
                yield Texts.get("quiz.ask.weight", neuronName(w.layer() - 1, w.from(), layers),
                        neuronName(w.layer(), w.to(), layers));
            }
        };
    }

    /** A slip of a hand calculation, in the notation's symbols: "the learning rate r forgotten". */
    public static String slip(Slip slip, Notation n) {
        String key = "slip." + slip.id();
        return switch (slip) {
            case SLOPE_LEFT_OUT -> Texts.get(key, n.sigmoidSlopeAsWritten());
            case SIGN_FLIPPED -> Texts.get(key, n.errorDifference());
            case RATE_FORGOTTEN -> Texts.get(key, n.rateSymbol());
            case INPUT_OUTPUT_SWAPPED -> Texts.get(key, n.netSymbol(), n.outSymbol());
            case SLOPE_KEPT -> Texts.get(key, n.sigmoidSlope(), n.deltaSymbol() + " = " + n.errorDifference("y", n.outSymbol()));
            case SOFTMAX_NOT_DIVIDED -> Texts.get(key, n.netSymbol());
            case SOFTMAX_AS_SIGMOID, LOG_TEN -> Texts.get(key);
            case HALF, NEW_WEIGHTS_IN_BACKWARD, ONE_TERM, BIAS_INPUT_PLUS_ONE -> Texts.get(key);
        };
    }

    /**
     * What a slip a wrong answer matches did. English keeps the quiz's own wording, which names the exact
     * mix-up; other languages say which slip it is, from the bundle.
     */
    public static String slip(SlipCandidate c, Notation n) {
        return "en".equals(Texts.locale().getLanguage()) ? c.what() : slip(c.slip(), n);
    }

    private static int index(NetworkElement e) {
        return e instanceof NetworkElement.Neuron neuron ? neuron.index() : 0;
    }

    /** The first letter upper case: "The output layer" at the start of a sentence or a label. */
    public static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Texts.locale()) + s.substring(1);
    }
}
