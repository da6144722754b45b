package org.backpropfx.ui.tinker;

import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.backpropfx.notation.Notation;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.NumberInput;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * A small editor for one weight or bias: type a value and press Enter, lock it, or put back the lesson's
 * value. A bias is typed as the notation writes it (w₀ = −b in the MIT notation). A value the editor cannot
 * take marks the field with a message naming the weight, says it under the field too, and the network stays
 * as it was.
 */
public final class ValueEditor extends VBox {
    private final LessonSession session;
    private final Label title = new Label();
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final CheckBox lock = new CheckBox(Texts.get("editor.locked"));
    private final Button reset = new Button(Texts.get("editor.reset"));
    private NetworkElement element;
    private String shownText = "";
    private final FieldChecks checks = new FieldChecks();
    private Runnable onDone = () -> { };

    public ValueEditor(LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("value-editor");
        setId("valueEditor");
        setSpacing(6);
        setPadding(new Insets(8, 10, 8, 10));
        // The popup is a window of its own: it takes the theme's colours (.value-editor) from the scene's
        // stylesheets, which a popup copies, but not the main window's font size.
        setStyle("-fx-font-size: 14px;");
        title.setStyle("-fx-font-weight: bold;");
        title.setId("valueTitle");
        title.getStyleClass().add("value-editor-title");
        field.setId("valueField");
        field.setPrefColumnCount(12);
        message.setId("valueMessage");
        message.getStyleClass().add("value-editor-message");
        message.setWrapText(true);
        message.setMaxWidth(300);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        lock.setId("valueLock");
        reset.setId("valueReset");
        Button apply = new Button(Texts.get("editor.set"));
        apply.setId("valueApply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> commit());
        HBox row = new HBox(6, field, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(10, lock, reset);
        options.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, row, message, options);

        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (commit()) onDone.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onDone.run();
                e.consume();
            }
        });
        // Checked as it is typed: a value the field cannot take marks it, named ("Weight w(1: 2←1): …"), and
        // the same words stand under it.
        checks.add(field, () -> element == null ? Texts.get("editor.value") : Edits.nameOf(element, session.getNotation()), message,
                text -> text.equals(shownText) ? null : NumberInput.parse(text).problem());
        lock.setOnAction(e -> {
            if (element != null) session.apply(Edits.setLocked(element, lock.isSelected(), session.getNotation()));
            refresh();
        });
        reset.setOnAction(e -> {
            if (element != null) session.apply(Edits.resetToLesson(element, session.getNotation()));
            refresh();
        });
        session.snapshotProperty().addListener((obs, old, s) -> {
            if (element != null && !field.isFocused()) refresh();
        });
    }

    /** What to do when the user is done (Enter after a good value, or Escape): e.g. close the popup. */
    public void setOnDone(Runnable action) { onDone = action == null ? () -> { } : action; }

    /** Edits {@code target}: a weight, a bias, or a neuron's bias. */
    public void edit(NetworkElement target) {
        if (!Edits.isEditable(target)) throw new IllegalArgumentException("nothing to edit in " + target);
        element = target instanceof NetworkElement.Weight ? target : Edits.biasOf(target);
        refresh();
        field.requestFocus();
        field.selectAll();
    }

    public NetworkElement element() { return element; }

    public TextField field() { return field; }

    /** The message beside the field: why the last value was refused, or "". */
    public String problem() { return message.getText(); }

    /** The message the field is marked with as it is typed in, or "". */
    public String decoration() { return checks.decoration(field); }

    /**
     * Sets the element to the typed value. Unchanged text changes nothing (the field may show fewer digits
     * than the weight holds).
     *
     * @return whether the value was good (set or unchanged)
     */
    public boolean commit() {
        if (element == null) return false;
        if (field.getText().equals(shownText)) return true;
        if (!checks.allGood()) return false;
        NumberInput.Result typed = NumberInput.parse(field.getText());
        if (!session.apply(Edits.setValue(element, typed.value(), session.getNotation()))) {
            message.setText(session.getStatus());
            return false;
        }
        refresh();
        return true;
    }

    private void refresh() {
        Snapshot s = session.getSnapshot();
        if (element == null) return;
        Notation notation = session.getNotation();
        double value;
        String what;
        if (element instanceof NetworkElement.Weight w) {
            value = s.weightBefore(w.layer(), w.to(), w.from());
            what = Texts.get("editor.weight", w.to() + 1, w.layer(), w.from() + 1);
        } else {
            NetworkElement.Bias b = (NetworkElement.Bias) element;
            value = notation.bias(s.biasBefore(b.layer(), b.neuron()));
            what = notation.biasIsWeightOnMinusOne() ? Texts.get("editor.biasWeight", b.neuron() + 1, b.layer())
                    : Texts.get("editor.bias", b.neuron() + 1, b.layer());
        }
        title.setText(Edits.nameOf(element, notation) + " — " + what);
        shownText = Double.toString(value).replace('-', '−');
        if (shownText.endsWith(".0")) shownText = shownText.substring(0, shownText.length() - 2);
        shownText = Texts.decimal(shownText);
        field.setText(shownText);
        lock.setSelected(Edits.isLocked(element, s));
        message.setText("");
        checks.recheck(field);
    }
}
