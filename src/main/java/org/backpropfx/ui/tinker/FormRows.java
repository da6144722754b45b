package org.backpropfx.ui.tinker;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The rows of the editing dialogs: a label, the control, and beside it the problem with what was typed. */
final class FormRows {
    private FormRows() {}

    /** Adds row {@code r} to the grid and returns its (empty) problem label. */
    static Label add(GridPane grid, int r, String label, Node control, String problemId) {
        Label problem = new Label();
        problem.setId(problemId);
        problem.getStyleClass().add("value-editor-message");
        problem.setWrapText(true);
        problem.setMaxWidth(320);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        // The labels and fields keep their width when a message appears beside them; the dialog grows (DialogGrowth).
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (control instanceof Region region) region.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(name, 0, r);
        grid.add(control, 1, r);
        grid.add(problem, 2, r);
        return problem;
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(10);
        return f;
    }
}
