package org.backpropfx.ui.network;

import org.backpropfx.session.i18n.Texts;
import java.util.Objects;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * The network view by keyboard and for screen readers. Once Tab has given the view the focus, Up and Down
 * move between the neurons of a layer (or the edges into one neuron), Right goes from a neuron along its
 * first outgoing edge and from an edge to the neuron it feeds, Left goes back; the element reached becomes
 * the selection, so Enter or F2 edits it and L locks it. The view's accessible text names the selection
 * and its value, e.g. "weight from input 1 to hidden neuron 2, 0.7848".
 */
public final class NetworkKeys {
    private final NetworkView view;
    private final LessonSession session;

    NetworkKeys(NetworkView view, LessonSession session) {
        this.view = view;
        this.session = session;
        view.setFocusTraversable(true);
        view.setAccessibleRole(AccessibleRole.TEXT);
        view.setAccessibleRoleDescription(Texts.get("access.network.role"));
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        Runnable describe = () -> {
            view.setAccessibleText(describeView());
            // The property alone does not tell a screen reader; the notice makes it read the new selection.
            view.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        };
        session.selectionProperty().addListener(o -> describe.run());
        session.snapshotProperty().addListener(o -> describe.run());
        session.notationProperty().addListener(o -> describe.run());
        session.digitsProperty().addListener(o -> describe.run());
        describe.run();
    }

    /** Whether the focused view uses this key itself (arrows move the selection); stepping keys then stay quiet. */
    public static boolean usesKey(KeyEvent e) {
        return switch (e.getCode()) {
            case UP, DOWN, LEFT, RIGHT, ENTER -> !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
            default -> false;
        };
    }

    private void pressed(KeyEvent e) {
        if (!usesKey(e)) return;
        NetworkElement current = session.selectionProperty().get();
        Snapshot s = session.getSnapshot();
        NetworkElement next = switch (e.getCode()) {
            case UP -> current == null ? first() : vertical(current, -1, s);
            case DOWN -> current == null ? first() : vertical(current, +1, s);
            case RIGHT -> current == null ? first() : right(current, s);
            case LEFT -> current == null ? first() : left(current, s);
            default -> null;
        };
        if (e.getCode() == KeyCode.ENTER) {
            // Handled by the editing part of the window, as F2 is; nothing to move.
            return;
        }
        if (next != null) session.selectionProperty().set(next);
        e.consume();
    }

    private static NetworkElement first() { return new NetworkElement.Neuron(0, 0); }

    static NetworkElement vertical(NetworkElement e, int by, Snapshot s) {
        if (e instanceof NetworkElement.Neuron n) {
            return new NetworkElement.Neuron(n.layer(), Math.floorMod(n.index() + by, s.size(n.layer())));
        }
        if (e instanceof NetworkElement.Weight w) {
            int from = w.from() + by;
            if (from >= s.size(w.layer() - 1) && hasBiases(s)) return new NetworkElement.Bias(w.layer(), w.to());
            return new NetworkElement.Weight(w.layer(), w.to(), Math.floorMod(from, s.size(w.layer() - 1)));
        }
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        int inputs = s.size(b.layer() - 1);
        return new NetworkElement.Weight(b.layer(), b.neuron(), by > 0 ? 0 : inputs - 1);
    }

    static NetworkElement right(NetworkElement e, Snapshot s) {
        if (e instanceof NetworkElement.Neuron n) {
            return n.layer() < s.layerCount() ? new NetworkElement.Weight(n.layer() + 1, 0, n.index()) : e;
        }
        if (e instanceof NetworkElement.Weight w) return new NetworkElement.Neuron(w.layer(), w.to());
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return new NetworkElement.Neuron(b.layer(), b.neuron());
    }

    static NetworkElement left(NetworkElement e, Snapshot s) {
        if (e instanceof NetworkElement.Neuron n) {
            return n.layer() > 0 ? new NetworkElement.Weight(n.layer(), n.index(), 0) : e;
        }
        if (e instanceof NetworkElement.Weight w) return new NetworkElement.Neuron(w.layer() - 1, w.from());
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return new NetworkElement.Neuron(b.layer(), b.neuron());
    }

    private static boolean hasBiases(Snapshot s) { return s.biasMode() != BiasMode.NONE; }

    private String describeView() {
        NetworkElement selected = session.selectionProperty().get();
        if (selected == null) return Texts.get("access.network.none");
        return describe(selected, session.getSnapshot(), session.getNotation(), session.getDigits());
    }

    /** What a screen reader says for an element: its name and its value now, as the view shows it. */
    public static String describe(NetworkElement element, Snapshot s, Notation notation, int digits) {
        Objects.requireNonNull(element, "element");
        SignificantFormat f = Texts.numbers(digits);
        if (element instanceof NetworkElement.Weight w) {
            return Texts.get("access.weight", neuronName(w.layer() - 1, w.from(), s), neuronName(w.layer(), w.to(), s),
                    f.format(s.weight(w.layer(), w.to(), w.from())))
                    + (s.isWeightLocked(w.layer(), w.to(), w.from()) ? Texts.get("access.locked") : "");
        }
        if (element instanceof NetworkElement.Bias b) {
            String key = notation.biasIsWeightOnMinusOne() ? "access.biasWeight" : "access.bias";
            return Texts.get(key, neuronName(b.layer(), b.neuron(), s), f.format(notation.bias(s.bias(b.layer(), b.neuron()))))
                    + (s.isBiasLocked(b.layer(), b.neuron()) ? Texts.get("access.locked") : "");
        }
        NetworkElement.Neuron n = (NetworkElement.Neuron) element;
        String name = neuronName(n.layer(), n.index(), s);
        if (n.layer() == 0) return Texts.get("access.input", name, f.format(s.input(n.index())));
        if (!s.hasForward(n.layer())) return Texts.get("access.notYet", name);
        return Texts.get("access.neuron", name, f.format(s.out(n.layer(), n.index())));
    }

    /** "input 1", "hidden neuron 2" (with several hidden layers "hidden layer 2 neuron 1"), "output neuron 1". */
    static String neuronName(int layer, int index, Snapshot s) {
        int number = index + 1;
        if (layer == 0) return Texts.get("access.name.input", number);
        if (layer == s.layerCount()) return Texts.get("access.name.output", number);
        if (s.layerCount() == 2) return Texts.get("access.name.hidden", number);
        return Texts.get("access.name.hiddenOf", number, layer);
    }
}
