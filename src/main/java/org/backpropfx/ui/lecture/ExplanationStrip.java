package org.backpropfx.ui.lecture;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.backpropfx.notation.Notation;
import org.backpropfx.session.i18n.Explanations;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.prefs.SettingsStore;

/**
 * What the current phase computes and why, in a few plain sentences under the phase caption, in the
 * notation on screen. Follows every step, including live training.
 *
 * <p>The explanations run from one line to five, and a strip that followed them would move the whole
 * window at every step. So the strip is always {@link #LINES} lines high; a longer explanation ends in
 * "…" there, and the "More" button beside it opens the strip to the height of the tallest explanation of
 * the sample's phases, which again stays the same while stepping. Two lines leave the formulas, the
 * samples table and, while presenting, the network their room at 1280×720.
 */
public final class ExplanationStrip extends HBox {
    /** How many lines the strip shows while not opened with "More". */
    public static final int LINES = 2;
    static final String KEY = "view.explanationMore";
    /**
     * A line as tall as any the explanations have: Greek letters, subscripts and symbols may come from a
     * fallback font with a taller line than the strip's own letters.
     */
    private static final String LINE = "Åg αβγδηθ w₀ aⱼ Σ∂ ← −";

    private final LessonSession session;
    private final Label text = new Label();
    private final ToggleButton more = new ToggleButton();
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", false);
    private final Tooltip whole = new Tooltip();
    /** A hidden copy of the text's label, to know the height of the other phases' explanations before they show. */
    private final Label measure = new Label();
    /** What {@link #tallest} was worked out for: the phases' texts depend on nothing else. */
    private Object measuredFor;
    private double tallest;

    public ExplanationStrip(LessonSession session) {
        this.session = session;
        setId("explanation");
        getStyleClass().add("explanation-strip");
        Label title = new Label(Texts.get("explanation.title"));
        title.getStyleClass().add("explanation-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        text.setId("explanationText");
        text.getStyleClass().add("explanation-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setAlignment(Pos.TOP_LEFT);
        text.setEllipsisString("…");
        HBox.setHgrow(text, Priority.ALWAYS);
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        more.setId("explanationMore");
        more.getStyleClass().add("explanation-more");
        more.setFocusTraversable(false);
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip(Texts.get("explanation.more.tip")));
        more.selectedProperty().bindBidirectional(expanded);
        more.textProperty().bind(Bindings.when(expanded)
                .then(Texts.get("explanation.less")).otherwise(Texts.get("explanation.more")));
        // The button keeps its room when it is not needed, so that the text's width, and so its wrapping, stays.
        more.setVisible(false);
        measure.getStyleClass().add("explanation-text");
        measure.setWrapText(true);
        measure.setManaged(false);
        measure.setVisible(false);
        getChildren().addAll(title, text, more, measure);
        session.snapshotProperty().addListener(o -> update());
        session.notationProperty().addListener(o -> update());
        expanded.addListener(o -> fit());
        text.widthProperty().addListener(o -> fit());
        text.fontProperty().addListener(o -> fit());
        text.lineSpacingProperty().addListener(o -> fit());
        update();
    }

    /** Puts a button at the strip's end, after "More" ("About this lesson": the phase bar has no room left at 1280). */
    public void addButton(ButtonBase button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(getChildren().indexOf(measure), button);
    }

    /** The explanation shown now (all of it, also when the strip shows only its first lines). */
    public String text() { return text.getText(); }

    /** Whether the strip shows whole explanations ("More") rather than their first {@link #LINES} lines. */
    public BooleanProperty expandedProperty() { return expanded; }

    /** Opens the strip as when the app last ran (two lines the first time), and remembers every change. */
    public static void remember(BooleanProperty expanded, SettingsStore store) {
        expanded.set("true".equals(store.get(KEY)));
        expanded.addListener((obs, old, now) -> {
            store.put(KEY, Boolean.toString(now));
            store.flush();
        });
    }

    private void update() {
        String now = Explanations.explain(session.getSnapshot(), session.getNotation());
        text.setText(now);
        whole.setText(now);
        fit();
    }

    /**
     * Gives the text the same height at every phase of the sample: {@link #LINES} lines, or opened the
     * tallest explanation of the sample; "More" shows only when some explanation of the sample is longer.
     */
    private void fit() {
        double width = text.getWidth();
        if (width <= 0) return;
        double lines = heightOf(String.join("\n", Collections.nCopies(LINES, LINE)), -1);
        double longest = tallest(width);
        boolean overflows = longest > lines + 0.5;
        more.setVisible(overflows);
        double height = Math.ceil(expanded.get() && overflows ? longest : lines);
        text.setMinHeight(height);
        text.setPrefHeight(height);
        text.setMaxHeight(height);
        // Cut short, the whole explanation is one hover away.
        text.setTooltip(overflows && !expanded.get() && heightOf(text.getText(), width) > lines + 0.5 ? whole : null);
    }

    /** The height of the tallest explanation among the current sample's phases at this width. */
    private double tallest(double width) {
        Snapshot s = session.getSnapshot();
        if (s == null) return heightOf(text.getText(), width);
        Notation notation = session.getNotation();
        Object key = List.of(s.phases(), s.sample(), s.batchPosition(), s.settings(), notation, width,
                text.getFont(), text.getLineSpacing(), session.getLesson());
        if (Objects.equals(key, measuredFor)) return tallest;
        double most = 0;
        for (int k = -1; k < s.phases().size(); k++) {
            most = Math.max(most, heightOf(Explanations.explain(s.atPhase(k), notation), width));
        }
        measuredFor = key;
        tallest = most;
        return most;
    }

    /** The height of the label with this text at this width (-1: not wrapped). */
    private double heightOf(String s, double width) {
        // Its own font may wait for the next styling pass; the text's is the one that counts now.
        measure.setFont(text.getFont());
        measure.setLineSpacing(text.getLineSpacing());
        measure.setText(s);
        return measure.prefHeight(width);
    }
}
