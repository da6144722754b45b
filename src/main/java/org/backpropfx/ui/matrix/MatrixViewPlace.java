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

    /** The share of the column the formulas keep above the view at most, and where the plots below it start. */
    static final double FORMULAS_WITH_VIEW = 0.28;
    static final double PLOTS_TOP_WITH_VIEW = 0.62;
    /** The dividers before the view opened, put back when it closes. */
    private double[] withoutView;

    /** Whether the view is open. */
    public BooleanProperty shownProperty() { return shown; }

    private void apply(boolean show) {
        if (show == split.getItems().contains(view)) return;
        double[] before = split.getDividerPositions();
        if (show) {
            withoutView = before;
            int at = split.getItems().indexOf(after) + 1;
            split.getItems().add(at, view);
            // The view takes its room from both neighbours: the plots below keep over a third of the column
            // (at 1280×720 about 200 px, a readable decision map), the formulas above a quarter.
            if (before.length == 1 && at == 1) split.setDividerPositions(Math.min(before[0], FORMULAS_WITH_VIEW), PLOTS_TOP_WITH_VIEW);
            else if (before.length == 0) split.setDividerPositions(at == 1 ? 0.3 : 0.5);
        } else {
            split.getItems().remove(view);
            // Closed again, the column is as it was before the view opened.
            if (withoutView != null && withoutView.length == before.length - 1) split.setDividerPositions(withoutView);
        }
    }
}
