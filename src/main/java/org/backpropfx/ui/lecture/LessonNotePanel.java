package org.backpropfx.ui.lecture;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;

/**
 * "About this lesson": the lesson's teaching text (its {@code note}) under the phase caption, in a pane
 * the user can collapse; whether it is open is remembered ({@link #remember}). A lesson without a note
 * shows no pane at all. Its height depends only on the lesson and the window's width, so stepping never
 * moves the window's layout.
 */
public final class LessonNotePanel extends TitledPane {
    static final String KEY = "view.lessonNote";

    private final Label text = new Label();

    public LessonNotePanel(LessonSession session) {
        setText("About this lesson");
        setId("lessonNote");
        getStyleClass().add("lesson-note");
        setAnimated(false);
        setCollapsible(true);
        setExpanded(true);
        text.setId("lessonNoteText");
        text.getStyleClass().add("lesson-note-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        setContent(text);
        setMaxWidth(Double.MAX_VALUE);
        session.lessonProperty().addListener((obs, old, lesson) -> show(lesson));
        show(session.getLesson());
    }

    /** The note shown now ("" when the lesson has none, and the pane is hidden). */
    public String note() { return text.getText(); }

    private void show(Lesson lesson) {
        String note = lesson == null ? "" : lesson.note().strip();
        text.setText(note);
        setVisible(!note.isEmpty());
        setManaged(!note.isEmpty());
    }

    /** Opens or collapses the pane as when the app last ran (open the first time), and remembers every change. */
    public static void remember(BooleanProperty expanded, SettingsStore store) {
        expanded.set(!"false".equals(store.get(KEY)));
        expanded.addListener((obs, old, now) -> {
            store.put(KEY, Boolean.toString(now));
            store.flush();
        });
    }
}
