package org.backpropfx.session;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The edits that can be undone and redone, and whether there are edits since the lesson was last saved
 * or opened. At most {@value #MAX_EDITS} edits (and about {@value #MAX_BYTES} bytes of saved states) are
 * kept; the oldest go first. Training and stepping are not edits: they can be repeated at any time.
 */
public final class EditHistory {
    public static final int MAX_EDITS = 200;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    record Entry(long id, String label, Object mergeKey, SessionState before, SessionState after) {
        long bytes() { return before.approximateBytes() + after.approximateBytes(); }
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private long nextId = 1;
    /** The id standing for the state with nothing left to undo: 0, or the newest entry dropped for space. */
    private long baseId;
    /** The id of the state the lesson file holds (an entry's, or {@link #baseId}'s). */
    private long savedId;
    /** Whether the next edit with the same key joins the newest entry. */
    private boolean mergeOpen;
    private long bytes;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    /** The label of the edit {@code undo} would take back, or "". */
    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }

    /** The label of the edit {@code redo} would make again, or "". */
    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }

    /** Whether there are edits the lesson file does not hold: saving or closing should ask first. */
    public ReadOnlyBooleanProperty modifiedProperty() { return modified.getReadOnlyProperty(); }

    public boolean canUndo() { return canUndo.get(); }

    public boolean canRedo() { return canRedo.get(); }

    public boolean isModified() { return modified.get(); }

    /** How many edits can be undone. */
    public int undoCount() { return undo.size(); }

    void record(Edit edit, SessionState before, SessionState after) {
        redo.clear();
        Object key = edit.mergeKey();
        Entry top = undo.peekLast();
        if (key != null && mergeOpen && top != null && key.equals(top.mergeKey())) {
            removeLast();
            before = top.before();
        }
        push(new Entry(nextId++, edit.label(), key, before, after));
        mergeOpen = key != null;
        trim();
        update();
    }

    /** The state after the newest edit that can be undone, or null. */
    SessionState newestAfter() {
        Entry top = undo.peekLast();
        return top == null ? null : top.after();
    }

    /** Takes the newest entry off the undo list onto the redo list; null if there is none. */
    Entry undo() {
        Entry entry = removeLast();
        if (entry == null) return null;
        redo.addLast(entry);
        mergeOpen = false;
        update();
        return entry;
    }

    /** Takes the newest undone entry back onto the undo list; null if there is none. */
    Entry redo() {
        Entry entry = redo.pollLast();
        if (entry == null) return null;
        push(entry);
        mergeOpen = false;
        update();
        return entry;
    }

    /**
     * Where the edits stand at one moment: a save begun then marks that state as saved when it ends,
     * however many edits were made while it was written; an open begun then can tell whether any were.
     */
    public record Mark(long id) {}

    /** Where the edits stand now. */
    public Mark mark() { return new Mark(currentId()); }

    /** Whether the lesson is no longer in the state {@code mark} was taken in (undoing back to it counts as not). */
    public boolean changedSince(Mark mark) { return currentId() != mark.id(); }

    /** What is there now is what the lesson file holds. */
    void markSaved() {
        markSaved(mark());
    }

    /** The lesson file holds the state {@code asOf} was taken in. */
    void markSaved(Mark asOf) {
        savedId = asOf.id();
        // The next edit starts an entry of its own rather than joining one the file holds.
        mergeOpen = false;
        update();
    }

    /** A lesson opened afresh: nothing to undo, nothing unsaved. */
    void clear() {
        undo.clear();
        redo.clear();
        bytes = 0;
        baseId = 0;
        savedId = 0;
        mergeOpen = false;
        update();
    }

    private void push(Entry entry) {
        undo.addLast(entry);
        bytes += entry.bytes();
    }

    private Entry removeLast() {
        Entry entry = undo.pollLast();
        if (entry != null) bytes -= entry.bytes();
        return entry;
    }

    private void trim() {
        while (undo.size() > MAX_EDITS || (undo.size() > 1 && bytes > MAX_BYTES)) {
            Entry dropped = undo.removeFirst();
            bytes -= dropped.bytes();
            baseId = dropped.id();
        }
    }

    private void update() {
        Entry top = undo.peekLast();
        canUndo.set(top != null);
        canRedo.set(!redo.isEmpty());
        undoLabel.set(top == null ? "" : top.label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peekLast().label());
        modified.set(currentId() != savedId);
    }

    private long currentId() {
        Entry top = undo.peekLast();
        return top == null ? baseId : top.id();
    }

    @Override
    public String toString() {
        return "EditHistory[" + undo.size() + " to undo, " + redo.size() + " to redo" + "]";
    }
}
