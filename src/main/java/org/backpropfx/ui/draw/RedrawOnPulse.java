package org.backpropfx.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The draw lifecycle of a custom view: what it shows changes → it is marked dirty and a pulse is requested →
 * it redraws once, in that pulse. However many times its inputs change between two frames (training can
 * change them thousands of times), the view draws at most once per pulse, and never from a listener.
 *
 * <p>The view's inputs are watched through weak listeners, so a view that is dropped is not kept alive by
 * the session's properties. An invalidation listener fires once until the value is read again, so after
 * each redraw every watched value is read: the next change fires again even if the drawing did not read it.
 *
 * <p>Hit-testing and tests read what was last drawn; they never ask for a redraw here.
 */
public final class RedrawOnPulse {

    /** When in the pulse the view redraws: before the layout pass (it changes its children) or after it (it paints). */
    public enum Timing { BEFORE_LAYOUT, AFTER_LAYOUT }

    private final Node owner;
    private final Timing timing;
    private final Runnable draw;
    private final Runnable pulse = this::redrawIfDirty;
    private final InvalidationListener invalidation = o -> markDirty();
    private final List<ObservableValue<?>> watched = new ArrayList<>();
    private BooleanSupplier drawNow = () -> true;
    private BooleanSupplier notYet = () -> false;
    private BooleanSupplier changedUnseen = () -> false;
    private boolean dirty = true;
    private int redraws;

    /**
     * @param owner the view; its scene's pulses drive the redraw, and it is marked dirty when it enters a scene
     * @param draw  draws the view; called at most once per pulse, on the JavaFX thread
     */
    public RedrawOnPulse(Node owner, Timing timing, Runnable draw) {
        this.owner = owner;
        this.timing = timing;
        this.draw = draw;
        owner.sceneProperty().addListener((o, before, after) -> moveTo(before, after));
        moveTo(null, owner.getScene());
    }

    /** Draws only while this holds (say, while the view is shown); until then the view stays dirty. */
    public RedrawOnPulse onlyWhen(BooleanSupplier condition) {
        this.drawNow = condition;
        return this;
    }

    /**
     * Puts the drawing off while this holds (say, a frame cap: a slow view draws every other frame). Unlike
     * {@link #onlyWhen}, which waits for a change, a view put off asks for the next pulse and looks again then.
     */
    public RedrawOnPulse putOffWhile(BooleanSupplier tooSoon) {
        this.notYet = tooSoon;
        return this;
    }

    /** Asked at each pulse: true if something the view shows changed without a listener saying so. */
    public RedrawOnPulse dirtyWhen(BooleanSupplier changedWithoutNotice) {
        this.changedUnseen = changedWithoutNotice;
        return this;
    }

    /** Redraws whenever one of these changes. Weakly held: the view can be dropped while they live on. */
    public void watch(ObservableValue<?>... sources) {
        InvalidationListener weak = new WeakInvalidationListener(invalidation);
        for (ObservableValue<?> source : sources) {
            if (source == null) continue;
            source.addListener(weak);
            watched.add(source);
        }
    }

    /** The listener that marks the view dirty, for sources the view adds and removes itself (held strongly there). */
    public InvalidationListener listener() { return invalidation; }

    /**
     * Asks for one redraw on the next pulse. Safe to call any number of times, also from the drawing itself:
     * a view that drew only part of its picture within the frame's budget asks for the rest this way.
     */
    public void markDirty() {
        dirty = true;
        if (owner.getScene() != null) Platform.requestNextPulse();
    }

    /**
     * Marks the view dirty from within the pulse's layout pass (its size changed), where no further pulse
     * is needed: an after-layout redraw of this same pulse picks it up.
     */
    public void markDirtyDuringLayout() { dirty = true; }

    public boolean isDirty() { return dirty; }

    /** How many times the view has drawn (tests count redraws with it). */
    public int redrawCount() { return redraws; }

    /** Draws now if anything changed since the last drawing (and the view may draw now). */
    public void redrawIfDirty() {
        if (changedUnseen.getAsBoolean()) dirty = true;
        if (!dirty || !drawNow.getAsBoolean()) return;
        if (notYet.getAsBoolean()) {
            Platform.requestNextPulse();
            return;
        }
        dirty = false;
        for (ObservableValue<?> source : watched) source.getValue();
        draw.run();
        redraws++;
    }

    private void moveTo(Scene before, Scene after) {
        if (before != null) {
            if (timing == Timing.BEFORE_LAYOUT) before.removePreLayoutPulseListener(pulse);
            else before.removePostLayoutPulseListener(pulse);
        }
        if (after != null) {
            if (timing == Timing.BEFORE_LAYOUT) after.addPreLayoutPulseListener(pulse);
            else after.addPostLayoutPulseListener(pulse);
            markDirty();
        }
    }
}
