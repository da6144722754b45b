package org.backpropfx.ui;

import java.util.function.Consumer;
import java.util.function.IntSupplier;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.NumberInput;

/**
 * One input or target value of a sample: shown with the chosen significant digits, edited in place with
 * every digit it holds (so that Enter on an untouched field changes nothing). A value the field cannot
 * take is refused with a message and the cell stays open for a correction.
 */
final class SampleValueCell extends TableCell<SampleRow, Double> {
    private static final String INVALID_STYLE = "-fx-border-color: -bp-warn; -fx-border-width: 1.5;";

    private final IntSupplier digits;
    private final Consumer<String> problems;
    private TextField field;

    /**
     * @param digits the significant digits to show
     * @param problems told why a typed value was refused, and "" once a value is accepted or the edit ends
     */
    SampleValueCell(IntSupplier digits, Consumer<String> problems) {
        this.digits = digits;
        this.problems = problems;
        getStyleClass().add("sample-value-cell");
    }

    /** What the field starts with: the value to the last digit, with a proper minus sign. */
    static String exact(double value) {
        String text = Double.toString(value);
        if (text.endsWith(".0")) text = text.substring(0, text.length() - 2);
        return text.replace('-', '−');
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getItem() == null) return;
        super.startEdit();
        if (!isEditing()) return;
        if (field == null) field = createField();
        field.setText(exact(getItem()));
        field.setStyle("");
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        problems.accept("");
        show(getItem(), isEmpty());
    }

    @Override
    public void commitEdit(Double value) {
        super.commitEdit(value);
        show(value, isEmpty());
    }

    @Override
    protected void updateItem(Double value, boolean empty) {
        super.updateItem(value, empty);
        if (isEditing() && !empty && field != null) {
            setText(null);
            setGraphic(field);
        } else {
            show(value, empty);
        }
    }

    /** Reads the field; a good value is committed, a bad one is reported and the field stays open. */
    boolean commitTyped() {
        NumberInput.Result typed = NumberInput.parse(field.getText());
        if (!typed.isValid()) {
            problems.accept(Texts.get("samples.problem", getIndex() + 1, getTableColumn().getText(), typed.problem()));
            field.setStyle(INVALID_STYLE);
            return false;
        }
        problems.accept("");
        if (field.getText().equals(exact(getItem()))) cancelEdit();
        else commitEdit(typed.value());
        return true;
    }

    /** The open field, for tests; null before the first edit. */
    TextField field() { return field; }

    private TextField createField() {
        TextField f = new TextField();
        f.getStyleClass().add("sample-value-field");
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                commitTyped();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        f.textProperty().addListener((obs, old, text) -> f.setStyle(""));
        return f;
    }

    private void show(Double value, boolean empty) {
        setGraphic(null);
        setText(empty || value == null ? null : Texts.numbers(digits.getAsInt()).format(value));
    }
}
