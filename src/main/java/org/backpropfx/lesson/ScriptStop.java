package org.backpropfx.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Network;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.NetworkElement;

/**
 * One stop of a lecture script: where the lecture stands (epoch, sample, phase), what is said or asked
 * there, the neurons and weights to point at, and whether the lecturer waits for the class before going on.
 *
 * @param epoch completed epochs before the sample (0 for the first epoch), as {@code Snapshot.epoch()}
 * @param sample the sample, counted from 0
 * @param phase the phase of that sample
 * @param caption what the stop says, 1 to {@value #MAX_CAPTION_LENGTH} characters, not blank
 * @param highlights the elements to point at (neurons, weights, biases), no two alike
 * @param waitForClass true when the class answers or works before the lecture goes on
 * @param notes the lecturer's own notes for the stop, shown on the presenter console only; null for none
 */
public record ScriptStop(long epoch, int sample, Phase phase, String caption, List<NetworkElement> highlights,
                         boolean waitForClass, String notes) {
    public static final int MAX_STOPS = 1000;
    public static final int MAX_CAPTION_LENGTH = 2000;
    public static final long MAX_EPOCH = 1_000_000L;
    public static final int MAX_HIGHLIGHTS = 200;
    public static final int MAX_NOTES_LENGTH = 10_000;

    /** A stop without notes. */
    public ScriptStop(long epoch, int sample, Phase phase, String caption, List<NetworkElement> highlights,
                      boolean waitForClass) {
        this(epoch, sample, phase, caption, highlights, waitForClass, null);
    }

    public ScriptStop {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(caption, "caption");
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        if (epoch < 0 || epoch >= MAX_EPOCH) throw new IllegalArgumentException("epoch " + epoch);
        if (sample < 0) throw new IllegalArgumentException("sample " + sample);
        String problem = captionProblem(caption);
        if (problem != null) throw new IllegalArgumentException("caption: " + problem);
        if (notes != null && Texts.isBlank(notes)) notes = null;
        String notesProblem = notesProblem(notes);
        if (notesProblem != null) throw new IllegalArgumentException("notes: " + notesProblem);
        if (highlights.size() > MAX_HIGHLIGHTS || highlights.stream().distinct().count() != highlights.size()) {
            throw new IllegalArgumentException("highlights: at most " + MAX_HIGHLIGHTS + ", no two alike");
        }
    }

    /** Why a caption cannot be used, in the file's words, or null when it can. */
    public static String captionProblem(String caption) {
        if (caption == null || Texts.isBlank(caption)) return "must not be empty (spaces and invisible characters do not count)";
        int length = Texts.codePoints(caption);
        if (length > MAX_CAPTION_LENGTH) return length + " characters, at most " + MAX_CAPTION_LENGTH + " allowed";
        try {
            Texts.requireWhole(caption, "the text");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /**
     * Why notes cannot be used, in the file's words, or null when they can (null, no notes, can). Blank notes are
     * no notes: they are neither shown nor saved.
     */
    public static String notesProblem(String notes) {
        if (notes == null || Texts.isBlank(notes)) return null;
        int length = Texts.codePoints(notes);
        if (length > MAX_NOTES_LENGTH) return length + " characters, at most " + MAX_NOTES_LENGTH + " allowed";
        try {
            Texts.requireWhole(notes, "the text");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** This stop with another caption. */
    public ScriptStop withCaption(String newCaption) {
        return new ScriptStop(epoch, sample, phase, newCaption, highlights, waitForClass, notes);
    }

    /** This stop waiting for the class or not. */
    public ScriptStop withWaitForClass(boolean wait) {
        return new ScriptStop(epoch, sample, phase, caption, highlights, wait, notes);
    }

    /** This stop with other notes (null or blank: none). */
    public ScriptStop withNotes(String newNotes) {
        return new ScriptStop(epoch, sample, phase, caption, highlights, waitForClass, newNotes);
    }

    /** This stop pointing at other elements. */
    public ScriptStop withHighlights(List<NetworkElement> newHighlights) {
        return new ScriptStop(epoch, sample, phase, caption, newHighlights, waitForClass, notes);
    }

    /**
     * Where this stop falls among the phases of its sample in a network of {@code layers} weight layers:
     * forward 1..L, the error, backward L..1, the update. Positions compare as (epoch, sample, this).
     */
    public static int phaseOrder(Phase phase, int layers) {
        return switch (phase.kind()) {
            case FORWARD -> phase.layer();
            case ERROR -> layers + 1;
            case BACKWARD -> layers + 2 + (layers - phase.layer());
            case UPDATE -> 2 * layers + 2;
        };
    }

    /** Why this stop does not fit a network and {@code samples} samples, or null when it does. */
    public String problem(Network network, int samples) {
        if (sample >= samples) return "sample " + (sample + 1) + " of " + samples;
        int layers = network.layerCount();
        if ((phase.kind() == PhaseKind.FORWARD || phase.kind() == PhaseKind.BACKWARD)
                && (phase.layer() < 1 || phase.layer() > layers)) {
            return "layer " + phase.layer() + " of " + layers;
        }
        for (NetworkElement e : highlights) {
            if (!fits(e, network)) return "element " + e + " is not in the network";
        }
        return null;
    }

    /** Whether {@code e} names a neuron, weight or bias of {@code network}. */
    public static boolean fits(NetworkElement e, Network network) {
        int layers = network.layerCount();
        if (e.layer() > layers) return false;
        if (e instanceof NetworkElement.Neuron n) return n.index() < size(network, n.layer());
        if (e instanceof NetworkElement.Weight w) {
            return w.to() < size(network, w.layer()) && w.from() < size(network, w.layer() - 1);
        }
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return network.biasMode() != BiasMode.NONE && b.neuron() < size(network, b.layer());
    }

    private static int size(Network network, int layer) {
        return layer == 0 ? network.inputSize() : network.layer(layer).outputs();
    }

    /**
     * The script made to fit a changed network or sample list: elements no longer there are dropped, a stop
     * past the last sample moves to the last one, a phase of a layer no longer there to the nearest layer.
     * Nothing said is lost.
     */
    public static List<ScriptStop> fitTo(List<ScriptStop> script, Network network, int samples) {
        if (script.isEmpty()) return script;
        List<ScriptStop> fitted = new ArrayList<>(script.size());
        int layers = network.layerCount();
        for (ScriptStop stop : script) {
            if (stop.problem(network, samples) == null) {
                fitted.add(stop);
                continue;
            }
            Phase phase = stop.phase;
            if (phase.layer() > layers) phase = new Phase(phase.kind(), layers);
            List<NetworkElement> kept = stop.highlights.stream().filter(e -> fits(e, network)).toList();
            fitted.add(new ScriptStop(stop.epoch, Math.min(stop.sample, samples - 1), phase, stop.caption, kept,
                    stop.waitForClass, stop.notes));
        }
        return List.copyOf(fitted);
    }
}
