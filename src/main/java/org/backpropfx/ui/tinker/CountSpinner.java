package org.backpropfx.ui.tinker;

import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.util.StringConverter;

import org.backpropfx.session.i18n.Texts;

/**
 * An editable spinner for a count (neurons in a layer, students in a class) whose typed text is checked as it
 * is typed, like every other typed field: "Students: “2o” is not a whole number." JavaFX's own spinner throws
 * on such text when it commits and silently puts a count beyond its range back to the limit; this one keeps
 * the text, marked, for the user to correct, and takes only what it can hold.
 */
final class CountSpinner {
    private CountSpinner() {
    }

    /** A spinner from min to max starting at initial; {@code shown}, if not null, repeats the problem in words. */
    static Spinner<Integer> of(int min, int max, int initial, FieldChecks checks, Supplier<String> name, Label shown) {
        IntegerSpinnerValueFactory counts = new IntegerSpinnerValueFactory(min, max, initial);
        counts.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : Integer.toString(value);
            }

            /** Text that is not a count in range leaves the value as it is (and the text stays, marked). */
            @Override
            public Integer fromString(String text) {
                return problem(text, min, max) == null ? Integer.valueOf(text.strip()) : counts.getValue();
            }
        });
        Spinner<Integer> spinner = new Spinner<>(counts);
        spinner.setEditable(true);
        checks.add(spinner.getEditor(), name, shown, text -> problem(text, min, max));
        return spinner;
    }

    /** What is wrong with the text as a count from min to max, or null when nothing is. */
    static String problem(String text, int min, int max) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) return Texts.get("number.empty");
        int value;
        try {
            value = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            // Digits too many for an int are still a whole number: out of range, not "not a whole number".
            return Texts.get(typed.matches("[+-]?\\d+") ? "number.range" : "number.notWhole", typed, min, max);
        }
        return value < min || value > max ? Texts.get("number.range", typed, min, max) : null;
    }
}
