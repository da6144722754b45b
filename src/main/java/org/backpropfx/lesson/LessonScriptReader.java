package org.backpropfx.lesson;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Network;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;

/**
 * Reads a lesson's {@code script}: each stop's position, caption, highlighted elements and wait flag,
 * every value checked against the network and the samples and placed in the message when wrong.
 */
final class LessonScriptReader {
    private static final List<String> STOP_FIELDS = List.of("epoch", "sample", "phase", "layer", "caption",
            "neurons", "weights", "biases", "wait", "notes");

    private LessonScriptReader() {}

    static List<ScriptStop> read(Place place, Network network, int samples) throws LessonFormatException {
        List<Place> stops = place.array(1, ScriptStop.MAX_STOPS, "stops");
        List<ScriptStop> script = new ArrayList<>(stops.size());
        for (Place stop : stops) script.add(stop(stop.requireObject(STOP_FIELDS), network, samples));
        return List.copyOf(script);
    }

    private static ScriptStop stop(Place stop, Network network, int samples) throws LessonFormatException {
        long epoch = stop.field("epoch").wholeNumber(1, ScriptStop.MAX_EPOCH) - 1;
        int sample = stop.field("sample").wholeNumber(1, samples) - 1;
        Phase phase = phase(stop, network.layerCount());
        Place captionPlace = stop.field("caption");
        String caption = captionPlace.text();
        String captionProblem = ScriptStop.captionProblem(caption);
        if (captionProblem != null) throw captionPlace.error(captionProblem);

        List<NetworkElement> highlights = new ArrayList<>();
        Place neurons = stop.optional("neurons");
        if (neurons != null) {
            for (Place pair : neurons.array(0, ScriptStop.MAX_HIGHLIGHTS, "neurons")) {
                List<Place> li = pair.array(2, 2, "numbers ([layer, neuron])");
                int layer = li.get(0).wholeNumber(0, network.layerCount());
                int index = li.get(1).wholeNumber(0, size(network, layer) - 1);
                add(highlights, new NetworkElement.Neuron(layer, index), pair);
            }
        }
        Place weights = stop.optional("weights");
        if (weights != null) {
            for (Place triple : weights.array(0, ScriptStop.MAX_HIGHLIGHTS, "weights")) {
                List<Place> lji = triple.array(3, 3, "numbers ([layer, neuron, input])");
                int layer = lji.get(0).wholeNumber(1, network.layerCount());
                int to = lji.get(1).wholeNumber(0, size(network, layer) - 1);
                int from = lji.get(2).wholeNumber(0, size(network, layer - 1) - 1);
                add(highlights, new NetworkElement.Weight(layer, to, from), triple);
            }
        }
        Place biases = stop.optional("biases");
        if (biases != null) {
            List<Place> pairs = biases.array(0, ScriptStop.MAX_HIGHLIGHTS, "biases");
            if (!pairs.isEmpty() && network.biasMode() == BiasMode.NONE) {
                throw biases.error("the network has no biases (network.biasMode is none)");
            }
            for (Place pair : pairs) {
                List<Place> lj = pair.array(2, 2, "numbers ([layer, neuron])");
                int layer = lj.get(0).wholeNumber(1, network.layerCount());
                int neuron = lj.get(1).wholeNumber(0, size(network, layer) - 1);
                add(highlights, new NetworkElement.Bias(layer, neuron), pair);
            }
        }
        if (highlights.size() > ScriptStop.MAX_HIGHLIGHTS) {
            throw stop.error(highlights.size() + " elements to highlight, at most " + ScriptStop.MAX_HIGHLIGHTS);
        }
        Place waitPlace = stop.optional("wait");
        boolean wait = waitPlace != null && waitPlace.bool();
        Place notesPlace = stop.optional("notes");
        String notes = null;
        if (notesPlace != null) {
            notes = notesPlace.text();
            String notesProblem = ScriptStop.notesProblem(notes);
            if (notesProblem != null) throw notesPlace.error(notesProblem);
        }
        return new ScriptStop(epoch, sample, phase, caption, highlights, wait, notes);
    }

    private static Phase phase(Place stop, int layers) throws LessonFormatException {
        Place phasePlace = stop.field("phase");
        String id = phasePlace.text();
        PhaseKind kind = switch (id) {
            case "forward" -> PhaseKind.FORWARD;
            case "error" -> PhaseKind.ERROR;
            case "backward" -> PhaseKind.BACKWARD;
            case "update" -> PhaseKind.UPDATE;
            default -> throw phasePlace.error("unknown phase '" + id + "' (expected forward, error, backward or update)");
        };
        Place layerPlace = stop.optional("layer");
        boolean layered = kind == PhaseKind.FORWARD || kind == PhaseKind.BACKWARD;
        if (!layered) {
            if (layerPlace != null) throw layerPlace.error("not expected: the " + id + " phase has no layer");
            return new Phase(kind, 0);
        }
        if (layerPlace == null) {
            throw new LessonFormatException(stop.path() + ".layer", "missing (a " + id + " phase needs its layer, 1 to " + layers + ")");
        }
        return new Phase(kind, layerPlace.wholeNumber(1, layers));
    }

    private static void add(List<NetworkElement> highlights, NetworkElement element, Place place)
            throws LessonFormatException {
        if (highlights.contains(element)) throw place.error("named twice in this stop");
        highlights.add(element);
    }

    private static int size(Network network, int layer) {
        return layer == 0 ? network.inputSize() : network.layer(layer).outputs();
    }
}
