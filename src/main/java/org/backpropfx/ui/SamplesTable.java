package org.backpropfx.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Snapshot;

/**
 * The training samples. The current one is marked; clicking a row makes that sample the next one
 * stepped. Only the current sample shows an output, and only once the forward pass has reached it.
 */
final class SamplesTable extends TableView<SampleRow> {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final LessonSession session;
    private List<SampleRow> rows = List.of();
    private SampleRow currentRow;

    SamplesTable(LessonSession session) {
        this.session = session;
        setId("samples");
        getStyleClass().add("samples-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No samples"));

        TableColumn<SampleRow, String> number = new TableColumn<>("#");
        number.setId("sampleNumber");
        number.setCellValueFactory(c -> {
            SampleRow row = c.getValue();
            return Bindings.createStringBinding(
                    () -> (row.currentProperty().get() ? "▶ " : "") + (row.index() + 1), row.currentProperty());
        });
        number.setSortable(false);
        number.setPrefWidth(60);
        number.setMaxWidth(90);
        TableColumn<SampleRow, String> inputs = column("inputsColumn", "inputs", SampleRow::inputsProperty);
        TableColumn<SampleRow, String> targets = column("targetsColumn", "targets", SampleRow::targetsProperty);
        TableColumn<SampleRow, String> output = column("outputColumn", "output", SampleRow::outputProperty);
        getColumns().setAll(List.of(number, inputs, targets, output));

        setRowFactory(table -> {
            TableRow<SampleRow> row = new TableRow<>();
            ChangeListener<Boolean> marker = (obs, old, now) -> row.pseudoClassStateChanged(CURRENT, now);
            row.itemProperty().addListener((obs, old, item) -> {
                if (old != null) old.currentProperty().removeListener(marker);
                if (item != null) item.currentProperty().addListener(marker);
                row.pseudoClassStateChanged(CURRENT, item != null && item.currentProperty().get());
            });
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) session.selectSample(row.getItem().index());
            });
            return row;
        });

        session.lessonProperty().addListener((obs, old, lesson) -> rebuild());
        session.digitsProperty().addListener((obs, old, d) -> refillAll());
        session.snapshotProperty().addListener((obs, old, s) -> showSnapshot(true));
        rebuild();
    }

    private static TableColumn<SampleRow, String> column(String id, String title,
            java.util.function.Function<SampleRow, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<SampleRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    private void rebuild() {
        Lesson lesson = session.getLesson();
        List<SampleRow> fresh = new ArrayList<>(lesson.data().size());
        for (int s = 0; s < lesson.data().size(); s++) fresh.add(new SampleRow(s));
        rows = fresh;
        currentRow = null;
        setItems(FXCollections.observableList(fresh));
        refillAll();
    }

    private void refillAll() {
        DataSet data = session.getLesson().data();
        SignificantFormat format = new SignificantFormat(session.getDigits());
        for (SampleRow row : rows) {
            row.inputsProperty().set(join(data.input(row.index()), format));
            row.targetsProperty().set(join(data.target(row.index()), format));
        }
        showSnapshot(false);
    }

    /** Touches at most two rows, so that following live training costs next to nothing. */
    private void showSnapshot(boolean follow) {
        Snapshot s = session.getSnapshot();
        if (s.sample() >= rows.size()) return;
        SampleRow now = rows.get(s.sample());
        if (currentRow != null && currentRow != now) {
            currentRow.currentProperty().set(false);
            currentRow.outputProperty().set("");
        }
        currentRow = now;
        now.currentProperty().set(true);
        int last = s.layerCount();
        if (s.hasForward(last)) {
            double[] out = new double[s.size(last)];
            for (int j = 0; j < out.length; j++) out[j] = s.out(last, j);
            now.outputProperty().set(join(out, new SignificantFormat(session.getDigits())));
        } else {
            now.outputProperty().set("");
        }
        // Live training moves the current row every frame; selecting it then would only flicker.
        if (follow && !session.isRunning() && getSelectionModel().getSelectedIndex() != now.index()) {
            getSelectionModel().clearAndSelect(now.index());
        }
    }

    private static String join(double[] values, SignificantFormat format) {
        StringJoiner joiner = new StringJoiner(", ");
        for (double v : values) joiner.add(format.format(v));
        return joiner.toString();
    }
}
