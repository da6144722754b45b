package org.backpropfx.ui.lecture;

import org.backpropfx.session.i18n.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.prefs.SettingsStore;

/**
 * "About this lesson": the lesson's teaching text (its {@code note}) under the phase caption, opened and
 * collapsed with the "About this lesson" button at the end of the explanation strip ({@link #button()}) or View › About this lesson;
 * whether it is open is remembered ({@link #remember}). Collapsed it takes no room, so the network and the
 * formulas keep theirs at 1280×720. A lesson without a note shows neither, and presenter mode, which gives
 * the screen to the network, shows no note. Its height depends only on the lesson, the window's width
 * and whether it is open, so stepping never moves the window's layout.
 */
public final class LessonNotePanel extends StackPane {
    static final String KEY = "view.lessonNote";

    private final Label text = new Label();
    private final ToggleButton button = new ToggleButton(Texts.get("lessonNote.button"));
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private String note = "";
    private ObservableBooleanValue hiddenWhile;

    public LessonNotePanel(LessonSession session) {
        setId("lessonNote");
        getStyleClass().add("lesson-note");
        text.setId("lessonNoteText");
        text.getStyleClass().add("lesson-note-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(text);
        setMaxWidth(Double.MAX_VALUE);
        button.setId("lessonNoteButton");
        button.getStyleClass().add("lesson-note-button");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(Texts.get("lessonNote.tip")));
        button.selectedProperty().bindBidirectional(open);
        open.addListener(o -> place());
        session.lessonProperty().addListener((obs, old, lesson) -> show(lesson));
        show(session.getLesson());
    }

    /** Whether the note is open. */
    public BooleanProperty openProperty() { return open; }

    /** The button that opens and collapses the note; for the caption's row. */
    public ToggleButton button() { return button; }

    /**
     * View › About this lesson: opens and collapses the note like its button, also while the explanations,
     * where the button sits, are hidden; there only when the button is.
     */
    public CheckMenuItem menuItem() {
        CheckMenuItem item = new CheckMenuItem(Texts.get("lessonNote.button"));
        item.setId("menuLessonNote");
        item.selectedProperty().bindBidirectional(open);
        item.visibleProperty().bind(button.visibleProperty());
        return item;
    }

    /** The note of the lesson ("" when it has none, and neither the note nor its button shows). */
    public String note() { return note; }

    /** Takes the note away while the condition holds (presenter mode). */
    public void hideWhile(ObservableBooleanValue condition) {
        hiddenWhile = condition;
        condition.addListener(o -> place());
        place();
    }

    private void show(Lesson lesson) {
        note = lesson == null ? "" : lesson.note().strip();
        text.setText(note);
        place();
    }

    private void place() {
        boolean available = !note.isEmpty() && (hiddenWhile == null || !hiddenWhile.get());
        button.setVisible(available);
        button.setManaged(available);
        boolean shown = available && open.get();
        setVisible(shown);
        setManaged(shown);
    }

    /** Opens the note as when the app last ran (collapsed the first time), and remembers every change. */
    public static void remember(BooleanProperty open, SettingsStore store) {
        open.set("true".equals(store.get(KEY)));
        open.addListener((obs, old, now) -> {
            store.put(KEY, Boolean.toString(now));
            store.flush();
        });
    }
}
