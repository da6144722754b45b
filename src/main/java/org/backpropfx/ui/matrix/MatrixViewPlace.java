package org.backpropfx.ui.matrix;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Puts the matrix view into a split pane right after another item (the formulas) while it is wanted, and
 * takes it out otherwise, so a closed view keeps no room. Presenter mode, which hides other items of the
 * same split pane, finds them where it left them.
 */
public final class MatrixViewPlace {
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final SplitPane split;
    private final Node after;
    private final MatrixView view;

    public MatrixViewPlace(SplitPane split, Node after, MatrixView view) {
        this.split = split;
        this.after = after;
        this.view = view;
        split.getItems().remove(view);
        shown.addListener((obs, old, now) -> apply(now));
    }

    /** Whether the view is open. */
    public BooleanProperty shownProperty() { return shown; }

    private void apply(boolean show) {
        if (show == split.getItems().contains(view)) return;
        double[] before = split.getDividerPositions();
        if (show) {
            int at = split.getItems().indexOf(after) + 1;
            split.getItems().add(at, view);
            // The view takes most of the old item's room below the item it follows.
            if (before.length == 1 && at == 1) split.setDividerPositions(Math.min(before[0], 0.3), 0.84);
            else if (before.length == 0) split.setDividerPositions(at == 1 ? 0.3 : 0.5);
        } else {
            int at = split.getItems().indexOf(view);
            split.getItems().remove(view);
            if (before.length == 2 && at == 1) split.setDividerPositions(Math.max(before[0], 0.45));
        }
    }
}
