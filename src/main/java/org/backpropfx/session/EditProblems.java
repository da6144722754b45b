package org.backpropfx.session;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/** Messages for edits that could not be made, and whether an element still exists after one. */
final class EditProblems {
    private EditProblems() {
    }

    static String describe(Edit edit, RuntimeException e) {
        // An edit after which the sample diverges is made: the sample is shown up to where it diverges.
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        String reason = message + (message.endsWith(".") ? "" : ".");
        return Texts.get("edit.notMade", edit.label(), reason);
    }

    /** Whether {@code element} (null counts) is part of the network the snapshot was taken from. */
    static boolean fits(NetworkElement element, Snapshot s) {
        if (element == null) return true;
        int last = s.layerCount();
        if (element instanceof NetworkElement.Neuron n) return n.layer() <= last && n.index() < s.size(n.layer());
        if (element instanceof NetworkElement.Weight w) {
            return w.layer() <= last && w.to() < s.size(w.layer()) && w.from() < s.size(w.layer() - 1);
        }
        NetworkElement.Bias b = (NetworkElement.Bias) element;
        return b.layer() <= last && b.neuron() < s.size(b.layer());
    }
}
