package org.backpropfx.ui.lecture.audience;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.session.LectureScript;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.PhaseCaption;
import org.backpropfx.ui.network.NetworkView;

/**
 * The lecturer's screen while the class watches the audience window: the same phase small, what the next click
 * shows, the script stop's caption with the lecturer's own notes (editable, saved with the lesson), the lesson's
 * note, the time since the lecture started, and the keys. Its buttons take no keyboard focus, so that Space
 * and the arrows keep stepping.
 */
public final class PresenterConsole extends BorderPane {
    /** From this width the network stands beside the texts; narrower, above them. */
    static final double SIDE_BY_SIDE_FROM = 900;
    static final String STYLESHEET = "audience.css";

    private final LessonSession session;
    private final LectureScript script;
    private final LectureTimer timer;
    private final NetworkView network;
    private final NextPhasePreview preview;
    private final Label timerText = new Label();
    private final Button pauseTimer = button("consoleTimerPause", "console.timer.pause");
    private final Button resetTimer = button("consoleTimerReset", "console.timer.reset");
    private final Label stopHeading = heading("consoleStopHeading");
    private final Label stopCaption = wrapping("consoleStopCaption", "console-caption");
    private final Label notes = wrapping("consoleNotes", "console-notes");
    private final TextArea notesField = new TextArea();
    private final Button saveNotes = button("consoleSaveNotes", "console.notes.save");
    private final Button editNotes = button("consoleEditNotes", "console.notes.edit");
    private HBox notesRow;
    private final Button play = button("consolePlayScript", "script.play");
    private final Label lessonNote = wrapping("consoleLessonNote", "console-text");
    private final Label busy = wrapping("consoleBusy", "console-muted");
    private final VBox stopBox;
    private final VBox noteBox;

    public PresenterConsole(LessonSession session, LectureScript script, LectureTimer timer, Runnable end) {
        this.session = session;
        this.script = script;
        this.timer = timer;
        setId("presenterConsole");
        getStyleClass().add("presenter-console");
        getStylesheets().add(Objects.requireNonNull(PresenterConsole.class.getResource(STYLESHEET),
                STYLESHEET).toExternalForm());

        PhaseCaption caption = new PhaseCaption(session);
        network = new NetworkView(session);
        network.setId("consoleNetwork");
        network.setFocusTraversable(false);
        preview = new NextPhasePreview(session);

        notesField.setId("consoleNotesField");
        notesField.setPromptText(Texts.get("console.notes.prompt"));
        notesField.setAccessibleText(Texts.get("console.notes.prompt"));
        notesField.setWrapText(true);
        notesField.setPrefRowCount(3);
        // Reached by a click only: the clicker's keys must not land in it.
        notesField.setFocusTraversable(false);
        saveNotes.setOnAction(e -> {
            int k = script.indexProperty().get();
            if (k >= 0) script.editNotes(k, notesField.getText());
            leaveNotes();
        });
        play.setOnAction(e -> {
            if (!script.play()) session.showMessage(Texts.get("script.none"));
        });
        notesRow = new HBox(6, notesField, saveNotes);
        HBox.setHgrow(notesField, Priority.ALWAYS);
        saveNotes.setMinWidth(Region.USE_PREF_SIZE);
        notesRow.setAlignment(Pos.BOTTOM_LEFT);
        // The notes are read during the lecture; the field to change them opens on demand.
        editNotes.setOnAction(e -> {
            show(notesRow, true);
            show(editNotes, false);
            notesField.requestFocus();
        });
        stopBox = new VBox(4, stopHeading, stopCaption, notes, editNotes, notesRow, play);
        stopBox.setId("consoleStop");
        Label noteHeading = heading("consoleLessonNoteHeading");
        noteHeading.setText(Texts.get("lessonNote.button"));
        noteBox = new VBox(4, noteHeading, lessonNote);

        Label keysHeading = heading("consoleKeysHeading");
        keysHeading.setText(Texts.get("console.keys.title"));
        Label keys = wrapping("consoleKeys", "console-text");
        keys.setText(Texts.get("console.keys"));
        // What the lecturer says now first, then what the next click shows.
        VBox texts = new VBox(12, busy, stopBox, preview, noteBox, keysHeading, keys);
        texts.getStyleClass().add("console-texts");
        ScrollPane scroll = new ScrollPane(texts);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setId("consoleTexts");

        SplitPane split = new SplitPane(network, scroll);
        split.setId("consoleSplit");
        split.setFocusTraversable(false);
        widthProperty().addListener((obs, was, w) -> {
            Orientation o = w.doubleValue() >= SIDE_BY_SIDE_FROM ? Orientation.HORIZONTAL : Orientation.VERTICAL;
            if (split.getOrientation() != o) {
                split.setOrientation(o);
                split.setDividerPositions(o == Orientation.HORIZONTAL ? 0.5 : 0.4);
            }
        });
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);

