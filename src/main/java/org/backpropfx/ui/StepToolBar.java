package org.backpropfx.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    /** Set when the zoom changed: the items are sorted into bar and overflow menu again at the next layout. */
    private boolean regroup;

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
        // Cut to "Dig…" or "MI…" they say nothing; whole in the overflow menu they still work.
        digitsLabel.setMinWidth(Region.USE_PREF_SIZE);
        getItems().addAll(notationChoice(session), digitsLabel, digits);
        // A change listener: an invalidation listener hears only the first change, nobody reading the value.
        fontScale.addListener((obs, was, now) -> {
            regroup = true;
            requestLayout();
        });
    }

    /** The window's zoom; the text sizes themselves come from the root's font size (the CSS is in em). */
    DoubleProperty fontScaleProperty() { return fontScale; }

    /**
     * The skin decides what goes into the overflow menu only when the bar's width changes, but a zoom
     * changes what the items need instead: at 150 % they were squeezed ("MI…") and the overflow button
     * sat on top of the last of them. After a zoom the items are handed to the skin afresh, once more if
     * those it moved back onto the bar turn out larger with the bar's font than they were measured.
     */
    @Override protected void layoutChildren() {
        if (!regroup) {
            super.layoutChildren();
            return;
        }
        regroup = false;
        for (int round = 0; round < 3; round++) {
            handItemsAgain();
            super.layoutChildren();
            if (!overfull()) break;
        }
    }

    private void handItemsAgain() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        List<Node> items = List.copyOf(getItems());
        getItems().setAll(items);
        if (focused != null && focused.getScene() != null && !focused.isFocused()) focused.requestFocus();
    }

    /** Whether the items on the bar, styled as they are there now, need more than the bar gave them. */
    private boolean overfull() {
        Node box = lookup(".container");
        if (!(box instanceof Region row) || row.getParent() != this) return false;
        for (Node n : row.getChildrenUnmodifiable()) n.applyCss();
        return row.prefWidth(-1) > row.getWidth() + 0.5;
    }

    /**
     * The skin sorts items onto the bar by their preferred widths alone; a button the stylesheet holds wider
     * (the play button's min-width, so that "Pause" does not jump) was counted short, and at 150 % the
     * last item on the bar was squeezed. These report the width they will really take.
     */
    private static double atLeastMin(double pref, double min) {
        return min > 0 ? Math.max(pref, min) : pref;
    }

    private static final class BarButton extends Button {
        BarButton(String text) { super(text); }

        @Override protected double computePrefWidth(double height) {
            return atLeastMin(super.computePrefWidth(height), getMinWidth());
        }
    }

    private static final class BarLabel extends Label {
        @Override protected double computePrefWidth(double height) {
            return atLeastMin(super.computePrefWidth(height), getMinWidth());
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new BarButton(text);
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
        Label value = new BarLabel();
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
        choice.setMinWidth(Region.USE_PREF_SIZE);
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
        spinner.setTooltip(new Tooltip(Texts.get("toolbar.digits.tip", LessonSession.MIN_DIGITS, LessonSession.MAX_DIGITS)));
        spinner.valueProperty().addListener((obs, old, d) -> {
            if (d != null && d != session.getDigits()) session.setDigits(d);
        });
        session.digitsProperty().addListener((obs, old, d) -> spinner.getValueFactory().setValue(d.intValue()));
        return spinner;
    }
}
