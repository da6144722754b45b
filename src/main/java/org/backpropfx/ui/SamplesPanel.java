package org.backpropfx.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * The samples table with its buttons (add a sample, delete the selected ones) and the message saying why
 * a typed value or a deletion was refused.
 */
final class SamplesPanel extends VBox {
    private final SamplesTable table;
    private final Label problem = new Label();

    SamplesPanel(LessonSession session) {
        setId("samplesPanel");
        getStyleClass().add("samples-panel");
        table = new SamplesTable(session);
        Button add = new Button(Texts.get("samples.add"));
        add.setId("addSample");
        add.setTooltip(new Tooltip(Texts.get("samples.add.tip")));
        add.setOnAction(e -> table.addSample());
        Button delete = new Button(Texts.get("samples.delete"));
        delete.setId("deleteSamples");
        delete.setTooltip(new Tooltip(Texts.get("samples.delete.tip")));
        delete.setOnAction(e -> table.deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : new Button[] {add, delete}) b.setMinWidth(Button.USE_PREF_SIZE);
        // The hint and, while training, the run's progress, on the row of the buttons (ControlsFX StatusBar).
        TrainingStatus status = new TrainingStatus(session, add, delete);
        problem.setId("samplesProblem");
        problem.getStyleClass().add("value-editor-message");
        problem.setWrapText(true);
        // Its whole wrapped text: the table gives way, not the message (it was cut to "write decim…").
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(table.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        // The marks of a value typed wrong are drawn over the table here, not over the whole window (ControlsFX
        // would otherwise wrap the scene's root while the user types).
        impl.org.controlsfx.skin.DecorationPane marks = new impl.org.controlsfx.skin.DecorationPane();
        marks.setRoot(table);
        marks.setMinSize(0, 0);
        VBox.setVgrow(marks, Priority.ALWAYS);
        getChildren().addAll(status.bar(), problem, marks);
        setMinSize(0, 0);
    }

    SamplesTable table() { return table; }
}
