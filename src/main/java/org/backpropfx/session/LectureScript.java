package org.backpropfx.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.ScriptStop;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * The lesson's lecture script as the window plays and records it: which stop is shown, its caption and
 * highlighted elements, and the edits that add, change and delete stops (each undoable, and saved with
 * the lesson). Playing moves the session to a stop's position; the clicker goes stop to stop.
 */
public final class LectureScript {
    private final LessonSession session;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<ScriptStop> stop = new ReadOnlyObjectWrapper<>(this, "stop");
    /** True while this applies one of its own edits. */
    private boolean editing;

    public LectureScript(LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        // Another lesson opened, or an undo or edit elsewhere that changed the script: playing stops, since
        // the stop shown may no longer be the one there. The script's own edits show their stop themselves.
        session.lessonProperty().addListener((obs, old, now) -> {
            if (editing || (old != null && now != null && old.script().equals(now.script()))) return;
            stopPlaying();
        });
    }

    /** Whether a script is being played: the clicker then goes stop to stop. */
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    public boolean isPlaying() { return playing.get(); }

    /** The stop shown (from 0), or −1 when none is. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    /** The stop shown, or null. */
    public ReadOnlyObjectProperty<ScriptStop> stopProperty() { return stop.getReadOnlyProperty(); }

    public List<ScriptStop> stops() { return session.getLesson().script(); }

    /** Starts playing at the first stop; false when the lesson has no script. */
    public boolean play() {
        if (stops().isEmpty()) return false;
        playing.set(true);
        goTo(0);
        return true;
    }

    /** Stops playing; the highlights go, the position stays. */
    public void stopPlaying() {
        playing.set(false);
        index.set(-1);
        stop.set(null);
        session.highlightsProperty().set(Set.of());
    }

    /** The next stop; false at the last one. */
    public boolean next() {
        if (index.get() + 1 >= stops().size()) return false;
        goTo(index.get() + 1);
        return true;
    }

    /** The stop before; false at the first one. */
    public boolean previous() {
        if (index.get() <= 0) return false;
        goTo(index.get() - 1);
        return true;
    }

    /** Moves the session to stop {@code k} and shows it. */
    public void goTo(int k) {
        ScriptStop s = stops().get(k);
        session.goTo(s.epoch(), s.sample(), s.phase());
        show(k);
    }

    private void show(int k) {
        ScriptStop s = stops().get(k);
        index.set(k);
        stop.set(s);
        session.highlightsProperty().set(Set.copyOf(s.highlights()));
    }

    /** "Stop 3 of 9". */
    public String counter() {
        return index.get() < 0 ? "" : Texts.get("script.counter", index.get() + 1, stops().size());
    }

    // --- recording -------------------------------------------------------------------------------

    /**
     * Adds a stop at the position shown, highlighting the selected element (if any) and those of the stop
     * being shown there already; placed after the stop shown, or at the end. Refused before the first phase.
     *
     * @return whether the stop was added
     */
    public boolean addStop(String caption, boolean wait) {
        Snapshot s = session.getSnapshot();
        Phase phase = s.phase();
        if (phase == null) {
            session.showMessage(Texts.get("script.problem.noPhase"));
            return false;
        }
        String problem = ScriptStop.captionProblem(caption);
        if (problem != null) {
            session.showMessage(Texts.get("script.problem.caption"));
            return false;
        }
        List<NetworkElement> highlights = new ArrayList<>();
        NetworkElement selected = session.selectionProperty().get();
        if (selected != null) highlights.add(selected);
        ScriptStop added = new ScriptStop(s.epoch(), s.sample(), phase, caption.strip(), highlights, wait);
        List<ScriptStop> now = new ArrayList<>(stops());
        int at = index.get() >= 0 ? index.get() + 1 : now.size();
        now.add(at, added);
        if (!apply(now, Texts.get("edit.script.add"))) return false;
        show(at);
        return true;
    }

    /** Changes stop {@code k}'s caption and whether it waits for the class. */
    public boolean editStop(int k, String caption, boolean wait) {
        if (ScriptStop.captionProblem(caption) != null) {
            session.showMessage(Texts.get("script.problem.caption"));
            return false;
        }
        List<ScriptStop> now = new ArrayList<>(stops());
        now.set(k, now.get(k).withCaption(caption.strip()).withWaitForClass(wait));
        if (!apply(now, Texts.get("edit.script.edit", k + 1))) return false;
        show(k);
        return true;
    }

    /** Changes stop {@code k}'s notes for the lecturer (blank: none); refused, with a message, when too long. */
    public boolean editNotes(int k, String notes) {
        if (ScriptStop.notesProblem(notes) != null) {
            session.showMessage(Texts.get("script.problem.notes", ScriptStop.MAX_NOTES_LENGTH));
            return false;
        }
        List<ScriptStop> now = new ArrayList<>(stops());
        ScriptStop old = now.get(k);
        String kept = notes == null || notes.isBlank() ? null : notes.strip();
        if (Objects.equals(old.notes(), kept)) return true;
        now.set(k, old.withNotes(kept));
        if (!apply(now, Texts.get("edit.script.notes", k + 1))) return false;
        show(k);
        return true;
    }

    /** Toggles whether {@code element} is highlighted at stop {@code k}. */
    public boolean toggleHighlight(int k, NetworkElement element) {
        List<ScriptStop> now = new ArrayList<>(stops());
        ScriptStop old = now.get(k);
        List<NetworkElement> highlights = new ArrayList<>(old.highlights());
        if (!highlights.remove(element)) highlights.add(element);
        now.set(k, old.withHighlights(highlights));
        if (!apply(now, Texts.get("edit.script.edit", k + 1))) return false;
        show(k);
        return true;
    }

    /** Deletes stop {@code k}. */
    public boolean deleteStop(int k) {
        List<ScriptStop> now = new ArrayList<>(stops());
        now.remove(k);
        if (!apply(now, Texts.get("edit.script.delete", k + 1))) return false;
        if (now.isEmpty()) stopPlaying();
        else show(Math.min(k, now.size() - 1));
        return true;
    }

    private boolean apply(List<ScriptStop> stops, String label) {
        editing = true;
        try {
            return session.apply(Edits.setScript(stops, label));
        } finally {
            editing = false;
        }
    }

    /** The lesson the script belongs to, for tests and the views. */
    Lesson lesson() { return session.getLesson(); }
}
