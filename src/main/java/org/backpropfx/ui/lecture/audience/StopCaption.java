package org.backpropfx.ui.lecture.audience;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.session.LectureScript;
import org.backpropfx.session.i18n.Texts;

/**
 * The script stop as the class reads it: its caption large and, when the lecturer waits for the class, a line
 * saying so. No buttons: the lecturer drives from the console or the clicker. Hidden when no stop is shown.
 */
final class StopCaption extends VBox {
    private final LectureScript script;
    private final Label caption = new Label();
    private final Label waitNote = new Label(Texts.get("script.wait"));

    StopCaption(LectureScript script, String id) {
        this.script = script;
        setId(id);
        getStyleClass().add("script-panel");
        caption.setId(id + "Text");
        caption.getStyleClass().add("script-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        waitNote.getStyleClass().add("script-wait");
        getChildren().addAll(caption, waitNote);
        script.stopProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The caption shown ("" when none). */
    String text() { return caption.getText(); }

    private void update() {
        ScriptStop stop = script.stopProperty().get();
        boolean shown = stop != null;
        caption.setText(shown ? stop.caption() : "");
        waitNote.setVisible(shown && stop.waitForClass());
        waitNote.setManaged(shown && stop.waitForClass());
        setVisible(shown);
        setManaged(shown);
    }
}
