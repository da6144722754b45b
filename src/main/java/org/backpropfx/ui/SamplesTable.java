package org.backpropfx.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.Edit;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.PanelRole;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.tinker.SampleChanges;

/**
 * The training samples, one column per input and per target. The current one is marked; clicking a row
 * makes that sample the next one stepped. Only the current sample shows an output, and only once the
 * forward pass has reached it.
 *
 * <p>Double-click a value to type another; Delete removes the selected rows; the right-click
 * menu adds and deletes samples. Each change is one edit that Ctrl+Z takes back. A typed value the table
 * cannot take is refused with a message ({@link #problemProperty()}) and nothing changes.
 */
final class SamplesTable extends TableView<SampleRow> {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final LessonSession session;
    // Groups over one column per input and per target.
    private final TableColumn<SampleRow, Double> inputs = new TableColumn<>(Texts.get("samples.column.inputs"));
    private final TableColumn<SampleRow, Double> targets = new TableColumn<>(Texts.get("samples.column.targets"));
    private final TableColumn<SampleRow, String> output = new TableColumn<>(Texts.get("samples.column.output"));
    private static final double OUTPUT_MIN_WIDTH = 80;
    private final SampleColumnFit fit = new SampleColumnFit();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private List<SampleRow> rows = List.of();
    private SampleRow currentRow;

