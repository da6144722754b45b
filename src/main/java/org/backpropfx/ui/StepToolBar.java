package org.backpropfx.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/** The stepping controls, the speed, the notation and the precision. */
final class StepToolBar extends ToolBar {
    private boolean syncing;

    StepToolBar(LessonSession session) {
        getStyleClass().add("step-toolbar");
        Button back = button("stepBack", Texts.get("toolbar.back"), Texts.get("toolbar.back.tip"), session::stepBack);
        back.disableProperty().bind(session.canStepBackProperty().not());
        Button forward = button("stepForward", Texts.get("toolbar.forward"), Texts.get("toolbar.forward.tip"),
                session::stepForward);
        Button finish = button("finishSample", Texts.get("toolbar.finish"), Texts.get("toolbar.finish.tip"),
                session::finishSample);
        Button epoch = button("runEpoch", Texts.get("toolbar.epoch"), Texts.get("toolbar.epoch.tip"), session::runEpoch);
        Button play = button("playPause", "", Texts.get("toolbar.play.tip"), session::playPause);
        play.textProperty().bind(Bindings.when(session.runningProperty()).then(Texts.get("toolbar.pause")).otherwise(Texts.get("toolbar.play")));
        play.getStyleClass().add("play-button");
        Button reset = button("reset", Texts.get("toolbar.reset"), Texts.get("toolbar.reset.tip"), session::reset);

        getItems().addAll(back, forward, finish, epoch, new Separator(), play);
        getItems().addAll(speedControls(session));
        getItems().addAll(new Separator(), reset, new Separator());
        Label digitsLabel = new Label(Texts.get("toolbar.digits"));
        Spinner<Integer> digits = digitsSpinner(session);
        digitsLabel.setLabelFor(digits);
        getItems().addAll(notationChoice(session), digitsLabel, digits);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        // Tab reaches every button; Space on a focused button presses it (the key bindings leave it alone).
        button.setAccessibleText(tip);
        // At 1280 px the bar is full: a label cut to "Ste…" is worse than the bar's overflow menu.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Node[] speedControls(LessonSession session) {
        Slider slider = new Slider(0, SpeedScale.FULL_POSITION, SpeedScale.positionOf(session.speedProperty().get()));
        slider.setId("speed");
        slider.setPrefWidth(110);
        slider.setMajorTickUnit(1);
        slider.setShowTickMarks(true);
        slider.setTooltip(new Tooltip(Texts.get("toolbar.speed.tip")));
        slider.setAccessibleText(Texts.get("toolbar.speed"));
        slider.valueProperty().addListener((obs, old, position) -> {
            if (syncing) return;
            syncing = true;
            session.speedProperty().set(SpeedScale.speedAt(position.doubleValue()));
            syncing = false;
        });
        session.speedProperty().addListener((obs, old, speed) -> {
            if (syncing) return;
            syncing = true;
            slider.setValue(SpeedScale.positionOf(speed.doubleValue()));
            syncing = false;
        });
        Label value = new Label();
        value.setId("speedValue");
        value.getStyleClass().add("speed-value");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> SpeedScale.describe(session.speedProperty().get()), session.speedProperty()));
        value.setMinWidth(Region.USE_PREF_SIZE);
        return new Node[] {slider, value};
    }

    private static ChoiceBox<Notation> notationChoice(LessonSession session) {
        ChoiceBox<Notation> choice = new ChoiceBox<>();
        choice.setId("notation");
        choice.getItems().setAll(Notation.values());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Notation n) {
                if (n == null) return "";
                return (n.isNamedAfterACourse() ? "MIT" : Texts.get("toolbar.notation.gradient")) + " (" + n.outSymbol() + ", " + n.deltaSymbol() + ", "
                        + n.rateSymbol() + ")";
            }

            @Override
            public Notation fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        choice.setValue(session.getNotation());
        choice.setTooltip(new Tooltip(Texts.get("toolbar.notation.tip")));
        choice.setAccessibleText(Texts.get("toolbar.notation"));
        choice.valueProperty().addListener((obs, old, n) -> {
            if (n != null && n != session.getNotation()) session.setNotation(n);
        });
        session.notationProperty().addListener((obs, old, n) -> choice.setValue(n));
        return choice;
    }

    private static Spinner<Integer> digitsSpinner(LessonSession session) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                LessonSession.MIN_DIGITS, LessonSession.MAX_DIGITS, session.getDigits()));
        spinner.setId("digits");
        spinner.setAccessibleText(Texts.get("toolbar.digits.name"));
        spinner.setPrefWidth(70);
        spinner.setTooltip(new Tooltip(Texts.get("toolbar.digits.tip", LessonSession.MIN_DIGITS, LessonSession.MAX_DIGITS)));
        spinner.valueProperty().addListener((obs, old, d) -> {
            if (d != null && d != session.getDigits()) session.setDigits(d);
        });
        session.digitsProperty().addListener((obs, old, d) -> spinner.getValueFactory().setValue(d.intValue()));
        return spinner;
    }
}
