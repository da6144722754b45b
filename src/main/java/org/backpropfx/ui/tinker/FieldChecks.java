package org.backpropfx.ui.tinker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.backpropfx.session.NumberInput;
import org.backpropfx.session.i18n.Texts;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The typed fields of a form, each with its check, validated as the user types (ControlsFX
 * {@link ValidationSupport}): a field that cannot take what is in it is marked (an error sign in its corner
 * and the theme's warning border) with the product's message naming the field, and the same words stand
 * beside it, so that they are read without a pointer. A form asks {@link #allGood()} before it applies, which
 * checks at once rather than waiting for the next pulse as the decorations do.
 */
public final class FieldChecks {
    /** A field's check: the problem with the text in words, or null when the text is good. */
    @FunctionalInterface
    public interface Check extends Function<String, String> {}

    private record Entry(Supplier<String> name, Check check, Label shown) {}

    private final ValidationSupport support = new ValidationSupport();
    private final Map<TextField, Entry> fields = new LinkedHashMap<>();

    public FieldChecks() {
        support.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration("field-problem", "field-warning")));
        support.validationResultProperty().addListener((obs, old, result) -> showAll());
    }

    /**
     * Checks {@code field} as it is typed in.
     *
     * @param name  the field's name as its label says it, for the message on the field
     * @param shown the label beside the field that repeats the problem, or null
     */
    void add(TextField field, String name, Label shown, Check check) {
        add(field, () -> name, shown, check);
    }

    /** As {@link #add(TextField, String, Label, Check)}, for a field whose name changes (the weight it edits). */
    public void add(TextField field, Supplier<String> name, Label shown, Check check) {
        fields.put(Objects.requireNonNull(field, "field"), new Entry(name, check, shown));
        support.registerValidator(field, false, (Control c, String text) -> {
            String problem = check.apply(text == null ? "" : text);
            return ValidationResult.fromErrorIf(c, Texts.get("field.problem", name.get(), problem), problem != null);
        });
    }

    /** Checks the field again, e.g. after the form was filled in for another element. */
    public void recheck(TextField field) { support.revalidate(field); }

    /** Checks every field now, shows each problem beside its field, and says whether all are good. */
    boolean allGood() {
        boolean good = true;
        for (Map.Entry<TextField, Entry> e : fields.entrySet()) {
            // A field the form has switched off (not used for this choice) holds nothing to check.
            String problem = e.getKey().isDisabled() ? null : e.getValue().check().apply(e.getKey().getText());
            if (e.getValue().shown() != null) e.getValue().shown().setText(problem == null ? "" : problem);
            good &= problem == null;
        }
        return good;
    }

    /** A number from {@code min} to {@code max} as the window reads numbers (a decimal comma in German), then {@code extra}'s condition (null: good). */
    static Check number(double min, double max, DoubleFunction<String> extra) {
        return text -> {
            NumberInput.Result result = NumberInput.parse(text, min, max);
            return result.isValid() ? extra.apply(result.value()) : result.problem();
        };
    }

    /** A seed: any whole number. */
    static String seedProblem(String text) {
        try {
            Long.parseLong(text.strip());
            return null;
        } catch (NumberFormatException e) {
            return Texts.get("number.notWhole", text.strip());
        }
    }

    /** The message the field is decorated with ("Momentum: The momentum must be below 1."), or "" if none. */
    public String decoration(TextField field) {
        return support.getHighestMessage(field).map(ValidationMessage::getText).orElse("");
    }

    /** Whether any field holds a value it cannot take, as the decorations show it. */
    ReadOnlyBooleanProperty invalidProperty() { return support.invalidProperty(); }

    private void showAll() {
        for (Map.Entry<TextField, Entry> e : fields.entrySet()) {
            Label shown = e.getValue().shown();
            if (shown == null) continue;
            String problem = e.getKey().isDisabled() ? null : e.getValue().check().apply(e.getKey().getText());
            shown.setText(problem == null ? "" : problem);
        }
    }
}
