package org.backpropfx.ui.tinker;

import java.util.function.DoubleFunction;
import java.util.function.Function;

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
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.NumberInput;
import org.backpropfx.session.i18n.Texts;

/**
 * The training settings and how weights are re-randomised, in a form whose fields are checked as they are
 * typed in: a value a field cannot take marks the field and is said beside it ({@link FieldChecks}), and OK
 * applies nothing until every field is good. Applying keeps the network and the training progress.
 */
public final class SettingsDialog extends GridPane {
    private final LessonSession session;
    final TextField rate = field("rateField");
    final TextField momentum = field("momentumField");
    final ChoiceBox<BatchMode> batchMode = new ChoiceBox<>(FXCollections.observableArrayList(BatchMode.values()));
    final TextField batchSize = field("batchSizeField");
    final ChoiceBox<Loss> loss = new ChoiceBox<>(FXCollections.observableArrayList(Loss.values()));
    final ChoiceBox<InitMethod> init = new ChoiceBox<>(FXCollections.observableArrayList(InitMethod.values()));
    final TextField range = field("rangeField");
    final TextField seed = field("seedField");
    final TextField l1 = field("l1Field");
    final TextField l2 = field("l2Field");
    private final Label[] problems = new Label[10];
    private final FieldChecks checks = new FieldChecks();

    public SettingsDialog(LessonSession session) {
        this.session = session;
        setId("settingsForm");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(10));
        batchMode.setId("batchModeChoice");
        loss.setId("lossChoice");
        init.setId("initChoice");
        batchMode.setConverter(ids(BatchMode::id));
        loss.setConverter(ids(Loss::id));
        init.setConverter(ids(InitMethod::id));
        row(0, Texts.get("settings.rate", session.getNotation().rateSymbol()), rate);
        row(1, Texts.get("settings.momentum"), momentum);
        row(2, Texts.get("settings.batchMode"), batchMode);
        row(3, Texts.get("settings.batchSize"), batchSize);
        row(4, Texts.get("settings.loss"), loss);
        row(5, Texts.get("settings.init"), init);
        row(6, Texts.get("settings.range"), range);
        row(7, Texts.get("presets.seed"), seed);
        row(8, Texts.get("settings.l1"), l1);
        row(9, Texts.get("settings.l2"), l2);
        checks.add(rate, Texts.get("field.rate"), problems[0], numberCheck(0, TrainingSettings.MAX_LEARNING_RATE,
                v -> v <= 0 ? Texts.get("settings.rateAbove") : null));
        checks.add(momentum, Texts.get("settings.momentum"), problems[1], numberCheck(0, 1, v -> v >= 1 ? Texts.get("settings.momentumBelow") : null));
        checks.add(batchSize, Texts.get("field.batchSize"), problems[3], numberCheck(1, TrainingSettings.MAX_BATCH_SIZE,
                v -> v != Math.rint(v) ? Texts.get("settings.batchWhole") : null));
        checks.add(range, Texts.get("field.range"), problems[6], numberCheck(0, 100, v -> v <= 0 ? Texts.get("settings.rangeAbove") : null));
        checks.add(seed, Texts.get("presets.seed"), problems[7], FieldChecks::seedProblem);
        checks.add(l1, Texts.get("field.l1"), problems[8], numberCheck(0, TrainingSettings.MAX_PENALTY, v -> null));
        checks.add(l2, Texts.get("field.l2"), problems[9], numberCheck(0, TrainingSettings.MAX_PENALTY, v -> null));
        fill();
    }

    /** Shows the form in a dialog; OK applies it and stays open while a field is wrong. */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("settings.title"));
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(this);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!apply()) e.consume();
        });
        DialogGrowth.follow(dialog);
        dialog.showAndWait();
    }

    /** Asks for a seed and draws new weights with the lesson's initialisation. */
    public static void randomise(LessonSession session, Window owner) {
        TextInputDialog ask = new TextInputDialog(
                Long.toString(session.getLesson().seed() + 1));
        ask.setTitle(Texts.get("settings.randomise"));
        ask.setHeaderText(Texts.get("settings.randomise.header", session.getLesson().initMethod().id()));
        ask.setContentText(Texts.get("settings.seedPrompt"));
        ask.initOwner(owner);
        FieldChecks seedCheck = new FieldChecks();
        seedCheck.add(ask.getEditor(), Texts.get("presets.seed"), null,
                text -> parseSeed(text) == null ? Texts.get("settings.seedNotWhole", text.strip()) : null);
        Button ok = (Button) ask.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(seedCheck.invalidProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!seedCheck.allGood()) e.consume();
        });
        ask.showAndWait().ifPresent(text -> {
            Lesson l = session.getLesson();
            session.apply(Edits.randomise(l.initMethod(), l.initRange(), parseSeed(text)));
        });
    }

    /** Puts the session's settings in the fields. */
    public void fill() {
        TrainingSettings s = session.getSnapshot().settings();
        Lesson l = session.getLesson();
        rate.setText(Texts.decimal(Double.toString(s.learningRate())));
        momentum.setText(Texts.decimal(Double.toString(s.momentum())));
        batchMode.setValue(s.batchMode());
        batchSize.setText(Integer.toString(s.batchSize()));
        loss.setValue(s.loss());
        init.setValue(l.initMethod());
        range.setText(Texts.decimal(Double.toString(l.initRange())));
        seed.setText(Long.toString(l.seed()));
        l1.setText(Texts.decimal(Double.toString(s.l1())));
        l2.setText(Texts.decimal(Double.toString(s.l2())));
        for (Label p : problems) p.setText("");
    }

    /** Checks every field; if all are good, applies what changed. Returns whether all were good. */
    public boolean apply() {
        if (!checks.allGood()) return false;
        double r = number(rate);
        double mu = number(momentum);
        double size = number(batchSize);
        double initRange = number(range);
        long seedValue = parseSeed(seed.getText());
        TrainingSettings wanted = new TrainingSettings(r, mu, batchMode.getValue(), (int) size, loss.getValue(),
                number(l1), number(l2));
        boolean ok = true;
        if (!wanted.equals(session.getSnapshot().settings())) ok = session.apply(Edits.setSettings(wanted));
        Lesson l = session.getLesson();
        if (ok && (init.getValue() != l.initMethod() || initRange != l.initRange() || seedValue != l.seed())) {
            ok = session.apply(Edits.setInitialisation(init.getValue(), initRange, seedValue));
        }
        if (!ok) problems[0].setText(session.getStatus());
        return ok;
    }

    /** The message beside field {@code row}, or "". */
    public String problem(int row) { return problems[row].getText(); }

    /** The message the field is marked with as it is typed in ("Momentum: …"), or "". */
    String decoration(TextField field) { return checks.decoration(field); }

    private static double number(TextField field) {
        return NumberInput.parse(field.getText(), -NumberInput.MAX_MAGNITUDE, NumberInput.MAX_MAGNITUDE).value();
    }

    private static FieldChecks.Check numberCheck(double min, double max, DoubleFunction<String> extra) {
        return FieldChecks.number(min, max, extra);
    }

    static Long parseSeed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void row(int r, String label, Node control) {
        problems[r] = FormRows.add(this, r, label, control, "problem" + r);
    }

    private static TextField field(String id) {
        return FormRows.field(id);
    }

    private static <T> StringConverter<T> ids(Function<T, String> id) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : id.apply(value); }

            @Override public T fromString(String s) { return null; }
        };
    }
}
