package org.backpropfx.ui.lecture;

import java.util.List;
import java.util.Objects;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.backpropfx.notation.Notation;
import org.backpropfx.notation.PhaseExplanation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Snapshot;

/**
 * What the current phase computes and why, in a few plain sentences under the phase caption, in the
 * notation on screen. Follows every step, including live training.
 *
 * <p>The explanations run from one line to four. So that the window does not jump at every step, the
 * strip keeps the height of the tallest explanation of the sample's phases at its width.
 */
public final class ExplanationStrip extends HBox {
    private final LessonSession session;
    private final Label text = new Label();
    /** What the reserved height was worked out for: the phases' texts depend on nothing else. */
    private Object reservedFor;

    public ExplanationStrip(LessonSession session) {
        this.session = session;
        setId("explanation");
        getStyleClass().add("explanation-strip");
        Label title = new Label("Why");
        title.getStyleClass().add("explanation-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        text.setId("explanationText");
        text.getStyleClass().add("explanation-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(title, text);
        session.snapshotProperty().addListener(o -> update());
        session.notationProperty().addListener(o -> update());
        text.widthProperty().addListener(o -> reserve());
        text.skinProperty().addListener(o -> reserve());
        text.fontProperty().addListener(o -> reserve());
        update();
    }

    /** The explanation shown now. */
    public String text() { return text.getText(); }

    private void update() {
        text.setText(PhaseExplanation.explain(session.getSnapshot(), session.getNotation()));
        reserve();
    }

    /** Sets the text's least height to that of the tallest explanation among the current sample's phases. */
    private void reserve() {
        Snapshot s = session.getSnapshot();
        double width = text.getWidth();
        if (s == null || width <= 0 || text.getSkin() == null) return;
        Notation notation = session.getNotation();
        Object key = List.of(s.phases(), s.sample(), s.batchPosition(), s.settings(), notation, width, text.getFont(),
                session.getLesson());
        if (Objects.equals(key, reservedFor)) return;
        reservedFor = key;
        // Measured by the label itself, so that wrapping and line height are exactly those it shows.
        String shown = text.getText();
        double tallest = 0;
        for (int k = -1; k < s.phases().size(); k++) {
            text.setText(PhaseExplanation.explain(s.atPhase(k), notation));
            tallest = Math.max(tallest, text.prefHeight(width));
        }
        text.setText(shown);
        text.setMinHeight(Math.ceil(tallest));
    }
}
