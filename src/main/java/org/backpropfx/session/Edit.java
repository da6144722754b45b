package org.backpropfx.session;

/**
 * One change a user makes to the lesson, the network, the data or the settings. Edits are applied with
 * {@link LessonSession#apply(Edit)}, which pauses training, keeps what was there for undo, and puts
 * everything back if the edit fails.
 */
public interface Edit {

    /** What the edit does, for the Undo and Redo menu items: "Set w(1: 2←1) to 0.5". */
    String label();

    /**
     * Makes the change through {@code target}. An edit that cannot apply throws an unchecked exception
     * whose message says why; the session then restores everything as it was.
     */
    void applyTo(EditTarget target);

    /**
     * Edits with the same non-null key that follow one another (nudging one weight with the scroll
     * wheel, say) are undone together as one.
     */
    default Object mergeKey() { return null; }
}