    SamplesTable(LessonSession session) {
        this.session = session;
        setId("samples");
        getStyleClass().add("samples-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Texts.get("samples.none")));
        setEditable(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);

        TableColumn<SampleRow, String> number = new TableColumn<>("#");
        number.setId("sampleNumber");
        number.setCellValueFactory(c -> {
            SampleRow row = c.getValue();
            return Bindings.createStringBinding(
                    () -> (row.currentProperty().get() ? "▶ " : "") + (row.index() + 1), row.currentProperty());
        });
        number.setSortable(false);
        number.setEditable(false);
        number.setPrefWidth(52);
        // Its "#" and "▶ 12" stay readable when a narrow panel squeezes the columns.
        number.setMinWidth(40);
        number.setMaxWidth(90);
        inputs.setId("inputsColumn");
        targets.setId("targetsColumn");
        for (TableColumn<SampleRow, Double> group : List.of(inputs, targets)) {
            group.setSortable(false);
            group.setReorderable(false);
        }
        output.setId("outputColumn");
        output.setSortable(false);
        output.setEditable(false);
        output.setCellValueFactory(c -> c.getValue().outputProperty());
        // Room for its heading in either language ("Ausgabe" is wider than "output"); the value columns give way.
        output.setMinWidth(OUTPUT_MIN_WIDTH);
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
                // The second click of a double-click opens a value for editing: the sample is already chosen.
                if (!row.isEmpty() && e.getClickCount() == 1) session.selectSample(row.getItem().index());
            });
            return row;
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DELETE) && getEditingCell() == null) {
                deleteSelected();
                e.consume();
            }
        });
        setContextMenu(contextMenu());

        session.lessonProperty().addListener((obs, old, lesson) -> rebuild());
        session.notationProperty().addListener((obs, old, n) -> nameValueColumns());
        session.digitsProperty().addListener((obs, old, d) -> {
            refresh();
            showSnapshot(false);
        });
        session.panelSnapshotProperty(PanelRole.SAMPLES_TABLE).addListener((obs, old, s) -> showSnapshot(true));
        rebuild();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The cells' font is known only once they are styled: the columns are measured against a shown cell.
        if (lookup(".sample-value-cell") instanceof SampleValueCell cell) {
            boolean changed = fit.fit(cell, session.getLesson().data(), Texts.numbers(session.getDigits()),
                    session.getDigits(), List.copyOf(inputs.getColumns()), List.copyOf(targets.getColumns()));
            // The output shows in one row at a time; its column keeps the widest seen for this lesson.
            String shown = currentRow == null ? "" : currentRow.outputProperty().get();
            if (shown != null && !shown.isEmpty()) {
                double need = Math.max(OUTPUT_MIN_WIDTH, SampleColumnFit.widthOf(cell, shown));
                if (need > output.getMinWidth()) {
                    output.setMinWidth(need);
                    changed = true;
                }
            }
            if (changed) requestLayout();
        }
        scrollWhenTooNarrow();
    }

    /**
     * When the columns' least widths add up to more than the table is wide, they keep their widths and the
     * table scrolls sideways: a value cut short would be worse than a scroll bar.
     */
    private void scrollWhenTooNarrow() {
        double least = 0;
        for (TableColumn<SampleRow, ?> c : getVisibleLeafColumns()) least += c.getMinWidth();
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - verticalBarWidth();
        var policy = least > room ? UNCONSTRAINED_RESIZE_POLICY : CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
        if (getColumnResizePolicy() != policy) setColumnResizePolicy(policy);
    }

    private double verticalBarWidth() {
        for (javafx.scene.Node n : lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL
                    && bar.isVisible()) return bar.getWidth();
        }
        return 0;
    }

    /** Why the last change typed or asked for was not made; "" after one that was. */
    ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** Appends a copy of the selected sample (the current one if none is selected) and opens its first value. */
    boolean addSample() {
        DataSet data = session.getLesson().data();
        int like = getSelectionModel().getSelectedIndex();
        if (like < 0 || like >= data.size()) like = session.getSnapshot().sample();
        if (!apply(SampleChanges.addCopyOf(data, like))) return false;
        int added = data.size();
        getSelectionModel().clearAndSelect(added);
        // Only a row in view has a cell to type in. The table's own scrollTo would put the row at the top,
        // which its flow cannot do for the last rows, and so left a new row below the view at 1280×720; the
        // flow's scrollTo brings it just into view, once the table has learnt of it at a layout, and again
        // once the row has grown to hold the field.
        layout();
        bringIntoView(added);
        edit(added, inputs.getColumns().get(0));
        bringIntoView(added);
        return true;
    }

    private void bringIntoView(int row) {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) flow.scrollTo(row);
        else scrollTo(row);
        layout();
    }

    /** Deletes the selected samples as one edit. */
    boolean deleteSelected() {
        List<Integer> chosen = new ArrayList<>(getSelectionModel().getSelectedIndices());
        try {
            return apply(SampleChanges.deleteSamples(session.getLesson().data(), chosen));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /** The column of input {@code k} (or target {@code k}), for tests and the keyboard. */
    @SuppressWarnings("unchecked")
    TableColumn<SampleRow, Double> valueColumn(boolean target, int k) {
        return (TableColumn<SampleRow, Double>) (target ? targets : inputs).getColumns().get(k);
    }

    private ContextMenu contextMenu() {
        MenuItem edit = new MenuItem(Texts.get("samples.menu.edit"));
        edit.setOnAction(e -> {
            // The focus model hands out a raw TablePosition; the column is looked up in this table's own typed list.
            TablePosition<?, ?> focused = getFocusModel().getFocusedCell();
            TableColumn<SampleRow, ?> column = focused == null || focused.getColumn() < 0
                    || focused.getColumn() >= getVisibleLeafColumns().size() ? null
                    : getVisibleLeafColumns().get(focused.getColumn());
            if (focused != null && focused.getRow() >= 0 && column != null && column.isEditable()) {
                edit(focused.getRow(), column);
            } else if (getSelectionModel().getSelectedIndex() >= 0) {
                edit(getSelectionModel().getSelectedIndex(), inputs.getColumns().get(0));
            }
        });
        MenuItem add = new MenuItem(Texts.get("samples.menu.add"));
        add.setOnAction(e -> addSample());
        MenuItem delete = new MenuItem(Texts.get("samples.menu.delete"));
        delete.setOnAction(e -> deleteSelected());
        return new ContextMenu(edit, new SeparatorMenuItem(), add, delete);
    }

    private boolean apply(Edit edit) {
        boolean made = session.apply(edit);
        problem.set(made ? "" : session.getStatus());
        return made;
    }

    private void setValue(int sample, boolean target, int k, double value) {
        DataSet data = session.getLesson().data();
        if (sample < 0 || sample >= data.size()) return;
        // A refused value must not stay in the cell that showed it.
        if (!apply(SampleChanges.setValue(data, sample, target, k, value))) refresh();
    }

    /** One column per input and per target, made again only when their numbers change. */
    private void fitValueColumns(DataSet data) {
        fitGroup(inputs, false, data.inputSize());
        fitGroup(targets, true, data.targetSize());
        nameValueColumns();
    }

    /** Room for "target", "input" and their German words over a single column at the window's font size. */
    private static final double LONE_COLUMN_MIN_WIDTH = 62;
    private static final double MULTI_COLUMN_MIN_WIDTH = 20;

    private void fitGroup(TableColumn<SampleRow, Double> group, boolean target, int count) {
        if (group.getColumns().size() == count) return;
        List<TableColumn<SampleRow, Double>> columns = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int index = k;
            TableColumn<SampleRow, Double> column = new TableColumn<>();
            column.setId((target ? "target" : "input") + (k + 1) + "Column");
            column.setSortable(false);
            column.setReorderable(false);
            // Its heading ("x₁", "y₂") needs little; its values widen it to the widest (SampleColumnFit).
            column.setMinWidth(MULTI_COLUMN_MIN_WIDTH);
            column.setPrefWidth(64);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(valueOf(c.getValue().index(), target, index)));
            column.setCellFactory(c -> new SampleValueCell(session::getDigits, problem::set, target, index));
            column.setOnEditCommit(e -> setValue(e.getRowValue().index(), target, index, e.getNewValue()));
            columns.add(column);
        }
        // A lone column is as wide as its group's heading at the least ("target" over y₁), so that stays whole.
        if (count == 1) columns.get(0).setMinWidth(LONE_COLUMN_MIN_WIDTH);
        for (TableColumn<SampleRow, Double> c : columns) c.getProperties().put(SampleColumnFit.BASE, c.getMinWidth());
        group.getColumns().setAll(columns);
    }

    private void nameValueColumns() {
        Notation notation = session.getNotation();
        for (int k = 0; k < inputs.getColumns().size(); k++) inputs.getColumns().get(k).setText("x" + subscript(k + 1));
        // A lone target column is narrow: its group is named in the singular to fit over it.
        targets.setText(targets.getColumns().size() == 1 ? Texts.get("samples.column.target") : Texts.get("samples.column.targets"));
        inputs.setText(inputs.getColumns().size() == 1 ? Texts.get("samples.column.input") : Texts.get("samples.column.inputs"));
        for (int k = 0; k < targets.getColumns().size(); k++) {
            targets.getColumns().get(k).setText(notation.targetSymbol() + subscript(k + 1));
        }
    }

    private Double valueOf(int sample, boolean target, int k) {
        DataSet data = session.getLesson().data();
        if (sample >= data.size()) return null;
        double[] values = target ? data.target(sample) : data.input(sample);
        return k < values.length ? values[k] : null;
    }

    private void rebuild() {
        Lesson lesson = session.getLesson();
        fitValueColumns(lesson.data());
        List<SampleRow> fresh = new ArrayList<>(lesson.data().size());
        for (int s = 0; s < lesson.data().size(); s++) fresh.add(new SampleRow(s));
        rows = fresh;
        currentRow = null;
        output.setMinWidth(OUTPUT_MIN_WIDTH);
        setItems(FXCollections.observableList(fresh));
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
            now.outputProperty().set(join(out, Texts.numbers(session.getDigits())));
        } else {
            now.outputProperty().set("");
        }
        // Live training moves the current row every frame; selecting it then would only flicker. A
        // selection of several rows (to delete them) is left alone.
        if (follow && !session.isRunning() && getSelectionModel().getSelectedIndices().size() <= 1
                && getSelectionModel().getSelectedIndex() != now.index()) {
            getSelectionModel().clearAndSelect(now.index());
        }
    }

    private static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) b.append((char) ('₀' + (c - '0')));
        return b.toString();
    }

    private static String join(double[] values, SignificantFormat format) {
        // With decimal commas (0,5) a list needs semicolons between its numbers.
        StringJoiner joiner = new StringJoiner(format.decimalMark() == ',' ? "; " : ", ");
        for (double v : values) joiner.add(format.format(v));
        return joiner.toString();
    }
}
