package org.backpropfx.ui.tinker;


import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.backpropfx.data.DataPresets;
import org.backpropfx.engine.DataSet;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.NewLessons;
import org.backpropfx.session.NumberInput;
import org.backpropfx.session.i18n.Texts;
import java.math.BigDecimal;

/**
 * Replaces the training samples with a ready-made set (AND, OR, XOR, the single-weight example, circle,
 * two Gaussians, spiral) as one undoable edit. The random sets take a size, a noise level and a seed;
 * each field says beside it what is wrong with a value it cannot take. The network keeps its hidden
 * layers; its inputs and outputs follow the new samples.
 */
public final class DataPresetDialog extends GridPane {
    private final LessonSession session;
    final ChoiceBox<DataPresets.Preset> preset =
            new ChoiceBox<>(FXCollections.observableArrayList(DataPresets.Preset.values()));
    final TextField size = field("presetSizeField");
    final TextField noise = field("presetNoiseField");
    final TextField seed = field("presetSeedField");
    private final Label[] problems = new Label[4];
    private final FieldChecks checks = new FieldChecks();

    public DataPresetDialog(LessonSession session) {
        this.session = session;
        setId("dataPresetForm");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(10));
        preset.setId("presetChoice");
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(DataPresets.Preset p) { return p == null ? "" : p.label(); }

            @Override public DataPresets.Preset fromString(String s) { return null; }
        });
        row(0, Texts.get("presets.samples"), preset);
        row(1, Texts.get("presets.size"), size);
        row(2, Texts.get("presets.noise"), noise);
        row(3, Texts.get("presets.seed"), seed);
        preset.setValue(DataPresets.Preset.XOR);
        size.setText(Integer.toString(NewLessons.RANDOM_SIZE));
        noise.setText(Double.toString(NewLessons.RANDOM_NOISE));
        seed.setText(Long.toString(session.getLesson().seed()));
        for (TextField f : new TextField[] {size, noise, seed}) {
            f.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> preset.getValue() == null || !preset.getValue().isRandom(), preset.valueProperty()));
        }
        checks.add(size, Texts.get("field.size"), problems[1], FieldChecks.number(2, DataPresets.MAX_SAMPLES,
                v -> v != Math.rint(v) ? Texts.get("presets.sizeWhole") : null));
        checks.add(noise, Texts.get("field.noise"), problems[2], FieldChecks.number(0, 1, v -> null));
        checks.add(seed, Texts.get("presets.seed"), problems[3], FieldChecks::seedProblem);
        Label note = new Label(Texts.get("presets.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        add(note, 0, 4, 3, 1);
    }

    /** Shows the form in a dialog; OK applies it and stays open while a field is wrong. */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("presets.title"));
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(this);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Texts.get("presets.use"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!apply()) e.consume();
        });
        DialogGrowth.follow(dialog);
        dialog.showAndWait();
    }

    /** Checks the fields; if all are good, replaces the samples. Returns whether the samples were replaced. */
    public boolean apply() {
        for (Label p : problems) p.setText("");
        DataPresets.Preset chosen = preset.getValue();
        if (chosen == null) {
            problems[0].setText(Texts.get("presets.choose"));
            return false;
        }
        int n = NewLessons.RANDOM_SIZE;
        double level = 0;
        long seedValue = session.getLesson().seed();
        if (!checks.allGood()) return false;
        if (chosen.isRandom()) {
            n = (int) number(size);
            level = number(noise);
            seedValue = SettingsDialog.parseSeed(seed.getText());
        }
        DataSet data = DataPresets.create(chosen, n, level, seedValue);
        String noiseText = BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
        String presetName = Texts.get("preset." + chosen.name());
        String label = chosen.isRandom()
                ? Texts.get("presets.useLabel.random", presetName, n, Texts.decimal(noiseText), seedValue)
                : Texts.get("presets.useLabel", presetName);
        if (!session.apply(Edits.setData(data, DataPresets.classNames(chosen), label))) {
            problems[0].setText(session.getStatus());
            return false;
        }
        return true;
    }

    /** The message beside field {@code row} (0 preset, 1 size, 2 noise, 3 seed), or "". */
    public String problem(int row) { return problems[row].getText(); }

    /** The message the field is marked with as it is typed in ("Noise: …"), or "". */
    String decoration(TextField field) { return checks.decoration(field); }

    /** A field's number, once its check has passed. */
    private static double number(TextField field) {
        return NumberInput.parse(field.getText(), -NumberInput.MAX_MAGNITUDE, NumberInput.MAX_MAGNITUDE).value();
    }

    private void row(int r, String label, Node control) {
        problems[r] = FormRows.add(this, r, label, control, "presetProblem" + r);
    }

    private static TextField field(String id) {
        return FormRows.field(id);
    }
}
