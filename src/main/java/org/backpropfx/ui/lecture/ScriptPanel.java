package org.backpropfx.ui.lecture;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.session.LectureScript;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * The lecture script above the network: while playing, the stop's caption large, its number and whether
 * the class is asked to work; Previous and Next (the clicker's PageUp and PageDown do the same). While
 * recording, a caption field with Add stop, Change and Delete for the stop shown. A lesson with a script
 * that is not playing shows one line offering to play it.
 */
public final class ScriptPanel extends VBox {
    private final LessonSession session;
    private final LectureScript script;
    private final BooleanProperty recording = new SimpleBooleanProperty(this, "recording", false);
    private final Label caption = new Label();
    private final Label counter = new Label();
    private final Label waitNote = new Label(Texts.get("script.wait"));
    private final Label offer = new Label();
    private final Button play = new Button(Texts.get("script.play"));
    private final Button previous = new Button(Texts.get("script.previous"));
    private final Button next = new Button(Texts.get("script.next"));
    private final Button close = new Button(Texts.get("script.close"));
    private final TextField captionField = new TextField();
    private final CheckBox waitBox = new CheckBox(Texts.get("script.waitBox"));
    private final Button add = new Button(Texts.get("script.add"));
    private final Button change = new Button(Texts.get("script.change"));
    private final Button delete = new Button(Texts.get("script.delete"));
    private final Button done = new Button(Texts.get("script.done"));
    private final HBox offerRow;
    private final HBox playRow;
    private final HBox recordRow;

    public ScriptPanel(LessonSession session, LectureScript script) {
        this.session = session;
        this.script = script;
        setId("scriptPanel");
        getStyleClass().add("script-panel");
        caption.setId("scriptCaption");
        caption.getStyleClass().add("script-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        counter.setId("scriptCounter");
        counter.getStyleClass().add("script-counter");
        waitNote.setId("scriptWait");
        waitNote.getStyleClass().add("script-wait");
        offer.getStyleClass().add("script-counter");
        play.setId("scriptPlay");
        previous.setId("scriptPrevious");
        next.setId("scriptNext");
        close.setId("scriptClose");
        captionField.setId("scriptCaptionField");
        captionField.setPromptText(Texts.get("script.captionPrompt"));
        captionField.setAccessibleText(Texts.get("script.captionPrompt"));
        HBox.setHgrow(captionField, Priority.ALWAYS);
        waitBox.setId("scriptWaitBox");
        add.setId("scriptAdd");
        change.setId("scriptChange");
        delete.setId("scriptDelete");
        done.setId("scriptDone");

        play.setOnAction(e -> script.play());
        previous.setOnAction(e -> script.previous());
        next.setOnAction(e -> script.next());
        close.setOnAction(e -> script.stopPlaying());
        add.setOnAction(e -> {
            if (script.addStop(captionField.getText(), waitBox.isSelected())) captionField.clear();
        });
        captionField.setOnAction(e -> add.fire());
        change.setOnAction(e -> script.editStop(script.indexProperty().get(), captionField.getText(), waitBox.isSelected()));
        delete.setOnAction(e -> script.deleteStop(script.indexProperty().get()));
        done.setOnAction(e -> recording.set(false));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        offerRow = row(offer, play);
        // A stop many epochs ahead is trained on the training thread: say so while the clicker's presses wait.
        Label moving = new Label(Texts.get("script.moving"));
        moving.setId("scriptMoving");
        moving.getStyleClass().add("script-counter");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        moving.setGraphic(spinner);
        moving.visibleProperty().bind(session.movingProperty());
        moving.managedProperty().bind(session.movingProperty());
        playRow = row(counter, waitNote, moving, grow, previous, next, close);
        recordRow = row(new Label(Texts.get("script.recordTitle")), captionField, waitBox, add, change, delete, done);
        recordRow.getChildren().get(0).getStyleClass().add("script-counter");

        script.stopProperty().addListener((obs, old, now) -> update());
        script.playingProperty().addListener((obs, old, now) -> update());
        recording.addListener((obs, old, now) -> update());
        session.lessonProperty().addListener((obs, old, now) -> update());
        update();
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Whether stops are being recorded (Lecture › Record script). */
    public BooleanProperty recordingProperty() { return recording; }

    /** Whether the panel has anything to show: a script to offer or play, or a recording. */
    public boolean hasContent() {
        return recording.get() || !script.stops().isEmpty();
    }

    /** The clicker while a script plays: PageDown/PageUp go stop to stop. Returns whether it took the key. */
    public boolean intercept(KeyEvent event) {
        if (!script.isPlaying() || event.getEventType() != KeyEvent.KEY_PRESSED) return false;
        if (event.getTarget() instanceof TextInputControl) return false;
        if (event.getCode() == KeyCode.PAGE_DOWN) {
            script.next();
        } else if (event.getCode() == KeyCode.PAGE_UP) {
            script.previous();
        } else {
            return false;
        }
        event.consume();
        return true;
    }

    private void update() {
        ScriptStop stop = script.stopProperty().get();
        getChildren().clear();
        if (stop != null) {
            caption.setText(stop.caption());
            counter.setText(script.counter());
            waitNote.setVisible(stop.waitForClass());
            waitNote.setManaged(stop.waitForClass());
            previous.setDisable(script.indexProperty().get() <= 0);
            next.setDisable(script.indexProperty().get() + 1 >= script.stops().size());
            getChildren().addAll(caption, playRow);
            if (recording.get()) {
                captionField.setText(stop.caption());
                waitBox.setSelected(stop.waitForClass());
            }
        } else if (!script.stops().isEmpty()) {
            offer.setText(Texts.get("script.offer", script.stops().size()));
            getChildren().add(offerRow);
        }
        change.setDisable(stop == null);
        delete.setDisable(stop == null);
        if (recording.get()) getChildren().add(recordRow);
        boolean shown = !getChildren().isEmpty();
        setVisible(shown);
        setManaged(shown);
    }
}
