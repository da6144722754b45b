package org.backpropfx.ui;

import java.util.function.Consumer;
import java.util.function.IntSupplier;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.NumberInput;
import org.backpropfx.ui.tinker.FieldChecks;

/**
 * One input or target value of a sample: shown with the chosen significant digits, edited in place with
 * every digit it holds (so that Enter on an untouched field changes nothing). A value the field cannot
 * take is marked as it is typed (ControlsFX validation, {@link FieldChecks}: the error sign and the theme's
 * warning border, the message naming the sample and the input or target) and refused on Enter with the same
 * message below the table's buttons; the cell stays open with the typed text for a correction.
 */
final class SampleValueCell extends TableCell<SampleRow, Double> {
    private final IntSupplier digits;
    private final Consumer<String> problems;
    private final boolean target;
    private final int k;
    private final FieldChecks checks = new FieldChecks();
    private TextField field;

    /**
     * @param digits the significant digits to show
     * @param problems told why a typed value was refused, and "" once a value is accepted or the edit ends
     * @param target   whether the column holds a target (else an input)
     * @param k        which input or target, from 0
     */
    SampleValueCell(IntSupplier digits, Consumer<String> problems, boolean target, int k) {
        this.digits = digits;
        this.problems = problems;
        this.target = target;
        this.k = k;
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
        checks.recheck(field);
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        problems.accept("");
        // The field leaves the table: its mark must not stay behind.
        if (field != null) checks.recheck(field);
        show(getItem(), isEmpty());
    }

    @Override
    public void commitEdit(Double value) {
        super.commitEdit(value);
        if (field != null) checks.recheck(field);
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
            problems.accept(Texts.get("samples.problem", place(), typed.problem()));
            checks.recheck(field);
            return false;
        }
        problems.accept("");
        if (field.getText().equals(exact(getItem()))) cancelEdit();
        else commitEdit(typed.value());
        return true;
    }

    /** The open field, for tests; null before the first edit. */
    TextField field() { return field; }

    /** "Sample 3, input 2 (x₂)": where the typed value goes. */
    String place() {
        String column = getTableColumn() == null ? "" : getTableColumn().getText();
        return Texts.get(target ? "samples.place.target" : "samples.place.input", getIndex() + 1, k + 1, column);
    }

    /** The message the open field is marked with, or "" when its text is good (or no edit is open). */
    String decoration() { return field == null ? "" : checks.decoration(field); }

    private TextField createField() {
        TextField f = new TextField();
        f.getStyleClass().add("sample-value-field");
        f.setId("sampleValueField");
        // Only an open edit is checked: a closed cell's field holds nothing the user is typing.
        checks.add(f, this::place, null, text -> isEditing() ? NumberInput.parse(text).problem() : null);
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                commitTyped();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        return f;
    }

    private void show(Double value, boolean empty) {
        setGraphic(null);
        setText(empty || value == null ? null : Texts.numbers(digits.getAsInt()).format(value));
    }
}
