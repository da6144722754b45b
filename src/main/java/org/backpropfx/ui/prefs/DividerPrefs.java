package org.backpropfx.ui.prefs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Where the user left the window's split pane dividers, kept while the app runs and between runs.
 *
 * <p>A split pane's layout changes with what it holds (the matrix view adds a divider, presenter mode takes
 * panels out), so positions are kept per split pane id and count of dividers, under
 * {@code divider.<id>.<count>}, and only for the normal layout: presenter mode sets dividers of its own and
 * puts the user's back on leaving. Only a drag of a divider is remembered, never a position the split pane
 * was pushed to by its items' minimum sizes while it was small: GTK shows a new window at 200 px for a
 * moment, and a window made small and large again would otherwise lose its layout. For the same reason
 * the kept positions are set again whenever a split pane is resized.
 */
public final class DividerPrefs {
    static final String PREFIX = "divider.";
    private static final String DIVIDER_STYLE_CLASS = "split-pane-divider";

    private final SettingsStore store;
    private final BooleanSupplier normal;
    /** Per split pane and divider count: the positions the user chose, else those stored, else the defaults. */
    private final Map<SplitPane, Map<Integer, double[]>> chosen = new IdentityHashMap<>();
    /** Split panes resized since the last layout pass, whose kept positions are set again after it. */
    private final Set<SplitPane> resizedThisPulse = Collections.newSetFromMap(new IdentityHashMap<>());

    /** @param normal whether the window shows its normal layout now (not presenting, no panel taken out) */
    public DividerPrefs(SettingsStore store, BooleanSupplier normal) {
        this.store = store;
        this.normal = normal;
    }

    /** Puts back the split pane's stored positions for its present divider count, and remembers every drag. */
    public void remember(SplitPane split) {
        if (split.getId() == null) throw new IllegalArgumentException("a remembered split pane needs an id");
        chosen.put(split, new HashMap<>());
        restore(split);
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (isOwnDivider(split, e.getTarget())) dragged(split);
        });
        InvalidationListener resized = o -> resized(split);
        split.widthProperty().addListener(resized);
        split.heightProperty().addListener(resized);
    }

    /**
     * Sets the positions kept for the split pane's present divider count (chosen in this run, else stored),
     * after a change of what it holds (the matrix view opened or closed); if there are none, the present
     * ones (the defaults) are kept.
     */
    public void restore(SplitPane split) {
        int count = split.getDividers().size();
        if (count == 0) return;
        double[] kept = chosen.get(split).get(count);
        if (kept == null) kept = stored(split.getId(), count);
        if (kept != null) split.setDividerPositions(kept);
        chosen.get(split).put(count, kept != null ? kept : split.getDividerPositions());
    }

    private void dragged(SplitPane split) {
        if (!normal.getAsBoolean() || split.getDividers().isEmpty()) return;
        double[] positions = split.getDividerPositions();
        chosen.get(split).put(positions.length, positions);
        List<String> parts = new ArrayList<>();
        for (double p : positions) parts.add(String.format(Locale.ROOT, "%.4f", p));
        store.put(key(split.getId(), positions.length), String.join(",", parts));
    }

    /**
     * Squeezed below its items' minimum sizes a split pane moves its dividers for good; set again at every
     * resize, they come back once it has the room. They are set once more after the layout pass that follows:
     * a split pane that grows or shrinks over several passes (the menu bar and toolbar coming back after
     * presenter mode) shares out each change by its items' sizes, which leaves the divider a pixel or two
     * from the kept fraction.
     */
    private void resized(SplitPane split) {
        if (!normal.getAsBoolean()) return;
        setKept(split);
        if (resizedThisPulse.add(split) && resizedThisPulse.size() == 1) Platform.runLater(this::afterResizes);
    }

    private void afterResizes() {
        List<SplitPane> resized = new ArrayList<>(resizedThisPulse);
        resizedThisPulse.clear();
        if (normal.getAsBoolean()) resized.forEach(this::setKept);
    }

    private void setKept(SplitPane split) {
        double[] kept = chosen.get(split).get(split.getDividers().size());
        if (kept != null) split.setDividerPositions(kept);
    }

    /** Whether a mouse event's target is one of this split pane's dividers (or the grabber inside one). */
    private static boolean isOwnDivider(SplitPane split, EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != split; n = n.getParent()) {
            if (n.getParent() == split && n.getStyleClass().contains(DIVIDER_STYLE_CLASS)) return true;
        }
        return false;
    }

    private double[] stored(String id, int count) {
        String value = store.get(key(id, count));
        if (value == null) return null;
        String[] parts = value.split(",");
        if (parts.length != count) return null;
        double[] positions = new double[count];
        double last = 0;
        for (int k = 0; k < count; k++) {
            try {
                positions[k] = Double.parseDouble(parts[k].trim());
            } catch (NumberFormatException e) {
                return null;
            }
            // A hand-edited or damaged entry is ignored rather than stacking the dividers up.
            if (!(positions[k] >= last && positions[k] <= 1)) return null;
            last = positions[k];
        }
        return positions;
    }

    static String key(String id, int count) {
        return PREFIX + id + "." + count;
    }
}
