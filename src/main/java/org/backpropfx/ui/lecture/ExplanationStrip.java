package org.backpropfx.ui.lecture;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;


import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * What the current phase computes and why, in a few plain sentences under the phase caption, in the
 * notation on screen. Follows every step, including live training.
 */
public final class ExplanationStrip extends HBox {
    private final LessonSession session;
    private final Label text = new Label();

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
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(title, text);
        session.snapshotProperty().addListener(o -> update());
        session.notationProperty().addListener(o -> update());
        update();
    }

    /** The explanation shown now. */
    public String text() { return text.getText(); }

    private void update() {
        text.setText(org.backpropfx.session.i18n.Explanations.explain(session.getSnapshot(), session.getNotation()));
    }
}