        timerText.setId("consoleTimer");
        timerText.getStyleClass().add("console-timer");
        timerText.setAccessibleText(Texts.get("console.timer.name"));
        pauseTimer.setOnAction(e -> toggleTimer());
        resetTimer.setOnAction(e -> resetTimer());
        Button endButton = button("consoleEnd", "console.end");
        endButton.setOnAction(e -> end.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(8, timerText, pauseTimer, resetTimer, grow, endButton);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("console-bar");

        setTop(caption);
        setCenter(split);
        setBottom(bottom);

        script.stopProperty().addListener((obs, old, now) -> updateStop());
        script.playingProperty().addListener((obs, old, now) -> updateStop());
        session.lessonProperty().addListener((obs, old, now) -> {
            updateStop();
            updateNote();
        });
        busy.textProperty().bind(Bindings.when(session.movingProperty())
                .then(Texts.get("console.moving")).otherwise(""));
        busy.managedProperty().bind(session.movingProperty());
        busy.visibleProperty().bind(session.movingProperty());
        updateStop();
        updateNote();
        refreshTimer();
    }

    /** Takes the focus out of the notes field, so that the clicker steps again. */
    public void leaveNotes() {
        show(notesRow, false);
        show(editNotes, script.stopProperty().get() != null);
        requestFocus();
    }

    /** Pauses or resumes the timer (T). */
    public void toggleTimer() {
        timer.toggle();
        refreshTimer();
    }

    /** The timer back to zero. */
    public void resetTimer() {
        timer.reset();
        refreshTimer();
    }

    /** Shows the timer's time now; called a few times a second while the console is open. */
    public void refreshTimer() {
        timerText.setText(LectureTimer.format(timer.elapsed()));
        pauseTimer.setText(Texts.get(timer.isRunning() ? "console.timer.pause" : "console.timer.resume"));
        timerText.pseudoClassStateChanged(PseudoClass.getPseudoClass("paused"), !timer.isRunning());
    }

    public NetworkView network() { return network; }

    public NextPhasePreview preview() { return preview; }

    /** The timer's text as shown ("4:07"). */
    public String timerText() { return timerText.getText(); }

    /** The notes shown for the current stop ("" when none). */
    public String notesText() { return notes.getText(); }

    /** The current stop's caption as shown ("" when none). */
    public String stopCaptionText() { return stopCaption.getText(); }

    private void updateStop() {
        ScriptStop stop = script.stopProperty().get();
        boolean shown = stop != null;
        stopHeading.setText(shown ? script.counter()
                : Texts.get(script.stops().isEmpty() ? "console.stop.noScript" : "console.stop.notPlaying"));
        stopCaption.setText(shown ? stop.caption() : "");
        String text = shown && stop.notes() != null ? stop.notes() : "";
        notes.setText(text);
        show(stopCaption, shown);
        show(notes, !text.isEmpty());
        show(notesRow, false);
        show(editNotes, shown);
        if (shown) notesField.setText(text);
        show(play, !shown && !script.stops().isEmpty());
    }

    private void updateNote() {
        String note = session.getLesson().note();
        lessonNote.setText(note == null ? "" : note.strip());
        show(noteBox, note != null && !note.isBlank());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Button button(String id, String key) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        // A clicker's Space and arrows must step, not press a button the mouse touched last.
        b.setFocusTraversable(false);
        return b;
    }

    private static Label heading(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("console-heading");
        l.setWrapText(true);
        return l;
    }

    private static Label wrapping(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
