package org.backpropfx.ui.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;

/**
 * Makes everything in the window larger or smaller together. Text sizes in the stylesheets are in em,
 * so setting the root's font size scales all of them; views that draw their own text (the network, the
 * formulas) follow through their font-scale properties.
 */
public final class Zoom {
    /** The root font size at 100 %, as the main stylesheet sets it. */
    public static final double BASE_FONT_PX = 14;
    /** The zoom levels Ctrl + and Ctrl − move between. */
    static final double[] LEVELS = {0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0};

    private final Parent root;
    private final List<DoubleProperty> fontScales = new ArrayList<>();
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);
    private double boost = 1.0;

    public Zoom(Parent root) {
        this.root = root;
    }

    /** Another view whose own font scale follows the zoom (set now and on every change). */
    public void follow(DoubleProperty fontScale) {
        fontScales.add(fontScale);
        fontScale.set(effectiveScale());
    }

    /**
     * A factor on top of the zoom level, for presenter mode: text for the back of a room starts larger
     * than at a desk, and Ctrl +/− still move from there.
     */
    public void setBoost(double factor) {
        boost = factor;
        set(scale.get());
    }

    /** What text is multiplied by now: the zoom level times the boost. */
    public double effectiveScale() { return scale.get() * boost; }

    /** The zoom level, 1.0 at actual size (the boost not included). */
    public ReadOnlyDoubleProperty scaleProperty() { return scale.getReadOnlyProperty(); }

    public double scale() { return scale.get(); }

    public void zoomIn() {
        for (double level : LEVELS) {
            if (level > scale.get() + 1e-9) {
                set(level);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int k = LEVELS.length - 1; k >= 0; k--) {
            if (LEVELS[k] < scale.get() - 1e-9) {
                set(LEVELS[k]);
                return;
            }
        }
    }

    public void reset() { set(1.0); }

    /** Sets the scale, limited to the smallest and largest level. */
    public void set(double value) {
        double clamped = Math.max(LEVELS[0], Math.min(LEVELS[LEVELS.length - 1], value));
        scale.set(clamped);
        double effective = effectiveScale();
        // An inline style outranks every stylesheet, so the em sizes below all start from this.
        root.setStyle(effective == 1.0 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_PX * effective));
        for (DoubleProperty p : fontScales) p.set(effective);
    }
}
